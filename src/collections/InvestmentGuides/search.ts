import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'
import { pick } from '../InvestmentProjects/search'

/** What the search index stores for one procedure guide in one locale. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as string, locale) ?? ''
  const steps = Array.isArray(doc.steps) ? (doc.steps as Record<string, unknown>[]) : []
  const body = [pick(doc.summary as string, locale), ...steps.flatMap((s) => [pick(s.title as string, locale), plainText(pick(s.body, locale))])]
    .filter(Boolean)
    .join('\n')
  return { title, body }
}
