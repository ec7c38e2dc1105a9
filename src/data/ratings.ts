import type { Payload } from 'payload'
import { countedRatings, lowRated, monthlyTrend, summarize, type RatingRow, type Summary } from '@/domain/ratings'
import type { Locale } from '@/routes/locales'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import { cachedRead } from './cache'
import { findByLocale, pickText, type LText } from '@/lib/localeFallback'

type ID = number | string

export interface AgencyRatings {
  agency: { id: ID; slug: string; name: LText | null } | null
  summary: Summary
}

export interface RatingsOverview {
  agencies: AgencyRatings[]
  trend: { month: string; summary: Summary }[]
  low: { item: string; title: string; path: string; agency: string | null; summary: Summary }[]
  total: Summary
}

/**
 * Public aggregates of the ratings. Ratings are readable by agency staff only, so this is a system
 * read (`overrideAccess`) that selects only what aggregates need — never the remark, the key or
 * the language; the page shows counts and shares, nothing a rater wrote.
 */
export async function readRatingsOverview(payload: Payload, locale: Locale): Promise<RatingsOverview> {
  const result = await payload.find({
    collection: 'ratings',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 0,
    select: { key: true, item: true, day: true, useful: true, score: true, agency: true, title: true, path: true, updatedAt: true },
  })
  const rows = countedRatings(
    result.docs.map((d) => ({
      key: d.key,
      item: d.item,
      day: d.day,
      at: d.updatedAt,
      useful: d.useful === 'yes' ? true : d.useful === 'no' ? false : null,
      score: d.score ? Number(d.score) : null,
      agency: d.agency === null || d.agency === undefined ? null : String(typeof d.agency === 'object' ? d.agency.id : d.agency),
      title: d.title ?? '',
      path: d.path ?? '',
    })),
  )
  const agencyIds = [...new Set(rows.map((r) => r.agency).filter((a): a is string => a !== null))]
  const agencies = agencyIds.length
    ? (await findByLocale(payload, { collection: 'agencies', depth: 0, pagination: false, overrideAccess: false, where: { id: { in: agencyIds } }, select: { name: true, slug: true } })).docs
    : []
  const name = (id: string) => {
    const a = agencies.find((x) => String(x.vi.id) === id)
    if (!a) return null
    return { id: a.vi.id, slug: a.vi.slug, name: pickText(locale, a[locale].name, a.vi.name) }
  }
  const byAgency = new Map<string, RatingRow[]>()
  for (const r of rows) if (r.agency) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r])
  const meta = new Map(rows.map((r) => [r.item, r]))
  return {
    agencies: [...byAgency.entries()].map(([id, list]) => ({ agency: name(id), summary: summarize(list) })).sort((a, b) => (b.summary.usefulShare ?? 0) - (a.summary.usefulShare ?? 0) || b.summary.votes - a.summary.votes),
    trend: monthlyTrend(rows),
    low: lowRated(rows).map(({ item, summary }) => {
      const m = meta.get(item)!
      const a = m.agency ? name(m.agency) : null
      return { item, title: m.title, path: m.path, agency: a?.name?.text ?? null, summary }
    }),
    total: summarize(rows),
  }
}

export const getRatingsOverview = cachedRead(
  'ratings:overview',
  async (locale: Locale) => readRatingsOverview(await payloadClient(), locale),
  // Every counted rating expires it (src/lib/ratings/submit.ts); agencies for their names.
  () => [tags.collection('ratings'), tags.collection('agencies')],
)
