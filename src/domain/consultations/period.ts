import { addDays, compareISO, diffDays, type ISODate } from '../calendar'

/**
 * The minimum period a draft legal document stays open for public comment, as data.
 *
 * The regime follows the draft: drafts from the day Law 64/2025/QH15 (on promulgating legal
 * documents) took effect follow it and its implementing decrees; older drafts follow Law
 * 80/2015/QH13 (as amended by Law 63/2020/QH14).
 *
 * HONESTY NOTE — every row below is a DEFAULT, marked `verified: false`: the article and the
 * number of days have not been checked against the promulgated texts by the province's legal
 * department. The default is the conservative 30 calendar days (a longer period never makes a
 * consultation unlawful; a shorter one could). Admins correct a row (days, legal basis, verified)
 * in the "Consultation periods" global; corrected rows replace these by (regime, kind).
 */
export type DraftKind = 'hdnd-resolution' | 'ubnd-decision' | 'other'
export type Regime = 'law-64-2025' | 'law-80-2015'

export const DRAFT_KINDS: readonly DraftKind[] = ['hdnd-resolution', 'ubnd-decision', 'other']

export interface PeriodRule {
  regime: Regime
  kind: DraftKind
  /** Minimum calendar days between the opening and the closing date. */
  minDays: number
  legalBasis: string
  /** False: a default nobody has yet checked against the text (shown as such in the admin). */
  verified: boolean
}

/** The day Law 64/2025/QH15 took effect (a default too: admins may correct it in the global). */
export const LAW_64_2025_FROM: ISODate = '2025-04-01'

const DEFAULT_NOTE = 'mặc định 30 ngày, chưa đối chiếu điều khoản — quản trị viên cần kiểm tra và sửa'

export const DEFAULT_PERIOD_RULES: readonly PeriodRule[] = Object.freeze([
  { regime: 'law-64-2025', kind: 'hdnd-resolution', minDays: 30, verified: false, legalBasis: `Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 và các nghị định hướng dẫn (${DEFAULT_NOTE})` },
  { regime: 'law-64-2025', kind: 'ubnd-decision', minDays: 30, verified: false, legalBasis: `Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 và các nghị định hướng dẫn (${DEFAULT_NOTE})` },
  { regime: 'law-64-2025', kind: 'other', minDays: 30, verified: false, legalBasis: `Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 (${DEFAULT_NOTE})` },
  { regime: 'law-80-2015', kind: 'hdnd-resolution', minDays: 30, verified: false, legalBasis: `Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 (${DEFAULT_NOTE})` },
  { regime: 'law-80-2015', kind: 'ubnd-decision', minDays: 30, verified: false, legalBasis: `Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 (${DEFAULT_NOTE})` },
  { regime: 'law-80-2015', kind: 'other', minDays: 30, verified: false, legalBasis: `Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 (${DEFAULT_NOTE})` },
])

/** The regime a draft falls under, by the date its drafting started (or its opening date). */
export function regimeFor(draftDate: ISODate, law64From: ISODate = LAW_64_2025_FROM): Regime {
  return compareISO(draftDate, law64From) >= 0 ? 'law-64-2025' : 'law-80-2015'
}

/** The defaults with the admin's corrections laid over them (matched by regime and kind). */
export function mergeRules(overrides: readonly Partial<PeriodRule>[] | null | undefined): PeriodRule[] {
  const out = DEFAULT_PERIOD_RULES.map((r) => ({ ...r }))
  for (const o of overrides ?? []) {
    if (!o.regime || !o.kind || typeof o.minDays !== 'number' || !Number.isInteger(o.minDays) || o.minDays < 1) continue
    const i = out.findIndex((r) => r.regime === o.regime && r.kind === o.kind)
    const row: PeriodRule = { regime: o.regime, kind: o.kind, minDays: o.minDays, legalBasis: o.legalBasis?.trim() || out[i]?.legalBasis || '', verified: Boolean(o.verified) }
    if (i >= 0) out[i] = row
    else out.push(row)
  }
  return out
}

export function ruleFor(rules: readonly PeriodRule[], kind: DraftKind, draftDate: ISODate, law64From?: ISODate): PeriodRule {
  const regime = regimeFor(draftDate, law64From)
  const rule = rules.find((r) => r.regime === regime && r.kind === kind) ?? rules.find((r) => r.regime === regime && r.kind === 'other')
  if (!rule) throw new Error(`no consultation period rule for ${regime}/${kind}`)
  return rule
}

/** The earliest closing date a consultation opened on `openDate` may have. */
export function earliestClose(openDate: ISODate, rule: PeriodRule): ISODate {
  return addDays(openDate, rule.minDays)
}

export type PeriodError =
  | { code: 'closeBeforeOpen' }
  | { code: 'closesTooEarly'; earliest: ISODate; minDays: number; legalBasis: string }

/** "Closing earlier than the rule allows is refused." Null when the dates are lawful. */
export function checkPeriod(openDate: ISODate, closeDate: ISODate, rule: PeriodRule): PeriodError | null {
  if (compareISO(closeDate, openDate) <= 0) return { code: 'closeBeforeOpen' }
  const earliest = earliestClose(openDate, rule)
  if (compareISO(closeDate, earliest) < 0) return { code: 'closesTooEarly', earliest, minDays: rule.minDays, legalBasis: rule.legalBasis }
  return null
}

export type Phase = 'upcoming' | 'open' | 'closed' | 'concluded'

/**
 * Where a consultation stands on `today` (Việt Nam date): open from the opening date through the
 * closing date inclusive; `daysLeft` counts the closing day (1 on the last day).
 */
export function phaseOf(c: { openDate: ISODate; closeDate: ISODate; concluded: boolean }, today: ISODate): { phase: Phase; daysLeft: number | null } {
  if (c.concluded) return { phase: 'concluded', daysLeft: null }
  if (compareISO(today, c.openDate) < 0) return { phase: 'upcoming', daysLeft: null }
  if (compareISO(today, c.closeDate) <= 0) return { phase: 'open', daysLeft: diffDays(c.closeDate, today) + 1 }
  return { phase: 'closed', daysLeft: null }
}

/** Calendar days the consultation was (or is planned to be) open, for the transparency criterion. */
export function periodDays(openDate: ISODate, closeDate: ISODate): number {
  return diffDays(closeDate, openDate)
}
