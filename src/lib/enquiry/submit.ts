import type { Payload } from 'payload'
import { validateEnquiry, type EnquiryError, type EnquiryValues } from '@/domain/invest/enquiry'
import { getT } from '@/i18n'
import { publicWrite, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import { investPaths } from '@/routes/invest'
import { absoluteUrl } from '@/routes/documents'
import type { Locale } from '@/routes/locales'
import type { InvestmentProject } from '@/payload-types'

export type EnquiryOutcome = PublicWriteOutcome<EnquiryError, { id: number | string }>

export interface EnquirySubmission {
  projectSlug: string
  locale: Locale
  /** From `clientAddress(headers)` (src/lib/clientAddress.ts). */
  clientAddress: string
  values: EnquiryValues
  honeypot: string
}

/**
 * An enquiry through the public-write path (src/lib/publicWrite): honeypot, validation, the
 * project must be published, the `enquiry` rate-limit policy (per address and sender e-mail, per
 * address and contact agency, per address), then the enquiry is stored (a system write: the
 * `enquiries` collection refuses API creates) and the contact agency is e-mailed. E-mail failure
 * does not lose the enquiry: it is stored first and visible in the admin.
 * `policy` is for tests only.
 */
export async function submitEnquiry(payload: Payload, input: EnquirySubmission, policy: PolicyName | Policy = 'enquiry'): Promise<EnquiryOutcome> {
  return publicWrite(payload, {
    policy,
    address: input.clientAddress,
    honeypot: input.honeypot,
    values: input.values,
    validate: validateEnquiry,
    target: () => publishedProject(payload, input.projectSlug),
    subjects: (values, { agencyRef }) => ({ email: values.email, agency: agencyRef }),
    write: (values, target) => storeAndMail(payload, input.locale, values, target),
  })
}

type Target = { project: InvestmentProject; agencyRef: number }

async function publishedProject(payload: Payload, slug: string): Promise<Target | null> {
  const found = await payload.find({
    collection: 'investment-projects',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    locale: 'vi',
    overrideAccess: false,
  })
  const project = found.docs[0]
  const agency = project ? (project.contactAgency ?? project.agency) : null
  if (!project || agency === null || agency === undefined) return null
  return { project, agencyRef: typeof agency === 'object' ? agency.id : agency }
}

async function storeAndMail(payload: Payload, locale: Locale, values: EnquiryValues, { project, agencyRef }: Target): Promise<{ id: number | string }> {
  const enquiry = await payload.create({
    collection: 'enquiries',
    data: { project: project.id, agency: agencyRef, ...values, locale, handled: false },
    overrideAccess: true,
  })

  try {
    const agency = await payload.findByID({ collection: 'agencies', id: agencyRef, depth: 0, locale: 'vi', overrideAccess: true })
    const to = agency.email || (project.contactPerson as { email?: string | null } | undefined)?.email
    if (to) {
      const t = getT('vi')
      const v = values
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
  return { id: enquiry.id }
}
