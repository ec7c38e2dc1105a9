'use client'
import React, { useEffect, useRef, useState } from 'react'
import type { PublishButtonClientProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import {
  Button,
  ConfirmationModal,
  PublishButton,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { PortalUser } from '@/access/roles'
import { isWorkflowState, REVIEW_COMMENT_MAX, workflowButtons } from '@/domain/workflow'
import { workflowActor } from '@/lib/workflowActor'
import type { AdminUiKey, AdminUiTranslations } from './i18n'

const RETURN_MODAL = 'workflow-return'

/**
 * The editorial workflow as buttons, in place of Payload's Publish button: each user
 * sees only what their role in the document's agency allows (`workflowButtons`). Every button
 * saves the form as a draft with the new state, like Payload's own buttons, so the form and the
 * stored document never disagree. Publishers keep Payload's Publish control (with unpublish).
 */
export function WorkflowButtons(props: PublishButtonClientProps) {
  const { t } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { user } = useAuth()
  const { id, collectionSlug, data } = useDocumentInfo()
  const { code: locale } = useLocale()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { submit } = useForm()
  const { openModal, closeModal } = useModal()
  const agency = useFormFields(([fields]) => fields.agency?.value)
  const state = useFormFields(([fields]) => fields.workflowState?.value)
  // Editing a published document makes a new draft (autosave): from the first change on, it
  // can be submitted — the translator adding English to a published item sees "Gửi bản dịch".
  const modified = useFormModified()
  const [edited, setEdited] = useState(false)
  if (modified && !edited) setEdited(true) // remembered across the autosave that clears `modified`
  const [comment, setComment] = useState('')
  const pending = useRef<'submit' | 'return' | null>(null)

  // After a save, the document view hands back the stored document: report what happened.
  useEffect(() => {
    const saved = data as { workflowState?: unknown; review?: { notified?: number | null } } | undefined
    if (!pending.current || !saved) return
    if (pending.current === 'submit' && saved.workflowState === 'submitted') {
      const n = saved.review?.notified ?? 0
      if (n > 0) toast.success(t('adminUi:sentTo', { n }))
      else toast.warning(t('adminUi:sentToNobody'))
      pending.current = null
    } else if (pending.current === 'return' && saved.workflowState === 'draft') {
      toast.success(t('adminUi:returned'))
      pending.current = null
    }
  }, [data, t])

  const buttons = workflowButtons({
    actor: workflowActor(user as PortalUser | null, agency as number | string | null | undefined),
    state: isWorkflowState(state) ? (state === 'published' && edited ? 'draft' : state) : undefined,
    locale,
  })

  async function saveAs(kind: 'submit' | 'return', overrides: Record<string, unknown>) {
    const search = `?locale=${locale}&depth=0&fallback-locale=null&draft=true`
    const action = formatAdminURL({ apiRoute: api, path: `/${collectionSlug}${id ? `/${id}` : ''}${search}` })
    pending.current = kind
    const result = await submit({ action, method: id ? 'PATCH' : 'POST', overrides: { _status: 'draft', ...overrides }, skipValidation: true, disableSuccessStatus: true })
    if (!result?.res?.ok) pending.current = null
  }

  return (
    <>
      {buttons.includes('submit') && (
        <Button buttonStyle="primary" size="medium" id="action-workflow-submit" onClick={() => void saveAs('submit', { workflowState: 'submitted' })}>
          {t('adminUi:submit')}
        </Button>
      )}
      {buttons.includes('submitTranslation') && (
        <Button buttonStyle="primary" size="medium" id="action-workflow-submit-translation" onClick={() => void saveAs('submit', { workflowState: 'submitted' })}>
          {t('adminUi:submitTranslation')}
        </Button>
      )}
      {buttons.includes('return') && (
        <>
          <Button buttonStyle="secondary" size="medium" id="action-workflow-return" onClick={() => openModal(RETURN_MODAL)}>
            {t('adminUi:return')}
          </Button>
          <ConfirmationModal
            modalSlug={RETURN_MODAL}
            heading={t('adminUi:returnHeading')}
            confirmLabel={t('adminUi:return')}
            cancelLabel={t('adminUi:cancel')}
            onCancel={() => closeModal(RETURN_MODAL)}
            body={
              <label style={{ display: 'block' }}>
                <span style={{ display: 'block', marginBottom: 'calc(var(--base) / 2)' }}>{t('adminUi:returnBody')}</span>
                <textarea
                  id="workflow-return-comment"
                  aria-label={t('adminUi:returnComment')}
                  value={comment}
                  maxLength={REVIEW_COMMENT_MAX}
                  rows={5}
                  style={{ width: '100%', font: 'inherit', padding: 'calc(var(--base) / 2)' }}
                  onChange={(e) => setComment(e.target.value)}
                />
              </label>
            }
            onConfirm={async () => {
              if (!comment.trim()) {
                toast.error(t('adminUi:returnNeedsComment'))
                return
              }
              await saveAs('return', { workflowState: 'draft', review: { comment } })
              setComment('')
              closeModal(RETURN_MODAL)
            }}
          />
        </>
      )}
      {buttons.includes('publish') && <PublishButton {...props} />}
    </>
  )
}
