import type { Payload } from 'payload'
import { NOT_USEFUL_REASONS, SATISFACTION_SCALE, visitorKey, vnDay, type RatedSection } from '@/domain/ratings'
import { publicWrite, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import type { Locale } from '@/routes/locales'
import { tags } from '@/lib/cacheTags'

/** Which collection holds the published items of each rated information section. */
export const RATED_COLLECTIONS = {
  news: 'news',
  'legal-documents': 'legal-documents',
  plans: 'plans',
  budget: 'budget-disclosures',
  consultations: 'consultations',
} as const satisfies Partial<Record<RatedSection, string>>
export type InfoSection = keyof typeof RATED_COLLECTIONS

export interface RatingValues {
  section: string
  slug: string
  /** 'yes' | 'no' ("Was this information useful?"). */
  useful: string
  /** 1..5 on the satisfaction scale (services), '' otherwise. */
  score: string
  reason: string
  remark: string
}
export type RatingError = { field: 'useful' | 'reason' | 'remark' | 'score'; code: 'required' | 'invalid' | 'tooLong' }
export type RatingOutcome = PublicWriteOutcome<RatingError, { replaced: boolean }>

export const REMARK_MAX = 500

export function validateRating(v: RatingValues): RatingError[] {
  const out: RatingError[] = []
  const hasScore = v.score !== ''
  if (!hasScore && v.useful !== 'yes' && v.useful !== 'no') out.push({ field: 'useful', code: 'required' })
  if (hasScore && !SATISFACTION_SCALE.some((l) => String(l.value) === v.score)) out.push({ field: 'score', code: 'invalid' })
  if (v.reason && !(NOT_USEFUL_REASONS as readonly string[]).includes(v.reason)) out.push({ field: 'reason', code: 'invalid' })
  if ([...v.remark].length > REMARK_MAX) out.push({ field: 'remark', code: 'tooLong' })
  return out
}

const SECRET = () => {
  const s = process.env.PAYLOAD_SECRET
  if (!s) throw new Error('PAYLOAD_SECRET is needed to key ratings')
  return s
}

/**
 * A rating through the public-write path: validation → the item must be published → the `rating`
 * rate limit → one row per visitor per item per Việt Nam day, keyed by the day-keyed HMAC of
 * (address, item) — a second try the same day replaces the first, so it is counted once. Nothing
 * identifying the visitor is stored. `now` and `policy` are for tests.
 */
/** The public ratings page counts every rating: expire its read (outside Next.js, nothing is cached). */
async function expireRatings(): Promise<void> {
  try {
    const { revalidateTag } = await import('next/cache')
    revalidateTag(tags.collection('ratings'), { expire: 0 })
  } catch {
    // not inside a Next.js request
  }
}

export async function submitRating(payload: Payload, values: RatingValues, address: string, locale: Locale, opts: { honeypot?: string; now?: Date; policy?: PolicyName | Policy } = {}): Promise<RatingOutcome> {
  const section = values.section as InfoSection
  const outcome = await publicWrite(payload, {
    policy: opts.policy ?? 'rating',
    address,
    honeypot: opts.honeypot ?? '',
    values,
    validate: validateRating,
    target: async (v) => {
      const collection = RATED_COLLECTIONS[section]
      if (!collection) return null
      const found = await payload.find({ collection, where: { and: [{ slug: { equals: v.slug } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, locale: 'vi', overrideAccess: false, select: { title: true, agency: true } })
      const doc = found.docs[0] as { id: number; title?: string | null; agency?: number | { id: number } | null } | undefined
      if (!doc) return null
      const agency = doc.agency && typeof doc.agency === 'object' ? doc.agency.id : (doc.agency ?? null)
      return { item: `${section}:${doc.id}`, title: doc.title ?? v.slug, agency }
    },
    subjects: (_v, target) => ({ target: target.item }),
    write: async (v, target) => {
      const now = opts.now ?? new Date()
      const day = vnDay(now)
      const key = visitorKey(SECRET(), day, address, target.item)
      const data = {
        key,
        item: target.item,
        section,
        title: target.title,
        path: `${section}/${v.slug}`,
        agency: target.agency,
        day,
        useful: (v.useful === 'yes' || v.useful === 'no' ? v.useful : null) as 'yes' | 'no' | null,
        score: (v.score || null) as '1' | '2' | '3' | '4' | '5' | null,
        reason: (v.useful === 'no' && v.reason ? v.reason : null) as (typeof NOT_USEFUL_REASONS)[number] | null,
        remark: v.remark.trim() || null,
        lang: locale,
      }
      const existing = await payload.find({ collection: 'ratings', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, select: { key: true } })
      if (existing.docs[0]) {
        await payload.update({ collection: 'ratings', id: existing.docs[0].id, data, overrideAccess: true })
        return { replaced: true }
      }
      try {
        await payload.create({ collection: 'ratings', data, overrideAccess: true })
        return { replaced: false }
      } catch (error) {
        // Two tries at once: the unique key kept one; this one replaces it.
        const again = await payload.find({ collection: 'ratings', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, select: { key: true } })
        if (!again.docs[0]) throw error
        await payload.update({ collection: 'ratings', id: again.docs[0].id, data, overrideAccess: true })
        return { replaced: true }
      }
    },
  })
  if (outcome.kind === 'done') await expireRatings()
  return outcome
}
