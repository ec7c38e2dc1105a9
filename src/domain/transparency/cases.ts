/**
 * The two-way sections' cases as scoring items (`Item` with `case` facts): questions, information
 * requests, dossiers and consultations, judged by the case engine's own deadlines on the
 * working-day calendar. Pure: the loader (src/transparency/load.ts) passes the stored records,
 * read without any personal field.
 *
 * No personal data goes into an item: a case is named by its tracking code and, where the public
 * may see it, its public title — a question's title only when the asker agreed to publication and
 * it was not answered privately (personal matters); an information request by the register's
 * public summary; a dossier by its code and procedure code (the portal stores no applicant data).
 * The field lists of src/domain/cases/privacy.ts are never read.
 *
 * Rules, per kind (each case is placed in a period by its reference day, `createdOn`):
 * - question: the assigned agency's duty. Only questions assigned to an agency count (screening
 *   and refusals are the coordinator's). Due: the deadline the case engine recorded (`dueOn`),
 *   else `answerDays` working days after assignment. Closed when answered in public or privately.
 *   Reference day: received.
 * - information request: due as recorded, else by the channel's rule of Law 104/2016/QH13 with the
 *   notice and extension recorded. Closed when provided, partly provided or refused. Reference:
 *   received.
 * - dossier, "done on time": only dossiers done (with a result date); due: the appointment date
 *   moved by the working days the clock was stopped (domain/services/timeliness). Reference: the
 *   result day (as the performance statistics count "done in the period").
 * - dossier, "status published": every dossier received; its status notice (Decree 224/2026
 *   art. 15: agency, handling unit, times of receipt, processing and result) is complete when it
 *   names the handling unit, has a status history, and — once done or returned — a result date.
 *   Reference: received.
 * - consultation, "open long enough": every published consultation that has closed; open at
 *   least the minimum period of its regime (domain/consultations). Reference: closing day.
 * - consultation, "reception report": every published consultation that has closed; closed when
 *   the report is published; due by the catalogue entry's rule from the closing day.
 */
import type { ISODate, WorkingCalendar } from '../calendar'
import { isClosed, questionDue, questionKindOf, QUESTION_DEADLINES, REQUEST_CHANNELS, REQUEST_DEADLINES, requestDeadlines, type AskerKind, type RequestChannel } from '../cases'
import { periodDays, ruleFor, type DraftKind, type PeriodRule } from '../consultations'
import { DOSSIER_STATUSES, FINAL, timeliness, type DossierStatus, type HistoryEntry } from '../services'
import type { Item } from './types'

export interface AgencyCase extends Item {
  agencyId: string
}

/** Collections (sources) of the case items, as catalogue matchers name them. */
export const CASE_SOURCES = ['questions', 'information-requests', 'dossiers', 'dossier-status', 'consultation-periods', 'consultation-reports'] as const
export type CaseSource = (typeof CASE_SOURCES)[number]

type ID = string | number
const titled = (code: string, title?: string | null) => (title?.trim() ? `${code} — ${title.trim()}` : code)

export interface QuestionCase {
  id: ID
  code: string
  title?: string | null
  agency?: ID | null
  state: string
  askerKind?: string | null
  consentToPublish?: boolean | null
  receivedOn?: ISODate | null
  assignedOn?: ISODate | null
  dueOn?: ISODate | null
  closedOn?: ISODate | null
}

export function questionItem(q: QuestionCase, cal: WorkingCalendar): AgencyCase | null {
  if (q.agency === null || q.agency === undefined || !q.receivedOn) return null
  if (q.state !== 'assigned' && q.state !== 'answered' && q.state !== 'answeredPrivately') return null
  const rule = QUESTION_DEADLINES[questionKindOf((q.askerKind ?? 'citizen') as AskerKind)] ?? QUESTION_DEADLINES.citizen
  const due = q.dueOn ?? (q.assignedOn ? questionDue(rule, 'assigned', { receivedOn: q.receivedOn, assignedOn: q.assignedOn }, cal) : null)
  const closed = isClosed('question', q.state)
  const showTitle = Boolean(q.consentToPublish) && q.state !== 'answeredPrivately'
  return {
    agencyId: String(q.agency),
    id: `questions:${q.id}`,
    collection: 'questions',
    attrs: { kind: questionKindOf((q.askerKind ?? 'citizen') as AskerKind) },
    title: titled(q.code, showTitle ? q.title : null),
    createdOn: q.receivedOn,
    publishedOn: q.receivedOn,
    rule: rule.basis ?? 'thời hạn mặc định của cổng (chưa có quy định của tỉnh)',
    case: {
      ...(due ? { due } : {}),
      ...(closed && q.closedOn ? { closedOn: q.closedOn } : {}),
      ...(q.state === 'answeredPrivately' ? { note: 'answered privately' } : {}),
    },
  }
}

export interface RequestCase {
  id: ID
  code: string
  publicSummary?: string | null
  agency?: ID | null
  state: string
  channel?: string | null
  receivedOn?: ISODate | null
  /** The day the written notice of the handling time was sent, if it was. */
  noticeSentOn?: ISODate | null
  extensionDays?: number | null
  dueOn?: ISODate | null
  closedOn?: ISODate | null
}

export function requestItem(r: RequestCase, cal: WorkingCalendar): AgencyCase | null {
  if (r.agency === null || r.agency === undefined || !r.receivedOn) return null
  const channel: RequestChannel = (REQUEST_CHANNELS as readonly string[]).includes(r.channel ?? '') ? (r.channel as RequestChannel) : 'online'
  const rule = REQUEST_DEADLINES[channel]
  let due = r.dueOn ?? null
  if (!due) {
    try {
      due = requestDeadlines(rule, { receivedOn: r.receivedOn, noticeSentOn: r.noticeSentOn, extensionDays: r.extensionDays }, cal).due
    } catch {
      due = null // an extension beyond the law's ceiling: cannot be assessed
    }
  }
  const closed = isClosed('informationRequest', r.state)
  const ext = r.extensionDays ?? 0
  return {
    agencyId: String(r.agency),
    id: `information-requests:${r.id}`,
    collection: 'information-requests',
    attrs: { channel },
    title: titled(r.code, r.publicSummary),
    createdOn: r.receivedOn,
    publishedOn: r.receivedOn,
    rule: rule.basis,
    case: {
      ...(due ? { due } : {}),
      ...(closed && r.closedOn ? { closedOn: r.closedOn } : {}),
      ...(ext > 0 ? { note: `extended by ${ext} working day${ext === 1 ? '' : 's'}` } : {}),
    },
  }
}

export interface DossierCase {
  id: ID
  code: string
  procedureCode?: string | null
  agency?: ID | null
  handlingUnit?: string | null
  receivedAt?: ISODate | null
  dueAt?: ISODate | null
  resultAt?: ISODate | null
  status?: string | null
  history?: readonly { status?: string | null; at?: ISODate | null }[] | null
}

const isStatus = (s: unknown): s is DossierStatus => DOSSIER_STATUSES.some((o) => o.value === s)

/** A dossier's two items: its status notice (always) and, once done, its punctuality. */
export function dossierItems(d: DossierCase, today: ISODate, cal: WorkingCalendar): AgencyCase[] {
  if (d.agency === null || d.agency === undefined || !d.receivedAt) return []
  const agencyId = String(d.agency)
  const title = d.procedureCode ? `${d.code} (${d.procedureCode})` : d.code
  const history: HistoryEntry[] = (d.history ?? []).filter((h): h is HistoryEntry => isStatus(h.status) && typeof h.at === 'string')
  const status = isStatus(d.status) ? d.status : null
  const gaps: string[] = []
  if (!status) gaps.push('status')
  if (!d.handlingUnit?.trim()) gaps.push('handling unit')
  if (!history.length) gaps.push('status history')
  if (status && FINAL.has(status) && !d.resultAt) gaps.push('result date')
  const out: AgencyCase[] = [
    { agencyId, id: `dossier-status:${d.id}`, collection: 'dossier-status', attrs: {}, title, createdOn: d.receivedAt, publishedOn: d.receivedAt, case: { gaps } },
  ]
  if (status === 'done' && d.resultAt && d.dueAt) {
    const t = timeliness({ receivedAt: d.receivedAt, dueAt: d.dueAt, resultAt: d.resultAt, status, history }, today, cal)
    out.push({
      agencyId,
      id: `dossiers:${d.id}`,
      collection: 'dossiers',
      attrs: {},
      title,
      createdOn: d.resultAt,
      publishedOn: d.receivedAt,
      case: { due: t.dueAt, closedOn: d.resultAt, ...(t.pausedDays ? { note: `appointment ${d.dueAt} moved by ${t.pausedDays} working day${t.pausedDays === 1 ? '' : 's'} paused` } : {}) },
    })
  }
  return out
}

export interface ConsultationCase {
  id: ID
  title?: string | null
  agency?: ID | null
  draftKind?: string | null
  openDate?: ISODate | null
  closeDate?: ISODate | null
  concluded?: boolean | null
  reportPublishedOn?: ISODate | null
}

/** A published consultation that has closed: whether it was open long enough, and its report. */
export function consultationItems(c: ConsultationCase, today: ISODate, rules: readonly PeriodRule[], law64From?: ISODate): AgencyCase[] {
  if (c.agency === null || c.agency === undefined || !c.openDate || !c.closeDate || c.closeDate >= today) return []
  const agencyId = String(c.agency)
  const title = c.title?.trim() || `consultation ${c.id}`
  const kind = (['hdnd-resolution', 'ubnd-decision', 'other'] as const).includes(c.draftKind as DraftKind) ? (c.draftKind as DraftKind) : 'other'
  const rule = ruleFor(rules, kind, c.openDate, law64From)
  const days = periodDays(c.openDate, c.closeDate)
  const base = { agencyId, attrs: { draftKind: kind }, title, createdOn: c.closeDate, publishedOn: c.openDate }
  const reported = c.concluded && c.reportPublishedOn ? c.reportPublishedOn : undefined
  return [
    { ...base, id: `consultation-periods:${c.id}`, collection: 'consultation-periods', rule: rule.legalBasis, case: { gaps: days < rule.minDays ? [`open ${days} of the minimum ${rule.minDays} days`] : [], note: `open ${c.openDate} to ${c.closeDate} (${days} days)` } },
    { ...base, id: `consultation-reports:${c.id}`, collection: 'consultation-reports', case: reported ? { closedOn: reported } : {} },
  ]
}
