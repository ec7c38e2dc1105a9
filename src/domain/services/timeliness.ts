import { compareISO, isISODate, type ISODate, type WorkingCalendar } from '../calendar'
import { CLOCK_STOPPED, FINAL, type DossierStatus } from './options'

/**
 * On time, late or overdue — on the working-day calendar, with paused periods.
 *
 * Rules (a labelled default; the statuses that stop the clock are data in options.ts):
 * - The appointment date (ngày hẹn trả) is the due date the one-stop system gave at receipt.
 * - Every working day the dossier spends in a clock-stopped status (additional documents
 *   requested, paused) moves the due date by one working day: the agency is not late for the
 *   applicant's time. A pause still open today counts up to today.
 * - Done on or before the (moved) due date → `on-time`; after it → `late`, by the working days
 *   between them.
 * - Not done, and today is after the (moved) due date → `overdue`, by the working days past it;
 *   a dossier whose clock is stopped now is never overdue.
 * - Returned dossiers (trả lại) are `returned`: they are not counted as on time or late.
 */
export interface HistoryEntry {
  status: DossierStatus
  /** The day the status was set. */
  at: ISODate
}

export interface DossierTimes {
  receivedAt: ISODate
  dueAt: ISODate
  resultAt?: ISODate | null
  status: DossierStatus
  history?: readonly HistoryEntry[]
}

export type Timeliness =
  | { kind: 'on-time'; dueAt: ISODate; pausedDays: number; processingDays: number }
  | { kind: 'late'; dueAt: ISODate; pausedDays: number; processingDays: number; daysLate: number }
  | { kind: 'in-progress'; dueAt: ISODate; pausedDays: number; daysLeft: number; clockStopped: boolean }
  | { kind: 'overdue'; dueAt: ISODate; pausedDays: number; daysOverdue: number }
  | { kind: 'returned'; dueAt: ISODate; pausedDays: number }

/** Working days spent with the clock stopped, from the history, up to `until`. */
export function pausedWorkingDays(history: readonly HistoryEntry[], until: ISODate, cal: WorkingCalendar): number {
  const entries = [...history].filter((h) => isISODate(h.at)).sort((a, b) => compareISO(a.at, b.at))
  let total = 0
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    if (!CLOCK_STOPPED.has(entry.status)) continue
    const next = entries.slice(i + 1).find((e) => !CLOCK_STOPPED.has(e.status))
    const end = next && compareISO(next.at, until) < 0 ? next.at : until
    // Skip stopped entries that continue this pause (paused after supplement): counted once.
    const previous = entries[i - 1]
    if (previous && CLOCK_STOPPED.has(previous.status)) continue
    if (compareISO(end, entry.at) > 0) total += cal.workingDaysBetween(entry.at, end)
  }
  return total
}

export function timeliness(d: DossierTimes, today: ISODate, cal: WorkingCalendar): Timeliness {
  const history = d.history ?? []
  const final = FINAL.has(d.status)
  const endOfClock = final && d.resultAt ? d.resultAt : today
  const pausedDays = pausedWorkingDays(history, endOfClock, cal)
  const dueAt = cal.addWorkingDays(d.dueAt, pausedDays)
  if (d.status === 'returned') return { kind: 'returned', dueAt, pausedDays }
  if (d.status === 'done') {
    const resultAt = d.resultAt ?? today
    const processingDays = Math.max(0, cal.workingDaysBetween(d.receivedAt, resultAt) - pausedDays)
    if (compareISO(resultAt, dueAt) <= 0) return { kind: 'on-time', dueAt, pausedDays, processingDays }
    return { kind: 'late', dueAt, pausedDays, processingDays, daysLate: cal.workingDaysBetween(dueAt, resultAt) }
  }
  const clockStopped = CLOCK_STOPPED.has(d.status)
  if (!clockStopped && compareISO(today, dueAt) > 0) {
    return { kind: 'overdue', dueAt, pausedDays, daysOverdue: cal.workingDaysBetween(dueAt, today) }
  }
  return { kind: 'in-progress', dueAt, pausedDays, daysLeft: Math.max(0, cal.workingDaysBetween(today, dueAt)), clockStopped }
}
