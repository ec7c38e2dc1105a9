/**
 * Case deadlines as data, each with its legal basis, evaluated on the working-day calendar
 * (src/domain/calendar: weekends, holidays, make-up days). A period of N working days starts the
 * working day after the event (receipt, assignment), so N = 3 from a Friday ends on Wednesday.
 *
 * Information requests — Law on Access to Information 104/2016/QH13, per channel:
 *   online (art. 30): simple, available information within 3 working days; otherwise a written
 *     notice of the handling time within 3 working days, the information (or a reasoned refusal)
 *     within 15 working days, extendable once by at most 15 with a notice;
 *   post (art. 31): simple information within 5 working days; otherwise as online;
 *   at the office (art. 29): within 10 working days, extendable by at most 10.
 *
 * Questions: no provincial rule on answer times was found, so the times below are the PORTAL'S
 * DEFAULT (`basis: null`, `isDefault: true`), shown as such in the admin and correctable there.
 */
import type { ISODate, WorkingCalendar } from '../calendar'

type Cal = Pick<WorkingCalendar, 'addWorkingDays' | 'workingDaysBetween'>

export const REQUEST_CHANNELS = ['online', 'post', 'office'] as const
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]

export interface RequestDeadlineRule {
  channel: RequestChannel
  /** Simple, available information: provided within this many working days (null: no such case). */
  simpleDays: number | null
  /** Otherwise a written notice of the handling time within … (null: no notice step). */
  noticeDays: number | null
  /** The information or a reasoned refusal within … */
  answerDays: number
  /** At most this many working days more, with a notice. */
  maxExtensionDays: number
  basis: string
}

export const REQUEST_DEADLINES: Record<RequestChannel, RequestDeadlineRule> = {
  online: { channel: 'online', simpleDays: 3, noticeDays: 3, answerDays: 15, maxExtensionDays: 15, basis: 'Luật Tiếp cận thông tin 104/2016/QH13, Điều 30' },
  post: { channel: 'post', simpleDays: 5, noticeDays: 3, answerDays: 15, maxExtensionDays: 15, basis: 'Luật Tiếp cận thông tin 104/2016/QH13, Điều 31 (ngoài trường hợp đơn giản: như Điều 30)' },
  office: { channel: 'office', simpleDays: null, noticeDays: null, answerDays: 10, maxExtensionDays: 10, basis: 'Luật Tiếp cận thông tin 104/2016/QH13, Điều 29' },
}

export interface RequestTimeline {
  receivedOn: ISODate
  /** The agency sent the written notice that the request is not simple (its handling time). */
  noticeSentOn?: ISODate | null
  /** Working days of the recorded extension (0 / null: none). */
  extensionDays?: number | null
}

export interface RequestDeadlines {
  /** Last day for the written notice, when the channel has one and it has not been sent. */
  noticeDue: ISODate | null
  /** Last day for the information or the refusal, as things stand. */
  due: ISODate
  basis: string
}

/**
 * Until a notice (or an extension) is recorded the request is treated as simple: the answer is due
 * within `simpleDays`. Once the notice is sent the answer is due `answerDays` after receipt, plus
 * any extension (never more than the law's ceiling).
 */
export function requestDeadlines(rule: RequestDeadlineRule, t: RequestTimeline, cal: Cal): RequestDeadlines {
  const ext = t.extensionDays ?? 0
  if (!Number.isInteger(ext) || ext < 0 || ext > rule.maxExtensionDays) throw new RangeError(`extension of ${ext} working days exceeds ${rule.maxExtensionDays}`)
  const handledAsSimple = rule.simpleDays !== null && !t.noticeSentOn && ext === 0
  const base = cal.addWorkingDays(t.receivedOn, handledAsSimple ? (rule.simpleDays as number) : rule.answerDays)
  const due = ext ? cal.addWorkingDays(base, ext) : base
  const noticeDue = rule.noticeDays !== null && !t.noticeSentOn ? cal.addWorkingDays(t.receivedOn, rule.noticeDays) : null
  return { noticeDue, due, basis: rule.basis }
}

export const QUESTION_KINDS = ['business', 'citizen'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

export interface QuestionDeadlineRule {
  kind: QuestionKind
  /** Working days after receipt for the coordinator to accept or refuse. */
  screeningDays: number
  /** Working days after assignment for the agency to publish (or privately give) its answer. */
  answerDays: number
  /** null: no legal rule found — this is the portal's default. */
  basis: string | null
  isDefault: boolean
}

export const QUESTION_DEADLINES: Record<QuestionKind, QuestionDeadlineRule> = {
  business: { kind: 'business', screeningDays: 2, answerDays: 10, basis: null, isDefault: true },
  citizen: { kind: 'citizen', screeningDays: 2, answerDays: 10, basis: null, isDefault: true },
}

export const ASKER_KINDS = ['business', 'householdBusiness', 'citizen', 'organisation'] as const
export type AskerKind = (typeof ASKER_KINDS)[number]

export function questionKindOf(asker: AskerKind): QuestionKind {
  return asker === 'business' || asker === 'householdBusiness' ? 'business' : 'citizen'
}

/** The next deadline of a question in `state`, or null when nothing is due (closed). */
export function questionDue(rule: QuestionDeadlineRule, state: string, t: { receivedOn: ISODate; assignedOn?: ISODate | null }, cal: Cal): ISODate | null {
  // Accepted but not yet assigned: still the coordinator's screening deadline.
  if (state === 'received' || state === 'accepted') return cal.addWorkingDays(t.receivedOn, rule.screeningDays)
  if (state === 'assigned' && t.assignedOn) return cal.addWorkingDays(t.assignedOn, rule.answerDays)
  return null
}

export type DueStatus = 'onTrack' | 'dueSoon' | 'overdue'

/** `dueSoon`: `soonDays` working days or fewer left (the reminder window); `overdue`: after the due day. */
export function dueStatus(due: ISODate, today: ISODate, cal: Cal, soonDays = 2): DueStatus {
  const left = cal.workingDaysBetween(today, due)
  if (today > due) return 'overdue'
  return left <= soonDays ? 'dueSoon' : 'onTrack'
}

/** Working days taken from receipt to closing, and whether that was on time. */
export function outcome(t: { receivedOn: ISODate; closedOn: ISODate; due: ISODate }, cal: Cal): { daysTaken: number; onTime: boolean } {
  return { daysTaken: cal.workingDaysBetween(t.receivedOn, t.closedOn), onTime: t.closedOn <= t.due }
}
