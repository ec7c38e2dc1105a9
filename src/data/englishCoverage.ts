import { collections } from '@/collections'
import { englishCoverage, type CoverageReport, type TranslationState } from '@/domain/translation'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

type Row = Record<string, unknown>

/** Collections whose documents carry a `translation` state (every agencyContent collection). */
export const TRACKED_COLLECTIONS: { slug: string; label: Record<Locale, string> }[] = collections
  .filter((c) => c.custom?.translationTracked)
  .map((c) => {
    const plural = c.labels?.plural
    const label = plural && typeof plural === 'object' ? (plural as Record<string, string>) : {}
    return { slug: c.slug, label: { vi: label.vi ?? c.slug, en: label.en ?? label.vi ?? c.slug } }
  })

export interface EnglishCoverageView {
  report: CoverageReport
  sections: Record<string, string>
  agencies: Record<string, { name: LText | null; slug: string; englishGaps: string[] }>
  /** Agencies in directory order, for the legal-minimum table (every agency, with or without items). */
  agencyOrder: string[]
}

const STATES: readonly string[] = ['missing', 'outdated', 'current']

export const getEnglishCoverage = cachedRead(
  'translation:coverage',
  async (locale: Locale): Promise<EnglishCoverageView> => {
    const payload = await payloadClient()
    const items: { agency: string; section: string; state: TranslationState }[] = []
    for (const { slug } of TRACKED_COLLECTIONS) {
      const result = await payload.find({
        collection: slug as 'news',
        where: { _status: { equals: 'published' } },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { agency: true, translation: true },
      })
      for (const doc of result.docs as unknown as Row[]) {
        const agency = doc.agency && typeof doc.agency === 'object' ? (doc.agency as Row).id : doc.agency
        const state = (doc.translation as Row | undefined)?.state
        items.push({
          agency: String(agency ?? ''),
          section: slug,
          // A document saved before tracking existed counts as not translated until it is saved again.
          state: typeof state === 'string' && STATES.includes(state) ? (state as TranslationState) : 'missing',
        })
      }
    }
    const [own, vi] = await Promise.all(
      (locale === 'vi' ? ['vi'] : [locale, 'vi']).map((l) =>
        payload.find({
          collection: 'agencies',
          locale: l as Locale,
          fallbackLocale: false,
          depth: 0,
          pagination: false,
          sort: 'slug',
          overrideAccess: false,
          select: { name: true, slug: true, englishGaps: true },
        }),
      ),
    )
    const viById = new Map((vi ?? own)!.docs.map((d) => [String(d.id), d as unknown as Row]))
    const agencies: EnglishCoverageView['agencies'] = {}
    for (const a of own!.docs as unknown as Row[]) {
      agencies[String(a.id)] = {
        name: pickText(locale, a.name, viById.get(String(a.id))?.name),
        slug: a.slug as string,
        englishGaps: (a.englishGaps as string[] | null) ?? [],
      }
    }
    const agencyOrder = Object.keys(agencies)
    return {
      report: englishCoverage(items, { sections: TRACKED_COLLECTIONS.map((c) => c.slug), agencies: agencyOrder }),
      sections: Object.fromEntries(TRACKED_COLLECTIONS.map((c) => [c.slug, c.label[locale]])),
      agencies,
      agencyOrder,
    }
  },
  () => [...TRACKED_COLLECTIONS.map((c) => tags.collection(c.slug)), tags.collection('agencies')],
)
