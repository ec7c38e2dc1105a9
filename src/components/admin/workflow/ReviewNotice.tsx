'use client'
import React, { useEffect } from 'react'
import { useDocumentInfo, useDocumentTitle, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import type { AdminUiKey, AdminUiTranslations } from './i18n'

const box: React.CSSProperties = {
  padding: 'calc(var(--base) * 0.75) var(--base)',
  marginBottom: 'var(--base)',
  borderRadius: 'var(--style-radius-m, 4px)',
  borderLeft: '4px solid',
}

/**
 * The top of an agency document's form:
 * - the content locale being edited, always in sight, with a one-click switch (editors once
 *   stayed in English after following one `?locale=en` link);
 * - a returned document shows the publisher's comment (who, when, what to change) until it is
 *   resubmitted; a submitted one says it waits for review;
 * - an untitled document is headed "Bài viết mới" / "New item", where Payload shows its id.
 */
export function ReviewNotice() {
  const { t, i18n } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { id } = useDocumentInfo()
  const { title: heading, setDocumentTitle } = useDocumentTitle()
  const locale = useLocale()
  const docTitle = useFormFields(([f]) => f.title?.value)
  const state = useFormFields(([f]) => f.workflowState?.value)
  const comment = useFormFields(([f]) => f['review.comment']?.value)
  const by = useFormFields(([f]) => f['review.returnedBy']?.value)
  const at = useFormFields(([f]) => f['review.returnedAt']?.value)

  useEffect(() => {
    const untitled = typeof docTitle !== 'string' || !docTitle.trim()
    if (untitled && (!heading || heading === String(id))) setDocumentTitle(t('adminUi:newItem'))
  }, [docTitle, heading, id, setDocumentTitle, t])

  const english = locale.code === 'en'
  const localeBar = (
    <p
      id="content-locale"
      style={{
        ...box,
        padding: 'calc(var(--base) / 2) var(--base)',
        borderColor: english ? 'var(--theme-warning-500)' : 'var(--theme-elevation-300)',
        background: english ? 'var(--theme-warning-100)' : 'var(--theme-elevation-50)',
      }}
    >
      {t('adminUi:contentLocale', { locale: english ? t('adminUi:localeEn') : t('adminUi:localeVi') })}{' '}
      <a href={`?locale=${english ? 'vi' : 'en'}`}>{english ? t('adminUi:switchToVi') : t('adminUi:switchToEn')}</a>
    </p>
  )

  let notice: React.ReactNode = null
  if (state === 'submitted') {
    notice = (
      <div role="status" id="review-notice" style={{ ...box, background: 'var(--theme-elevation-50)', borderColor: 'var(--theme-success-500)' }}>
        {t('adminUi:noticeSubmitted')}
      </div>
    )
  } else if (state === 'draft' && typeof comment === 'string' && comment) {
    const date = typeof at === 'string' ? new Date(at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }) : ''
    notice = (
      <div role="alert" id="review-notice" style={{ ...box, background: 'var(--theme-warning-100)', borderColor: 'var(--theme-warning-500)', color: 'var(--theme-text)' }}>
        <strong>{t('adminUi:noticeReturned', { name: typeof by === 'string' ? by : '—', date })}</strong>
        <p style={{ whiteSpace: 'pre-wrap', margin: 'calc(var(--base) / 2) 0' }}>{comment}</p>
        <span>{t('adminUi:noticeFix')}</span>
      </div>
    )
  }
  return (
    <>
      {localeBar}
      {notice}
    </>
  )
}
