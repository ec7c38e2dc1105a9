import type { Payload } from 'payload'
import type { Enquiry, InvestmentProject } from '@/payload-types'
import { validateEnquiry, type EnquiryError, type EnquiryValues } from '@/domain/invest/enquiry'
import { getT } from '@/i18n'
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy, publicBusyBudgetMs, withBusyBudget } from '@/lib/database/busy'
import { createRateLimiter, type RateLimiter } from '@/lib/rateLimit'
import { investPaths } from '@/routes/invest'
import { absoluteUrl } from '@/routes/documents'
import type { Locale } from '@/routes/locales'

/**
 * Enquiries per client address: ENQUIRY_RATE_LIMIT per hour (default 5). In-memory, per process
 * (see src/lib/rateLimit.ts for what that means when the portal is scaled out).
 */
export const enquiryLimiter: RateLimiter = createRateLimiter({
  limit: Math.max(1, Number(process.env.ENQUIRY_RATE_LIMIT) || 5),
  windowMs: 60 * 60 * 1000,
})

export type EnquiryOutcome =
  | { kind: 'sent'; id: number | string }
  | { kind: 'spam' }
  | { kind: 'invalid'; errors: EnquiryError[] }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'not-found' }
  /** The database stayed busy (locked, or briefly unreachable): nothing was stored. */
  | { kind: 'busy'; retryAfterSeconds: number }

export interface EnquirySubmission {
  projectSlug: string
  locale: Locale
  clientAddress: string
  values: EnquiryValues
  honeypot: string
}

/**
 * The whole public write path of an enquiry: honeypot, validation, rate limit, the project must be
 * published, then the enquiry is stored (a system write: the `enquiries` collection refuses API
 * creates) and the contact agency is e-mailed. E-mail failure does not lose the enquiry: it is
 * stored first and visible in the admin.
 */
export async function submitEnquiry(payload: Payload, input: EnquirySubmission, limiter: RateLimiter = enquiryLimiter): Promise<EnquiryOutcome> {
  // A filled honeypot is a bot: answer as if sent, store nothing.
  if (input.honeypot) return { kind: 'spam' }
  const errors = validateEnquiry(input.values)
  if (errors.length) return { kind: 'invalid', errors }
  const limit = limiter.hit(input.clientAddress)
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterMs: limit.retryAfterMs }

  // The database part runs under the public wait budget (DB_BUSY_PUBLIC_WAIT_MS): a visitor gets
  // an answer within a second, with what they typed, rather than waiting on a lock.
  let stored: { project: InvestmentProject; agencyRef: number; enquiry: Enquiry } | null
  try {
    stored = await withBusyBudget(publicBusyBudgetMs(), () => store(payload, input))
  } catch (error) {
    if (isDatabaseBusy(error)) return { kind: 'busy', retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS }
    throw error
  }
  if (!stored) return { kind: 'not-found' }
  const { project, agencyRef, enquiry } = stored

  try {
    const agency = await payload.findByID({ collection: 'agencies', id: agencyRef, depth: 0, locale: 'vi', overrideAccess: true })
    const to = agency.email || (project.contactPerson as { email?: string | null } | undefined)?.email
    if (to) {
      const t = getT('vi')
      const v = input.values
      await payload.sendEmail({
        to,
        replyTo: v.email,
        subject: t('enquiry.mail.subject', { project: project.title ?? project.slug }),
        text: [
          t('enquiry.mail.intro', { project: project.title ?? project.slug }),
          absoluteUrl(investPaths.project('vi', project.slug)),
          '',
          `${t('enquiry.name')}: ${v.name}`,
          `${t('enquiry.company')}: ${v.company || '–'}`,
          `${t('enquiry.country')}: ${v.country || '–'}`,
          `${t('enquiry.email')}: ${v.email}`,
          '',
          v.message,
          '',
          t('enquiry.mail.admin', { url: absoluteUrl(`/admin/collections/enquiries/${enquiry.id}`) }),
        ].join('\n'),
      })
    } else {
      payload.logger.warn(`enquiry ${enquiry.id}: contact agency ${agencyRef} has no e-mail address; the enquiry is in the admin only`)
    }
  } catch (error) {
    payload.logger.error({ err: error, msg: `enquiry ${enquiry.id}: e-mail to the contact agency failed (stored in the admin)` })
  }
  return { kind: 'sent', id: enquiry.id }
}

/** The project must be published; then the enquiry is stored (a system write). */
async function store(payload: Payload, input: EnquirySubmission): Promise<{ project: InvestmentProject; agencyRef: number; enquiry: Enquiry } | null> {
  const found = await payload.find({
    collection: 'investment-projects',
    where: { and: [{ slug: { equals: input.projectSlug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    locale: 'vi',
    overrideAccess: false,
  })
  const project = found.docs[0]
  const agencyId = project ? ((project.contactAgency ?? project.agency) as number | { id: number } | null) : null
  if (!project || agencyId === null || agencyId === undefined) return null
  const agencyRef = typeof agencyId === 'object' ? agencyId.id : agencyId

  const enquiry = await payload.create({
    collection: 'enquiries',
    data: { project: project.id, agency: agencyRef, ...input.values, locale: input.locale, handled: false },
    overrideAccess: true,
  })
  return { project, agencyRef, enquiry }
}
