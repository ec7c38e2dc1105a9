import type { Locale } from '@/routes/locales'
import { optionLabel, PLAN_AREAS, PLAN_KINDS } from './options'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined
function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/** What the search index stores for one plan in one locale. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const kind = typeof doc.kind === 'string' ? doc.kind : undefined
  return {
    title: pick(doc.title as Localized<string>, locale) ?? '',
    body: [
      kind ? optionLabel(PLAN_KINDS, kind, locale) : undefined,
      typeof doc.area === 'string' ? optionLabel(PLAN_AREAS, doc.area, locale) : undefined,
      pick(doc.areaDetail as Localized<string>, locale),
      pick(doc.description as Localized<string>, locale),
    ]
      .filter(Boolean)
      .join('\n'),
    year: typeof doc.periodStart === 'number' ? doc.periodStart : undefined,
    docType: kind,
  }
}
