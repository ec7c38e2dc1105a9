/**
 * Types for the disclosure scoring engine. Structurally compatible with
 * src/domain/calendar and src/domain/deadlines without importing them, so
 * the engine can be tested on its own.
 */

/** A calendar day `YYYY-MM-DD`: the one declaration is in domain/calendar. */
import type { ISODate } from '../calendar'
export type { ISODate }

export type AgencyKind = 'provincial-council' | 'provincial-committee' | 'department' | 'sector-agency' | 'commune'

export const AGENCY_KINDS: readonly AgencyKind[] = [
  'provincial-council',
  'provincial-committee',
  'department',
  'sector-agency',
  'commune',
]

/** Same shape as `DeadlineRule` in src/domain/deadlines. */
export type DeadlineRule =
  | { kind: 'working-days-after'; days: number }
  | { kind: 'days-after'; days: number }
  | { kind: 'days-after-period-end'; days: number }
  | { kind: 'continuous' }
  | { kind: 'on-change'; maxAgeDays: number }

/** The only calendar capability the engine needs; the full calendar satisfies it. */
export interface Calendar {
  isWorkingDay(d: ISODate): boolean
  isHoliday?(d: ISODate): boolean
}

export interface DueDateContext {
  issuedOn?: ISODate
  periodEnd?: ISODate
}

/** Same shape as `dueDate` in src/domain/deadlines. */
export type DueDateFn<C extends Calendar = Calendar> = (rule: DeadlineRule, ctx: DueDateContext, calendar: C) => ISODate | null

export interface CatalogueEntry {
  id: string
  /**
   * Free-form grouping, except two reserved values: entries in category
   * 'answers' (replies to citizens) or 'dossiers' (administrative-procedure
   * results) are scored for punctuality under the criterion of that name,
   * instead of under completeness and timeliness.
   */
  category: string
  title: { vi: string; en: string }
  appliesTo: AgencyKind[]
  matcher: { collection: string; where?: Record<string, string | string[]> }
  deadline: DeadlineRule
  /** Default 1. */
  requiredPerPeriod?: number
  /**
   * For reports on part of the scoring period ('MM-DD', e.g. '03-31' for a first-quarter report
   * scored in a calendar-year period): the day that part ends. A missing report is then due
   * counting from that day of the period's year instead of from the period's end.
   */
  reportPeriodEnd?: string
  requiresEnglish?: boolean
}

export type CriterionKey = 'completeness' | 'timeliness' | 'freshness' | 'english' | 'answers' | 'dossiers'

export const CRITERION_KEYS: readonly CriterionKey[] = ['completeness', 'timeliness', 'freshness', 'english', 'answers', 'dossiers']

export interface Criterion {
  key: CriterionKey
  weight: number
}

/** A versioned set of weights. Snapshots record `version` and copy the weights. */
export interface CriteriaSet {
  version: string
  criteria: Criterion[]
}

export interface Item {
  id: string
  collection: string
  attrs: Record<string, string>
  title: string
  /** Date the underlying information was created/issued. */
  createdOn?: ISODate
  /** For periodic reports: last day of the period reported on. */
  periodEnd?: ISODate
  publishedOn: ISODate
  updatedOn?: ISODate
  hasEnglish?: boolean
  /** Published on another official system and linked here. Scored like any other item. */
  external?: boolean
  /** The legal rule its deadline follows (e.g. the budget circular in force for its fiscal year), named in the evidence. */
  rule?: string
  /**
   * A case of the two-way sections (a question, an information request, a dossier, a
   * consultation) judged by its own facts instead of the entry's deadline rule; see `CaseFacts`.
   * For a case item `createdOn` is the day that places it in a period (received, result) and
   * `publishedOn` the day it became known on the portal (it exists from then on).
   */
  case?: CaseFacts
}

/**
 * What the scoring engine needs to know about one case (computed in ./cases.ts from the case
 * engine's deadlines, never from personal data). Exactly one of two kinds:
 * - a deadline case (`due` set): answered / done on `closedOn` — on time iff closedOn ≤ due; still
 *   open (`closedOn` unset) after `due` — overdue; still open and not yet due — not assessed yet;
 * - a duty check (`gaps` set): what the agency has not published about it (empty: all there).
 */
export interface CaseFacts {
  due?: ISODate
  closedOn?: ISODate
  gaps?: string[]
  /** Said in the evidence row (e.g. "extended by 10 working days"). */
  note?: string
}

export interface Period {
  from: ISODate
  to: ISODate
  label: string
}

export interface Agency {
  id: string
  kind: AgencyKind
  /**
   * First day the agency's disclosure duties are assessed on the portal. A period that ends
   * before it is not scored at all ("no data": total null, never 0). Unset = every period.
   */
  obligationsFrom?: ISODate
}

export type EvidenceStatus =
  | 'present'
  | 'on-time'
  | 'late'
  | 'missing'
  | 'not-applicable'
  | 'stale'
  | 'fresh'
  | 'english-missing'
  | 'english-ok'
  | 'not-due-yet'
  /** A case still open after its due date. */
  | 'overdue'
  /** A case whose required publication (status notice, reception report …) is incomplete. */
  | 'incomplete'

export interface Evidence {
  entryId: string
  criterion: CriterionKey
  status: EvidenceStatus
  itemId?: string
  itemTitle?: string
  due?: ISODate
  publishedOn?: ISODate
  /** For cases: the day it was answered / done. */
  closedOn?: ISODate
  /** Calendar days late (for `stale`: days beyond maxAgeDays). */
  daysLate?: number
  workingDaysLate?: number
  /** Points of the 0..100 total lost because of this row. */
  pointsLost: number
  note?: string
  /** The legal rule the due date was computed by, when the item names one. */
  rule?: string
}

export interface CriterionResult {
  /** 0..100, or null when the criterion had nothing to assess (excluded). */
  score: number | null
  /** Raw weight from the criteria set this snapshot was computed with (0 if absent). */
  weight: number
  /** Share of the total after renormalising over applicable criteria (0..1). */
  effectiveWeight: number
  /** Contribution to the total: score × effectiveWeight. */
  points: number
  /** 100 × effectiveWeight. */
  maxPoints: number
  applicable: boolean
}

/** A self-contained snapshot: it carries its criteria version and weights. */
export interface AgencyScore {
  agencyId: string
  agencyKind: AgencyKind
  period: Period
  /** Evaluation day. */
  today: ISODate
  criteriaVersion: string
  /** 0..100, or null when nothing at all was assessable. */
  total: number | null
  byCriterion: Record<CriterionKey, CriterionResult>
  evidence: Evidence[]
  /** Why there is no score at all: the period ends before the agency's obligations start. */
  noData?: 'before-obligations'
}
