import { plainText } from '@/lib/richtext'
import { pick, type Localized } from '@/search/sources/pick'
import type { Locale } from '@/routes/locales'

/** What the search index stores for one agency in one locale. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.name as Localized<string>, locale) ?? ''
  return {
    title,
    body: [
      pick(doc.shortName as Localized<string>, locale),
      pick(doc.address as Localized<string>, locale),
      plainText(pick(doc.introduction as Localized<unknown>, locale)),
      plainText(pick(doc.functions as Localized<unknown>, locale)),
    ]
      .filter(Boolean)
      .join('\n'),
  }
}
