import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'
import { pick } from '../InvestmentProjects/search'

/** What the search index stores for one legal-support guide in one locale: its title, summary and body. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as string, locale) ?? ''
  const body = [pick(doc.summary as string, locale), plainText(pick(doc.body, locale))].filter(Boolean).join('\n')
  const published = typeof doc.publishedAt === 'string' ? Number(doc.publishedAt.slice(0, 4)) : undefined
  return { title, body, year: published }
}
