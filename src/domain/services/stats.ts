import { compareISO, type ISODate, type WorkingCalendar } from '../calendar'
import type { DossierStatus } from './options'
import { timeliness, type HistoryEntry } from './timeliness'

/**
 * Monthly and yearly figures per agency and per procedure, computed from the dossiers alone
 * (nothing hand-entered), on the working-day calendar:
 *
 * - received: dossiers received in the period;
 * - done: dossiers with a result in the period; of them done on time / done late;
 * - returned: dossiers returned to the applicant in the period;
 * - overdue: dossiers not finished at the end of the period (or today, if earlier) whose due date
 *   has passed;
 * - onTimeRate: done on time / done (null when nothing was done);
 * - medianDays: median working days from receipt to result of the dossiers done, pauses excluded;
 * - published: dossiers received in the period whose status is published on the portal (every
 *   stored dossier with a status and history is: the public lookup shows it).
 */
export interface StatDossier {
  agency: string
  procedureCode: string
  receivedAt: ISODate
  dueAt: ISODate
  resultAt?: ISODate | null
  status: DossierStatus
  history?: readonly HistoryEntry[]
}

export interface Period {
  /** First day, inclusive. */
  from: ISODate
  /** Last day, inclusive. */
  to: ISODate
}

export interface Figures {
  received: number
  done: number
  doneOnTime: number
  doneLate: number
  returned: number
  overdue: number
  onTimeRate: number | null
  medianDays: number | null
  published: number
}

const inPeriod = (d: ISODate | null | undefined, p: Period) => Boolean(d) && compareISO(d!, p.from) >= 0 && compareISO(d!, p.to) <= 0

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The status a dossier had on `day`, from its history (the stored status when the history does
 * not reach back): used to tell whether it was still open at the end of a past period.
 */
function openOn(d: StatDossier, day: ISODate): boolean {
  if (compareISO(d.receivedAt, day) > 0) return false
  if (d.resultAt) return compareISO(d.resultAt, day) > 0
  return d.status !== 'done' && d.status !== 'returned'
}

export function figures(dossiers: readonly StatDossier[], period: Period, today: ISODate, cal: WorkingCalendar): Figures {
  const asOf = compareISO(today, period.to) < 0 ? today : period.to
  let received = 0
  let done = 0
  let doneOnTime = 0
  let doneLate = 0
  let returned = 0
  let overdue = 0
  let published = 0
  const days: number[] = []
  for (const d of dossiers) {
    if (inPeriod(d.receivedAt, period)) {
      received++
      if (d.status) published++
    }
    if (d.status === 'done' && inPeriod(d.resultAt, period)) {
      const t = timeliness(d, today, cal)
      done++
      if (t.kind === 'on-time') doneOnTime++
      if (t.kind === 'late') doneLate++
      if (t.kind === 'on-time' || t.kind === 'late') days.push(t.processingDays)
    } else if (d.status === 'returned' && inPeriod(d.resultAt, period)) {
      returned++
    } else if (openOn(d, asOf)) {
      // Judged as it stood on `asOf`: a dossier finished later was still open then.
      const t = timeliness({ ...d, status: d.status === 'done' || d.status === 'returned' ? 'processing' : d.status, resultAt: null }, asOf, cal)
      if (t.kind === 'overdue') overdue++
    }
  }
  return {
    received,
    done,
    doneOnTime,
    doneLate,
    returned,
    overdue,
    onTimeRate: done ? doneOnTime / done : null,
    medianDays: median(days),
    published,
  }
}

export interface GroupFigures extends Figures {
  key: string
}

/** The same figures per group (agency, procedure, …), sorted by key, plus the total. */
export function figuresBy(dossiers: readonly StatDossier[], keyOf: (d: StatDossier) => string, period: Period, today: ISODate, cal: WorkingCalendar): { groups: GroupFigures[]; total: Figures } {
  const byKey = new Map<string, StatDossier[]>()
  for (const d of dossiers) {
    const key = keyOf(d)
    const list = byKey.get(key)
    if (list) list.push(d)
    else byKey.set(key, [d])
  }
  const groups = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, list]) => ({ key, ...figures(list, period, today, cal) }))
  return { groups, total: figures(dossiers, period, today, cal) }
}

/** `2026-04` → 1–30 April 2026. */
export function monthPeriod(year: number, month: number): Period {
  const mm = String(month).padStart(2, '0')
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` }
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** Twelve monthly figures of a year (months after `today` are left out). */
export function monthlySeries(dossiers: readonly StatDossier[], year: number, today: ISODate, cal: WorkingCalendar): { month: number; figures: Figures }[] {
  const series: { month: number; figures: Figures }[] = []
  for (let month = 1; month <= 12; month++) {
    const period = monthPeriod(year, month)
    if (compareISO(period.from, today) > 0) break
    series.push({ month, figures: figures(dossiers, period, today, cal) })
  }
  return series
}
