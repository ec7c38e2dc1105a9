import type { Payload } from 'payload'
import { hit } from '@/lib/rateLimit'
import type { Locale } from '@/routes/locales'
import { getSearchIndex } from '@/search/payload-index'

/**
 * Answered questions like the title being typed, from the site search index (diacritic-free
 * typing finds accented text). Counted like the search type-ahead (`searchSuggest`); over the
 * limit, or with nothing typed, the step shows no suggestions rather than an error.
 */
export async function similarAnswers(payload: Payload, locale: Locale, title: string, address: string): Promise<{ title: string; url: string }[]> {
  const q = title.replace(/\s+/g, ' ').trim().slice(0, 200)
  if (!q) return []
  const verdict = await hit(payload, 'searchSuggest', { address })
  if (!verdict.allowed) return []
  const index = await getSearchIndex(payload)
  const exact = await index.search({ q, locale, section: 'question-answers', page: 1, pageSize: 5 })
  if (exact.hits.length) return exact.hits.map((h) => ({ title: h.title, url: h.url }))
  // Nothing has every word: try the three longest words on their own, best first.
  const words = [...new Set(q.split(' ').filter((w) => w.length > 3))].sort((a, b) => b.length - a.length).slice(0, 3)
  const seen = new Map<string, { title: string; url: string }>()
  for (const word of words) {
    const r = await index.search({ q: word, locale, section: 'question-answers', page: 1, pageSize: 5 })
    for (const h of r.hits) if (!seen.has(h.url)) seen.set(h.url, { title: h.title, url: h.url })
  }
  return [...seen.values()].slice(0, 5)
}
