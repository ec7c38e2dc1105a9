import { BUDGET_DEADLINE_RULES, BUDGET_REPORT_FAMILIES, type BudgetReportFamily } from '@/domain/deadlines'

/** Report families with their labels (from the deadline rules, the single source). */
export const FAMILY_OPTIONS = BUDGET_REPORT_FAMILIES.map((value) => ({ value, label: BUDGET_DEADLINE_RULES[value].label }))

export function familyLabel(family: string, locale: 'vi' | 'en'): string {
  return (BUDGET_DEADLINE_RULES as Record<string, { label: { vi: string; en: string } }>)[family]?.label[locale] ?? family
}

export type { BudgetReportFamily }
