import { collections } from '@/collections'
import { englishCoverage, type CoverageReport, type TranslationState } from '@/domain/translation'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { findByLocale, pickText, type LText } from '@/lib/localeFallback'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

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

const STATES: readonly TranslationState[] = ['missing', 'outdated', 'current']

export const getEnglishCoverage = cachedRead(
  'translation:coverage',
  async (locale: Locale): Promise<EnglishCoverageView> => {
    const payload = await payloadClient()
    const items: { agency: string; section: string; state: TranslationState }[] = []
    for (const { slug } of TRACKED_COLLECTIONS) {
      // Every tracked collection has news's agencyContent fields (agency, translation): typed as news.
      const result = await payload.find({
        collection: slug as 'news',
        where: { _status: { equals: 'published' } },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        select: { agency: true, translation: true },
      })
      for (const doc of result.docs) {
        const agency = doc.agency && typeof doc.agency === 'object' ? doc.agency.id : doc.agency
        const state = doc.translation?.state
        items.push({
          agency: String(agency ?? ''),
          section: slug,
          // A document saved before tracking existed counts as not translated until it is saved again.
          state: state && STATES.includes(state) ? state : 'missing',
        })
      }
    }
    const { docs } = await findByLocale(payload, {
      collection: 'agencies',
      depth: 0,
      pagination: false,
      sort: 'slug',
      overrideAccess: false,
      select: { name: true, slug: true, englishGaps: true },
    })
    const agencies: EnglishCoverageView['agencies'] = {}
    for (const { [locale]: a, vi } of docs) {
      agencies[String(a.id)] = {
        name: pickText(locale, a.name, vi.name),
        slug: a.slug,
        englishGaps: a.englishGaps ?? [],
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
