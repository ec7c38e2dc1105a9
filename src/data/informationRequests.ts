import { toISODate } from '@/domain/calendar'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import { cachedRead } from './cache'

/** How many lines the register shows (the newest first); the total is shown beside them. */
export const REGISTER_LIMIT = 200

export interface RegisterLine {
  id: number | string
  summary: string
  receivedOn: string | null
  state: string
  channel: string | null
  dueOn: string | null
  closedOn: string | null
  daysTaken: number | null
  onTime: boolean | null
  ground: string | null
  extended: boolean
  /** The disclosure the provided information was published as (a news article's slug), when published. */
  disclosureSlug: string | null
}

const day = (v: unknown): string | null => {
  if (typeof v !== 'string' || !v) return null
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00+07:00` : v)
  return Number.isNaN(d.getTime()) ? null : toISODate(d)
}

/**
 * The public register of one agency's information requests: only the register's own fields are
 * selected (src/domain/informationRequests/register.ts), never the requester's identity, contact
 * or wording. A read with the public's access (`overrideAccess: false`, no user), cached under the
 * collection's tag (every recorded step expires it) and the agency's.
 */
export const listRegister = cachedRead(
  'information-request-register',
  async (agencyId: number | string): Promise<{ lines: RegisterLine[]; total: number }> => {
    const payload = await payloadClient()
    const found = await payload.find({
      collection: 'information-requests',
      where: { agency: { equals: agencyId } },
      sort: '-receivedOn',
      limit: REGISTER_LIMIT,
      depth: 1,
      overrideAccess: false,
      select: { publicSummary: true, receivedOn: true, state: true, channel: true, dueOn: true, closedOn: true, daysTaken: true, onTime: true, ground: true, extensionDays: true, disclosure: true },
      populate: { news: { slug: true, _status: true } },
    })
    return {
      total: found.totalDocs,
      lines: found.docs.map((r) => {
        const disclosure = typeof r.disclosure === 'object' && r.disclosure && r.disclosure._status === 'published' ? (r.disclosure.slug ?? null) : null
        return {
          id: r.id,
          summary: r.publicSummary,
          receivedOn: day(r.receivedOn),
          state: r.state,
          channel: r.channel ?? null,
          dueOn: day(r.dueOn),
          closedOn: day(r.closedOn),
          daysTaken: r.daysTaken ?? null,
          onTime: r.onTime ?? null,
          ground: r.ground ?? null,
          extended: (r.extensionDays ?? 0) > 0,
          disclosureSlug: disclosure,
        }
      }),
    }
  },
  (agencyId) => [tags.collection('information-requests'), tags.agency(agencyId), tags.collection('news')],
)
