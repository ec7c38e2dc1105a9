import { getDocType, parseDocNumber } from '@/domain/legal'
import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined

function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/** What the search index stores for one legal document in one locale. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as Localized<string>, locale) ?? ''
  const abstract = pick(doc.abstract as Localized<string>, locale) ?? ''
  const body = plainText(pick(doc.body as Localized<unknown>, locale))
  const number = typeof doc.number === 'string' ? doc.number : undefined
  const issue = typeof doc.issueDate === 'string' ? Number(doc.issueDate.slice(0, 4)) : undefined
  const docType = typeof doc.docType === 'string' ? doc.docType : undefined
  return {
    title,
    body: [getDocType(docType ?? '')?.[locale], number, abstract, body].filter(Boolean).join('\n'),
    docNumber: number,
    year: issue ?? (number ? parseDocNumber(number)?.year : undefined),
    docType,
  }
}
