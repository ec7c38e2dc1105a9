import type { CollectionAfterChangeHook } from 'payload'
import { idOf } from '@/access/roles'
import { outcome } from '@/domain/cases'
import { toISODate } from '@/domain/calendar'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { portalCalendar } from '@/collections/BudgetDisclosures/hooks/loadPortalCalendar'
import { moveQuestion } from '../Questions/move'

/**
 * The first publication of an answer (by the agency's publisher, through the workflow) closes its
 * question as "answered" and tells the asker; the answer keeps its dates and days taken for the
 * archive (working days from receipt, on the portal calendar).
 */
export const closeQuestionOnPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context?.answerClosed || doc._status !== 'published' || previousDoc?._status === 'published' || doc.answeredOn) return doc
  const questionId = idOf(doc.question)
  if (questionId === null) return doc
  const moved = await moveQuestion(req, questionId, { action: 'publishAnswer' }, { system: true, answerApproved: true })
  if (!moved.ok) {
    req.payload.logger.warn(`answer ${doc.id}: question ${questionId} not closed (${moved.error})`)
    return doc
  }
  const calendar = await portalCalendar(req)
  const answeredOn = toISODate(new Date())
  const receivedOn = vnDay(moved.question.receivedOn) ?? answeredOn
  const due = vnDay(moved.question.dueOn) ?? answeredOn
  const { daysTaken, onTime } = outcome({ receivedOn, closedOn: answeredOn, due }, calendar)
  await req.payload.update({
    collection: 'question-answers',
    id: doc.id,
    data: { answeredOn, daysTaken, onTime },
    overrideAccess: true,
    req,
    context: { answerClosed: true, skipAudit: true },
  })
  return { ...doc, answeredOn, daysTaken, onTime }
}
