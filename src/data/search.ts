import { getSearchIndex } from '@/search/payload-index'
import { SEARCH_SECTIONS } from '@/search/sources'
import type { SearchQuery, SearchResult } from '@/search/types'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

/** Longest query and suggestion prefix accepted (characters); longer input is cut. */
export const MAX_SEARCH_CHARS = 200
export const SEARCH_PAGE_SIZE = 10
const MAX_PAGE = 50

export interface SearchParams {
  q: string
  section?: string
  agency?: string
  year?: number
  docType?: string
  page: number
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * The search page's URL parameters, validated: unknown sections, malformed years and slugs are
 * dropped rather than passed to the index (the cache key is built from the result).
 */
export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const q = (first(raw.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_CHARS)
  const section = first(raw.section)
  const agency = first(raw.agency)
  const docType = first(raw.type)
  const year = Number(first(raw.year))
  const page = Number(first(raw.page))
  const out: SearchParams = { q, page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1 }
  if (section && SEARCH_SECTIONS.includes(section)) out.section = section
  if (agency && /^[a-z0-9-]{1,100}$/.test(agency)) out.agency = agency
  if (docType && /^[a-z0-9-]{1,60}$/.test(docType)) out.docType = docType
  if (Number.isInteger(year) && year >= 1945 && year <= 2100) out.year = year
  return out
}

/** Site search in one locale (cached; every publish, unpublish and delete expires `search`). */
export const searchSite = cachedRead(
  'search:query',
  async (locale: Locale, params: SearchParams): Promise<SearchResult> => {
    const index = await getSearchIndex(await payloadClient())
    const query: SearchQuery = { q: params.q, locale, page: params.page, pageSize: SEARCH_PAGE_SIZE }
    if (params.section) query.section = params.section
    if (params.agency) query.agency = params.agency
    if (params.year) query.year = params.year
    if (params.docType) query.docType = params.docType
    return index.search(query)
  },
  () => [tags.search],
)

/** Type-ahead titles for what has been typed so far. */
export const suggestTitles = cachedRead(
  'search:suggest',
  async (locale: Locale, prefix: string): Promise<string[]> => {
    const index = await getSearchIndex(await payloadClient())
    return index.suggest(prefix.slice(0, MAX_SEARCH_CHARS), locale, 8)
  },
  () => [tags.search],
)
