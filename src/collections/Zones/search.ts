import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'
import { pick } from '../InvestmentProjects/search'

/** What the search index stores for one zone in one locale. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as string, locale) ?? ''
  const body = [pick(doc.summary as string, locale), ...['description', 'infrastructure', 'incentives'].map((f) => plainText(pick(doc[f], locale)))]
    .filter(Boolean)
    .join('\n')
  return { title, body }
}
