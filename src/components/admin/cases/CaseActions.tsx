'use client'
import React, { useEffect, useState } from 'react'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { caseRolesFor } from '@/access/caseRoles'
import type { PortalUser } from '@/access/roles'
import { allowedActions, QUESTION_REFUSALS, REFUSAL_GROUNDS } from '@/domain/cases'
import type { AdminUiKey, AdminUiTranslations } from '../workflow/i18n'

type ID = number | string
const idOf = (v: unknown): ID | null => (v === null || v === undefined || v === '' ? null : typeof v === 'object' ? ((v as { id?: ID }).id ?? null) : (v as ID))

const BUTTON: Record<string, AdminUiKey> = {
  accept: 'adminUi:caseAccept',
  refuse: 'adminUi:caseRefuse',
  assign: 'adminUi:caseAssign',
  reassign: 'adminUi:caseReassign',
  answerPrivately: 'adminUi:caseAnswerPrivately',
}

/**
 * The steps of a question as named buttons, by the user's case role (coordinator: accept, refuse
 * with a reason, assign, reassign; the assigned agency's publisher: answer privately). Each step is
 * `POST /api/questions/{id}/move`; the server checks it again (src/domain/cases) and answers any
 * refusal in the editor's language. The public answer itself goes through the editorial workflow.
 */
export function QuestionActions() {
  const { t, i18n } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { config: { routes: { api } } } = useConfig()
  const state = useFormFields(([fields]) => fields.state?.value) as string | undefined
  const agency = idOf(useFormFields(([fields]) => fields.agency?.value))
  const [open, setOpen] = useState<string | null>(null)
  const [values, setValues] = useState({ reason: '', refusal: '', duplicateOf: '', agency: '', answerText: '' })
  const [agencies, setAgencies] = useState<{ id: ID; name: string }[]>([])
  const [busy, setBusy] = useState(false)

  const actions = state ? allowedActions('question', state, caseRolesFor(user as PortalUser | null, agency)).filter((a) => a in BUTTON) : []
  const needsAgencies = actions.includes('assign') || actions.includes('reassign')
  useEffect(() => {
    if (!needsAgencies) return
    void fetch(`${api}/agencies?limit=500&depth=0&sort=name&locale=${i18n.language === 'en' ? 'en' : 'vi'}&select[name]=true`, { credentials: 'include' })
      .then((r) => r.json())
      .then((r: { docs?: { id: ID; name?: string }[] }) => setAgencies((r.docs ?? []).map((d) => ({ id: d.id, name: d.name ?? String(d.id) }))))
      .catch(() => setAgencies([]))
  }, [api, needsAgencies, i18n.language])

  if (!id) return null
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues({ ...values, [k]: e.target.value })

  async function run(action: string) {
    setBusy(true)
    try {
      const res = await fetch(`${api}/questions/${id}/move`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ action, ...values }),
      })
      const body = (await res.json().catch(() => ({}))) as { message?: string; error?: string }
      if (res.ok) {
        toast.success(body.message ?? '')
        window.location.reload()
      } else toast.error(body.error ?? String(res.status))
    } finally {
      setBusy(false)
    }
  }

  const field = (label: AdminUiKey, input: React.ReactNode) => (
    <label style={{ display: 'block', marginBottom: 8 }}>
      <span style={{ display: 'block' }}>{t(label)}</span>
      {input}
    </label>
  )

  return (
    <div className="case-actions" style={{ marginBottom: 24 }}>
      <h4>{t('adminUi:caseActionsHeading')}</h4>
      {actions.length === 0 && <p>{t('adminUi:caseNoActions')}</p>}
      {state === 'assigned' && <p>{t('adminUi:caseAnswerHint')}</p>}
      {actions.map((action) => (
        <div key={action} style={{ marginBottom: 8 }}>
          {open !== action ? (
            <Button buttonStyle={action === 'refuse' ? 'secondary' : 'primary'} size="small" onClick={() => (action === 'accept' ? void run(action) : setOpen(action))} disabled={busy}>
              {t(BUTTON[action]!)}
            </Button>
          ) : (
            <fieldset style={{ border: '1px solid var(--theme-elevation-150)', padding: 8 }}>
              <legend>{t(BUTTON[action]!)}</legend>
              {action === 'refuse' &&
                field(
                  'adminUi:caseRefusal',
                  <select value={values.refusal} onChange={set('refusal')}>
                    <option value="">{t('adminUi:caseChoose')}</option>
                    {QUESTION_REFUSALS.map((r) => (
                      <option key={r} value={r}>
                        {t(`adminUi:caseRefusal_${r}`)}
                      </option>
                    ))}
                  </select>,
                )}
              {action === 'refuse' && values.refusal === 'duplicate' && field('adminUi:caseDuplicateOf', <input value={values.duplicateOf} onChange={set('duplicateOf')} inputMode="numeric" />)}
              {(action === 'assign' || action === 'reassign') &&
                field(
                  'adminUi:caseAgency',
                  <select value={values.agency} onChange={set('agency')}>
                    <option value="">{t('adminUi:caseChoose')}</option>
                    {agencies.map((a) => (
                      <option key={a.id} value={String(a.id)}>
                        {a.name}
                      </option>
                    ))}
                  </select>,
                )}
              {action === 'answerPrivately' && field('adminUi:caseAnswerText', <textarea rows={6} value={values.answerText} onChange={set('answerText')} style={{ width: '100%' }} />)}
              {action !== 'assign' && field('adminUi:caseReason', <textarea rows={3} value={values.reason} onChange={set('reason')} style={{ width: '100%' }} />)}
              <Button size="small" onClick={() => void run(action)} disabled={busy}>
                {t(BUTTON[action]!)}
              </Button>
            </fieldset>
          )}
        </div>
      ))}
    </div>
  )
}

const REQUEST_BUTTON: Record<string, AdminUiKey> = {
  sendNotice: 'adminUi:requestSendNotice',
  extend: 'adminUi:requestExtend',
  provide: 'adminUi:requestProvide',
  providePartly: 'adminUi:requestProvidePartly',
  refuse: 'adminUi:requestRefuse',
}

/**
 * The steps of an information request as named buttons for the receiving agency's staff
 * (Thông báo thời hạn, Gia hạn, Cung cấp, Cung cấp một phần, Từ chối + its ground; refusing is the
 * publisher's), each `POST /api/information-requests/{id}/move`, checked again on the server
 * (src/domain/cases: the law's extension ceiling per channel). Once the information is provided,
 * "Công bố thành thông tin công khai" makes a draft news item of it in the agency, linked to the
 * request, that goes through the review workflow (`POST /api/information-requests/{id}/publish`).
 */
export function RequestActions() {
  const { t, i18n } = useTranslation<AdminUiTranslations, AdminUiKey>()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const { config: { routes: { api, admin } } } = useConfig()
  const state = useFormFields(([fields]) => fields.state?.value) as string | undefined
  const agency = idOf(useFormFields(([fields]) => fields.agency?.value))
  const disclosure = idOf(useFormFields(([fields]) => fields.disclosure?.value))
  const [open, setOpen] = useState<string | null>(null)
  const [values, setValues] = useState({ reason: '', ground: '', extensionDays: '', handlingDays: '' })
  const [busy, setBusy] = useState(false)

  const roles = caseRolesFor(user as PortalUser | null, agency)
  const actions = state ? allowedActions('informationRequest', state, roles).filter((a) => a in REQUEST_BUTTON) : []
  const canPublish = (state === 'provided' || state === 'partlyProvided') && !disclosure && roles.some((r) => r === 'agencyEditor' || r === 'agencyPublisher')
  if (!id) return null
  const set = (k: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues({ ...values, [k]: e.target.value })

  async function post(path: string, body: object) {
    setBusy(true)
    try {
      const res = await fetch(`${api}/information-requests/${id}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify(body),
      })
      const answer = (await res.json().catch(() => ({}))) as { message?: string; error?: string }
      if (res.ok) {
        toast.success(answer.message ?? '')
        window.location.reload()
      } else toast.error(answer.error ?? String(res.status))
    } finally {
      setBusy(false)
    }
  }
  const run = (action: string) => post('move', { action, ...values })

  const field = (label: AdminUiKey, input: React.ReactNode) => (
    <label style={{ display: 'block', marginBottom: 8 }}>
      <span style={{ display: 'block' }}>{t(label)}</span>
      {input}
    </label>
  )

  return (
    <div className="case-actions" style={{ marginBottom: 24 }}>
      <h4>{t('adminUi:requestActionsHeading')}</h4>
      {actions.length === 0 && !canPublish && !disclosure && <p>{t('adminUi:caseNoActions')}</p>}
      {actions.map((action) => (
        <div key={action} style={{ marginBottom: 8 }}>
          {open !== action ? (
            <Button buttonStyle={action === 'refuse' ? 'secondary' : 'primary'} size="small" onClick={() => setOpen(action)} disabled={busy}>
              {t(REQUEST_BUTTON[action]!)}
            </Button>
          ) : (
            <fieldset style={{ border: '1px solid var(--theme-elevation-150)', padding: 8 }}>
              <legend>{t(REQUEST_BUTTON[action]!)}</legend>
              {action === 'sendNotice' && field('adminUi:requestHandlingDays', <input value={values.handlingDays} onChange={set('handlingDays')} inputMode="numeric" />)}
              {action === 'extend' && field('adminUi:requestExtensionDays', <input value={values.extensionDays} onChange={set('extensionDays')} inputMode="numeric" />)}
              {(action === 'refuse' || action === 'providePartly') &&
                field(
                  'adminUi:requestGround',
                  <select value={values.ground} onChange={set('ground')}>
                    <option value="">{t('adminUi:caseChoose')}</option>
                    {REFUSAL_GROUNDS.map((g) => (
                      <option key={g.value} value={g.value}>
                        {t(`adminUi:requestGround_${g.value}`)}
                      </option>
                    ))}
                  </select>,
                )}
              {field('adminUi:requestNote', <textarea rows={3} value={values.reason} onChange={set('reason')} style={{ width: '100%' }} />)}
              <Button size="small" onClick={() => void run(action)} disabled={busy}>
                {t(REQUEST_BUTTON[action]!)}
              </Button>
            </fieldset>
          )}
        </div>
      ))}
      {canPublish && (
        <div style={{ marginTop: 12 }}>
          <p>{t('adminUi:requestPublishHint')}</p>
          <Button size="small" buttonStyle="secondary" onClick={() => void post('publish', {})} disabled={busy}>
            {t('adminUi:requestPublish')}
          </Button>
        </div>
      )}
      {disclosure && (
        <p>
          <a href={`${admin}/collections/news/${disclosure}`}>{t('adminUi:requestDisclosureLink')}</a>
        </p>
      )}
    </div>
  )
}
