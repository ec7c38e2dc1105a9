import { FEATURABLE } from '@/globals/HomePage'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import { documentPath } from '@/routes/documents'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { legalIndex } from './legal'
import { findGlobalByLocale, pairs, pickText, type LText } from '@/lib/localeFallback'

type Featurable = (typeof FEATURABLE)[number]

export interface FeaturedItem {
  collection: Featurable
  id: string
  title: LText
  href: string
}

export interface ServiceLink {
  label: LText
  url: string
  description: LText | null
}

export interface HomePageView {
  intro: LText | null
  featured: FeaturedItem[]
  services: ServiceLink[]
  showTransparency: boolean
  showInvest: boolean
}

/**
 * The home-page global in one locale. Featured items are read as the public reads them
 * (`overrideAccess: false`): a draft or unpublished item is not populated and is left out.
 */
export const getHomePage = cachedRead(
  'home-page',
  async (locale: Locale): Promise<HomePageView> => {
    const payload = await payloadClient()
    const { [locale]: g, vi } = await findGlobalByLocale(payload, { slug: 'home-page', depth: 1, overrideAccess: false })
    const featured: FeaturedItem[] = []
    for (const [rel, viRel] of pairs(g.featured, vi.featured)) {
      const doc = rel.value
      if (!doc || typeof doc !== 'object') continue // not readable by the public
      if ('_status' in doc && doc._status !== 'published') continue
      const viDoc = viRel && typeof viRel.value === 'object' ? viRel.value : undefined
      const title = pickText(locale, doc.title, viDoc?.title)
      const href = typeof doc.slug === 'string' ? documentPath(locale, rel.relationTo, doc.slug) : null
      if (title && href) featured.push({ collection: rel.relationTo, id: String(doc.id), title, href })
    }
    const services: ServiceLink[] = []
    for (const [s, vs] of pairs(g.services, vi.services)) {
      const label = pickText(locale, s.label, vs?.label)
      if (label && typeof s.url === 'string') services.push({ label, url: s.url, description: pickText(locale, s.description, vs?.description) })
    }
    return {
      intro: pickText(locale, g.intro, vi.intro),
      featured,
      services,
      showTransparency: g.showTransparency !== false,
      showInvest: g.showInvest !== false,
    }
  },
  () => [tags.global('home-page'), ...FEATURABLE.map((c) => tags.collection(c))],
)

export interface NewLegalDocument {
  slug: string
  number: string
  title: LText
  issueDate: string | null
}

/** The newest published legal documents (by issue date), from the finder's cached index. */
export async function newestLegalDocuments(locale: Locale, limit: number): Promise<NewLegalDocument[]> {
  const index = await legalIndex()
  const out: NewLegalDocument[] = []
  for (const d of index) {
    const title = pickText(locale, d.title[locale], d.title.vi)
    if (title) out.push({ slug: d.slug, number: d.number, title, issueDate: (d as unknown as { issueDate?: string | null }).issueDate ?? null })
    if (out.length >= limit) break
  }
  return out
}
