import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { followToken, REQUEST_DEADLINES, requestDeadlines, trackingCode } from '@/domain/cases'
import { toISODate } from '@/domain/calendar'
import { validateRequest, type RequestError, type RequestValues } from '@/domain/informationRequests'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'
import { publicWrite, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import { mailRequester } from './mail'

export type RequestOutcome = PublicWriteOutcome<RequestError, { code: string; followToken: string }>

export interface RequestSubmission {
  agencySlug: string
  clientAddress: string
  values: RequestValues
  honeypot: string
}

const random = (n: number) => new Uint8Array(randomBytes(n))

/**
 * An information request to one agency through the public-write path: honeypot → the law's form
 * (art. 24) → the agency must exist → the `informationRequest` rate limit → stored as received
 * online (art. 30 deadlines on the portal calendar) with a tracking code and a private follow
 * token; the requester is e-mailed. `policy` is for tests only.
 */
export async function submitInformationRequest(payload: Payload, input: RequestSubmission, policy: PolicyName | Policy = 'informationRequest'): Promise<RequestOutcome> {
  return publicWrite(payload, {
    policy,
    address: input.clientAddress,
    honeypot: input.honeypot,
    values: input.values,
    validate: validateRequest,
    target: async () => {
      const found = await payload.find({ collection: 'agencies', where: { slug: { equals: input.agencySlug } }, limit: 1, depth: 0, overrideAccess: false, select: { slug: true } })
      return found.docs[0] ? { agency: found.docs[0].id } : null
    },
    subjects: (values, { agency }) => ({ email: values.email || values.phone, agency: String(agency) }),
    write: async (v, { agency }) => {
      const holidays = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: true })) as { entries?: HolidayEntry[] | null }
      const calendar = calendarFromEntries(holidays.entries)
      const receivedOn = toISODate(new Date())
      const d = requestDeadlines(REQUEST_DEADLINES.online, { receivedOn }, calendar)
      const code = trackingCode('TT', Number(receivedOn.slice(0, 4)), random)
      const token = followToken(random)
      const summary = (v.documentName || v.information).replace(/\s+/g, ' ').slice(0, 200)
      const created = await payload.create({
        collection: 'information-requests',
        overrideAccess: true,
        data: {
          code,
          state: 'received',
          agency,
          channel: 'online',
          receivedOn,
          noticeDue: d.noticeDue,
          dueOn: d.due,
          dueBasis: d.basis,
          publicSummary: summary,
          requesterKind: v.requesterKind as 'citizen',
          requesterName: v.name,
          organisation: v.organisation || null,
          residence: v.residence,
          identityNumber: v.identityNumber.replace(/\s+/g, '').toUpperCase(),
          email: v.email || null,
          phone: v.phone || null,
          postalAddress: v.postalAddress || null,
          information: v.information,
          documentName: v.documentName || null,
          delivery: v.delivery as 'email',
          purpose: v.purpose,
          followToken: token,
          history: [{ action: 'received', at: new Date().toISOString(), by: 'public' }],
        },
      })
      await mailRequester(payload, { ...created, followToken: token }, 'received')
      // The confirmation page shows the private follow link once (as the e-mail does).
      return { code, followToken: token }
    },
  })
}
