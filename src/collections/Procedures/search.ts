import { optionLabel, ONLINE_LEVELS, PROCEDURE_FIELDS, procedureCodeDigits } from '@/domain/services'
import type { Locale } from '@/routes/locales'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined
function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/**
 * What the search index stores for one procedure in one locale. The code goes in as the document
 * number and, digits only, in the body, so `1.001234`, `1001234` and `1 001 234` all find it.
 */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const code = typeof doc.code === 'string' ? doc.code : undefined
  const field = typeof doc.field === 'string' ? doc.field : undefined
  const level = typeof doc.level === 'string' ? doc.level : undefined
  return {
    title: pick(doc.name as Localized<string>, locale) ?? '',
    body: [
      code,
      code ? procedureCodeDigits(code) : undefined,
      field ? optionLabel(PROCEDURE_FIELDS, field, locale) : undefined,
      level ? optionLabel(ONLINE_LEVELS, level, locale) : undefined,
      pick(doc.applicants as Localized<string>, locale),
    ]
      .filter(Boolean)
      .join('\n'),
    docNumber: code,
    docType: field,
  }
}
