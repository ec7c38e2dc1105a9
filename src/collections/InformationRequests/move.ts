import type { PayloadRequest } from 'payload'
import { caseRolesFor } from '@/access/caseRoles'
import { idOf } from '@/access/roles'
import { portalCalendar } from '@/collections/BudgetDisclosures/hooks/loadPortalCalendar'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { checkTransition, outcome, REQUEST_DEADLINES, requestDeadlines, type MoveError, type RequestChannel } from '@/domain/cases'
import { toISODate } from '@/domain/calendar'
import { recordCaseStep } from '@/hooks/audit'
import { mailRequester } from '@/lib/informationRequests/mail'
import type { InformationRequest } from '@/payload-types'

type ID = number | string

export interface RequestMove {
  action: string
  reason?: string | null
  ground?: string | null
  extensionDays?: number | null
  handlingDays?: number | null
}

export type RequestMoveResult = { ok: true; request: InformationRequest } | { ok: false; error: MoveError | 'notFound' }

/**
 * One recorded step of an information request by the receiving agency's staff: the law's limits
 * (extension ceiling, handling time) come from the channel's deadline rule; the deadline is
 * recomputed on the portal calendar; each step is in the history and the audit log and e-mailed to
 * the requester.
 */
export async function moveRequest(req: PayloadRequest, id: ID, move: RequestMove): Promise<RequestMoveResult> {
  let request: InformationRequest
  try {
    request = await req.payload.findByID({ collection: 'information-requests', id, depth: 0, req, overrideAccess: true })
  } catch {
    return { ok: false, error: 'notFound' }
  }
  const agency = idOf(request.agency as number | null)
  const roles = caseRolesFor(req.user, agency)
  // Only the coordinator and the receiving agency's staff may even learn that the step was refused.
  if (!roles.length) return { ok: false, error: 'notFound' }
  const rule = REQUEST_DEADLINES[(request.channel ?? 'online') as RequestChannel]
  const verdict = checkTransition('informationRequest', request.state, move.action, roles, {
    ...move,
    maxExtensionDays: rule.maxExtensionDays,
    maxHandlingDays: rule.answerDays,
  })
  if (!verdict.ok) return verdict
  const calendar = await portalCalendar(req)
  const today = toISODate(new Date())
  const receivedOn = vnDay(request.receivedOn) ?? today
  const noticeSentOn = move.action === 'sendNotice' ? today : (request.history ?? []).find((h) => h.action === 'sendNotice')?.at?.slice(0, 10) ?? null
  const extensionDays = move.action === 'extend' ? (move.extensionDays ?? 0) : (request.extensionDays ?? 0)
  const deadlines = requestDeadlines(rule, { receivedOn, noticeSentOn: noticeSentOn ?? (extensionDays ? receivedOn : null), extensionDays }, calendar)
  const data: Partial<InformationRequest> = {
    state: verdict.to as InformationRequest['state'],
    note: move.reason?.trim() || null,
    extensionDays,
    noticeDue: deadlines.noticeDue,
    dueOn: deadlines.due,
    dueBasis: deadlines.basis,
  }
  if (['provide', 'providePartly', 'refuse'].includes(move.action)) {
    const o = outcome({ receivedOn, closedOn: today, due: deadlines.due }, calendar)
    Object.assign(data, { closedOn: today, daysTaken: o.daysTaken, onTime: o.onTime, ground: (move.ground as InformationRequest['ground']) ?? null })
  }
  const by = req.user ? String((req.user as { name?: string; email?: string }).name ?? (req.user as { email?: string }).email ?? '') : 'system'
  data.history = [...(request.history ?? []), { action: move.action, at: new Date().toISOString(), by, note: data.note ?? null }]
  const updated = await req.payload.update({ collection: 'information-requests', id: request.id, data, depth: 0, overrideAccess: true, req })
  await recordCaseStep(req, 'information-requests', { ...updated, title: updated.publicSummary }, move.action, data.note ?? null)
  const full = await req.payload.findByID({ collection: 'information-requests', id: request.id, depth: 0, overrideAccess: true, showHiddenFields: true })
  await mailRequester(req.payload, full, move.action)
  return { ok: true, request: updated }
}
