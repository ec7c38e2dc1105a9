import type { Payload } from 'payload'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'

interface Mailable {
  code: string
  email?: string | null
  publicSummary: string
  dueOn?: string | null
  followToken?: string | null
}

/** The requester is e-mailed at each step, with the private follow link. Failure is logged, never undoes the step. */
export async function mailRequester(payload: Payload, r: Mailable, step: string): Promise<void> {
  if (!r.email) return
  const t = getT('vi')
  const url = absoluteUrl(`/vi/hoi-dap/theo-doi?code=${encodeURIComponent(r.code)}${r.followToken ? `&t=${r.followToken}` : ''}`)
  try {
    await payload.sendEmail({
      to: r.email,
      subject: t('informationRequests.mail.subject', { code: r.code, step: t(`informationRequests.steps.${step}`) }),
      text: [t('informationRequests.mail.body', { code: r.code, summary: r.publicSummary, step: t(`informationRequests.steps.${step}`), due: r.dueOn?.slice(0, 10) ?? '–' }), '', url].join('\n'),
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `information request ${r.code}: e-mail failed (${step})` })
  }
}
