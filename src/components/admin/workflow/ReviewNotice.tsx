'use client'
import React, { useEffect } from 'react'
import { useDocumentInfo, useDocumentTitle, useFormFields, useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from './i18n'

const box: React.CSSProperties = {
  padding: 'calc(var(--base) * 0.75) var(--base)',
  marginBottom: 'var(--base)',
  borderRadius: 'var(--style-radius-m, 4px)',
  borderLeft: '4px solid',
}

/**
 * The top of an agency document's form (issue 13): a returned document shows the publisher's
 * comment (who, when, what to change) until it is resubmitted; a submitted one says it waits
 * for review. Nothing otherwise. It also names an untitled document "Bài viết mới" / "New item"
 * in the heading, where Payload would show its numeric id.
 */
export function ReviewNotice() {
  const { t, i18n } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { id } = useDocumentInfo()
  const { title: heading, setDocumentTitle } = useDocumentTitle()
  const docTitle = useFormFields(([f]) => f.title?.value)
  useEffect(() => {
    const untitled = typeof docTitle !== 'string' || !docTitle.trim()
    if (untitled && (!heading || heading === String(id))) setDocumentTitle(t('adminUi:newItem'))
  }, [docTitle, heading, id, setDocumentTitle, t])
  const state = useFormFields(([f]) => f.workflowState?.value)
  const comment = useFormFields(([f]) => f['review.comment']?.value)
  const by = useFormFields(([f]) => f['review.returnedBy']?.value)
  const at = useFormFields(([f]) => f['review.returnedAt']?.value)

  if (state === 'submitted') {
    return (
      <div role="status" id="review-notice" style={{ ...box, background: 'var(--theme-elevation-50)', borderColor: 'var(--theme-success-500)' }}>
        {t('adminUi:noticeSubmitted')}
      </div>
    )
  }
  if (state !== 'draft' || typeof comment !== 'string' || !comment) return null
  const date = typeof at === 'string' ? new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : ''
  return (
    <div role="alert" id="review-notice" style={{ ...box, background: 'var(--theme-warning-100)', borderColor: 'var(--theme-warning-500)', color: 'var(--theme-text)' }}>
      <strong>{t('adminUi:noticeReturned', { name: typeof by === 'string' ? by : '—', date })}</strong>
      <p style={{ whiteSpace: 'pre-wrap', margin: 'calc(var(--base) / 2) 0' }}>{comment}</p>
      <span>{t('adminUi:noticeFix')}</span>
    </div>
  )
}
