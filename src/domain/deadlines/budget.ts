/**
 * Budget disclosure deadlines (State Budget Law 83/2015/QH13 art. 15 and
 * Circular 343/2016/TT-BTC on public disclosure of state budgets).
 */
import { vnCalendar, type ISODate, type WorkingCalendar } from '../calendar'
import { dueDate, type DeadlineRule, type DueDateOptions } from './deadlines'

export const BUDGET_REPORT_FAMILIES = [
  'estimate-submitted',
  'estimate-approved',
  'execution-q1',
  'execution-6m',
  'execution-9m',
  'execution-year',
  'final-accounts',
] as const

export type BudgetReportFamily = (typeof BUDGET_REPORT_FAMILIES)[number]

export interface BudgetDeadlineSpec {
  rule: DeadlineRule
  /** Which input the rule counts from. */
  from: 'issuedOn' | 'periodEnd'
  label: { vi: string; en: string }
  basis: { vi: string; en: string }
}

/** The rules as data. */
export const BUDGET_DEADLINE_RULES: Readonly<Record<BudgetReportFamily, BudgetDeadlineSpec>> = Object.freeze({
  'estimate-submitted': {
    rule: { kind: 'working-days-after', days: 5 },
    from: 'issuedOn',
    label: { vi: 'Dự toán trình HĐND', en: "Budget estimate submitted to the People's Council" },
    basis: {
      vi: "Luật NSNN 2015 điều 15; TT 343/2016/TT-BTC: chậm nhất 05 ngày làm việc kể từ ngày UBND gửi báo cáo cho đại biểu HĐND",
      en: "State Budget Law 2015 art. 15; Circular 343/2016: within 5 working days of the report being sent to People's Council deputies",
    },
  },
  'estimate-approved': {
    rule: { kind: 'days-after', days: 30 },
    from: 'issuedOn',
    label: { vi: 'Dự toán được HĐND quyết định', en: 'Approved budget estimate' },
    basis: {
      vi: 'Luật NSNN 2015 điều 15: chậm nhất 30 ngày kể từ ngày văn bản được ban hành',
      en: 'State Budget Law 2015 art. 15: within 30 days of the decision being issued',
    },
  },
  'execution-q1': {
    rule: { kind: 'days-after-period-end', days: 15 },
    from: 'periodEnd',
    label: { vi: 'Tình hình thực hiện dự toán quý I', en: 'Budget execution, first quarter' },
    basis: {
      vi: 'TT 343/2016/TT-BTC: chậm nhất 15 ngày kể từ ngày kết thúc quý',
      en: 'Circular 343/2016: within 15 days after the end of the quarter',
    },
  },
  'execution-6m': {
    rule: { kind: 'days-after-period-end', days: 15 },
    from: 'periodEnd',
    label: { vi: 'Tình hình thực hiện dự toán 6 tháng', en: 'Budget execution, first six months' },
    basis: {
      vi: 'TT 343/2016/TT-BTC: chậm nhất 15 ngày kể từ ngày kết thúc 6 tháng',
      en: 'Circular 343/2016: within 15 days after the end of the six-month period',
    },
  },
  'execution-9m': {
    rule: { kind: 'days-after-period-end', days: 15 },
    from: 'periodEnd',
    label: { vi: 'Tình hình thực hiện dự toán 9 tháng', en: 'Budget execution, first nine months' },
    basis: {
      vi: 'TT 343/2016/TT-BTC: chậm nhất 15 ngày kể từ ngày kết thúc 9 tháng',
      en: 'Circular 343/2016: within 15 days after the end of the nine-month period',
    },
  },
  // Basis: the Circular sets 15 days for quarterly/6-/9-month execution reports and does
  // not give a separate figure for the full-year execution report; the portal applies
  // the same 15-day rule counted from 31/12, as instructed, until a specific rule is
  // confirmed (the year estimate is normally disclosed with the next year's estimate).
  'execution-year': {
    rule: { kind: 'days-after-period-end', days: 15 },
    from: 'periodEnd',
    label: { vi: 'Tình hình thực hiện dự toán cả năm', en: 'Budget execution, full year' },
    basis: {
      vi: 'Áp dụng như báo cáo quý (TT 343/2016/TT-BTC): 15 ngày kể từ ngày kết thúc năm ngân sách',
      en: 'Same rule as the periodic reports (Circular 343/2016): 15 days after the fiscal year ends',
    },
  },
  'final-accounts': {
    rule: { kind: 'days-after', days: 30 },
    from: 'issuedOn',
    label: { vi: 'Quyết toán ngân sách được phê chuẩn', en: 'Approved final budget accounts' },
    basis: {
      vi: 'Luật NSNN 2015 điều 15: chậm nhất 30 ngày kể từ ngày văn bản được ban hành',
      en: 'State Budget Law 2015 art. 15: within 30 days of the approval being issued',
    },
  },
} satisfies Record<BudgetReportFamily, BudgetDeadlineSpec>)

const PERIOD_END_MMDD: Partial<Record<BudgetReportFamily, string>> = {
  'execution-q1': '03-31',
  'execution-6m': '06-30',
  'execution-9m': '09-30',
  'execution-year': '12-31',
}

export function isBudgetReportFamily(x: unknown): x is BudgetReportFamily {
  return typeof x === 'string' && (BUDGET_REPORT_FAMILIES as readonly string[]).includes(x)
}

/** Last day of the reporting period, or `null` for families not tied to a period. */
export function periodEnd(family: BudgetReportFamily, fiscalYear: number): ISODate | null {
  const mmdd = PERIOD_END_MMDD[family]
  if (!mmdd) return null
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999) {
    throw new RangeError(`fiscalYear must be a 4-digit year, got ${fiscalYear}`)
  }
  return `${fiscalYear}-${mmdd}`
}

/**
 * Which disclosure rule governs a budget year. The rule sets are data, each with its legal basis;
 * the one applied is named in the deadline and in the transparency evidence.
 *
 * - Budget years up to 2025: Circular 343/2016/TT-BTC (guiding the State Budget Law 83/2015/QH13)
 *   — the timings of BUDGET_DEADLINE_RULES above.
 * - From budget year 2026: Circular 26/2026/TT-BTC (forms 54–56), its timing set by Decree
 *   73/2026/NĐ-CP. The portal could not confirm those timings from the texts, so this rule set
 *   is a labelled DEFAULT that keeps the previous timings (`provisional`), shown as such wherever
 *   it is applied, until someone who has read the decree corrects the numbers here.
 */
export interface BudgetRuleSet {
  id: 'tt343-2016' | 'tt26-2026'
  /** Inclusive budget-year range the set governs (null = open). */
  fromYear: number | null
  toYear: number | null
  name: { vi: string; en: string }
  /** Set when the timings are a default not yet confirmed against the legal text. */
  provisional?: { vi: string; en: string }
  /** Per-family timing; a family absent here keeps BUDGET_DEADLINE_RULES. */
  rules: Partial<Record<BudgetReportFamily, DeadlineRule>>
}

export const BUDGET_RULE_SETS: readonly BudgetRuleSet[] = Object.freeze([
  {
    id: 'tt343-2016',
    fromYear: null,
    toYear: 2025,
    name: { vi: 'Thông tư 343/2016/TT-BTC', en: 'Circular 343/2016/TT-BTC' },
    rules: {},
  },
  {
    id: 'tt26-2026',
    fromYear: 2026,
    toYear: null,
    name: { vi: 'Thông tư 26/2026/TT-BTC (biểu mẫu 54–56)', en: 'Circular 26/2026/TT-BTC (forms 54–56)' },
    provisional: {
      vi: 'Mặc định: thời hạn giữ như Thông tư 343/2016/TT-BTC cho đến khi đối chiếu với Nghị định 73/2026/NĐ-CP',
      en: 'Default: timings kept from Circular 343/2016/TT-BTC until checked against Decree 73/2026/NĐ-CP',
    },
    rules: {},
  },
] satisfies BudgetRuleSet[])

/** The rule set in force for a budget (fiscal) year. */
export function budgetRuleSetFor(fiscalYear: number): BudgetRuleSet {
  const found = BUDGET_RULE_SETS.find((r) => (r.fromYear === null || fiscalYear >= r.fromYear) && (r.toYear === null || fiscalYear <= r.toYear))
  if (!found) throw new RangeError(`no budget disclosure rule for budget year ${fiscalYear}`)
  return found
}

/** "Circular 343/2016/TT-BTC" / "Circular 26/2026/TT-BTC (…) — Default: …": the rule as named in evidence. */
export function budgetRuleName(fiscalYear: number, locale: 'vi' | 'en'): string {
  const set = budgetRuleSetFor(fiscalYear)
  return set.provisional ? `${set.name[locale]} — ${set.provisional[locale]}` : set.name[locale]
}

export interface BudgetDeadline {
  family: BudgetReportFamily
  rule: DeadlineRule
  /** The date counted from (issue date or period end), null if unknown. */
  countedFrom: ISODate | null
  /** Last on-time publication day, null if the needed input is missing. */
  due: ISODate | null
  basis: { vi: string; en: string }
  /** The rule set in force for the fiscal year (null when the year is unknown). */
  ruleSet: BudgetRuleSet | null
}

export function budgetDeadline(
  family: BudgetReportFamily,
  input: { issuedOn?: ISODate | null; fiscalYear?: number | null },
  calendar: WorkingCalendar = vnCalendar(),
  opts: DueDateOptions = {},
): BudgetDeadline {
  if (!isBudgetReportFamily(family)) throw new TypeError(`Unknown budget report family ${JSON.stringify(family)}`)
  const spec = BUDGET_DEADLINE_RULES[family]
  const ruleSet = input.fiscalYear != null ? budgetRuleSetFor(input.fiscalYear) : null
  const rule = ruleSet?.rules[family] ?? spec.rule
  const end = input.fiscalYear != null ? periodEnd(family, input.fiscalYear) : null
  const countedFrom = spec.from === 'periodEnd' ? end : (input.issuedOn ?? null)
  const due = dueDate(rule, { issuedOn: input.issuedOn ?? null, periodEnd: end }, calendar, opts)
  return { family, rule, countedFrom, due, basis: spec.basis, ruleSet }
}
