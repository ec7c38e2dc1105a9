import type { BudgetTable } from '@/domain/budget/core'
import type { Locale } from '@/routes/locales'
import { familyLabel } from './families'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined
function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/**
 * What the search index stores for one budget disclosure in one locale. The
 * document number is the approving resolution's or decision's (many disclosures cite the same
 * one), so it is searchable text here, not the row's own number: a number query ranks the legal
 * document itself first and these disclosures after it.
 */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const table = doc.table as BudgetTable | null | undefined
  const rowLabels = Array.isArray(table?.rows) ? table.rows.map((r) => (locale === 'en' && r.label?.en ? r.label.en : r.label?.vi)).filter(Boolean) : []
  const family = typeof doc.family === 'string' ? familyLabel(doc.family, locale) : undefined
  const number = typeof doc.documentNumber === 'string' ? doc.documentNumber : undefined
  return {
    title: pick(doc.title as Localized<string>, locale) ?? '',
    body: [family, doc.formCode, number, pick(doc.note as Localized<string>, locale), ...rowLabels].filter(Boolean).join('\n'),
    year: typeof doc.fiscalYear === 'number' ? doc.fiscalYear : undefined,
    docType: typeof doc.family === 'string' ? doc.family : undefined,
  }
}
