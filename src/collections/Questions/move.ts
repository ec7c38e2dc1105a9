import type { Payload, PayloadRequest } from 'payload'
import { caseRolesFor } from '@/access/caseRoles'
import { idOf } from '@/access/roles'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { portalCalendar } from '@/collections/BudgetDisclosures/hooks/loadPortalCalendar'
import { checkTransition, QUESTION_DEADLINES, questionDue, questionKindOf, type AskerKind, type MoveError, type MoveInput } from '@/domain/cases'
import { toISODate } from '@/domain/calendar'
import { recordCaseStep } from '@/hooks/audit'
import { mailAsker } from '@/lib/questions/mail'
import { absoluteUrl } from '@/routes/documents'
import { questionPaths } from '@/routes/questions'
import type { Question } from '@/payload-types'

type ID = number | string

export interface MoveRequest extends Omit<MoveInput, 'currentAgency' | 'answerApproved'> {
  action: string
}

export type MoveResult = { ok: true; question: Question } | { ok: false; error: MoveError | 'notFound' }

const rel = (v: unknown): ID | null => idOf(v as ID | { id: ID } | null | undefined)

/**
 * Applies one named step to a question (the admin's buttons call it through
 * `POST /api/questions/{id}/move`; publishing an answer calls it as the system). The domain
 * decides whether the step is allowed; this writes its effects, the history line, the audit entry,
 * and tells the asker. The question is read as the acting user (overrideAccess false), so a user
 * who may not see it gets `notFound`.
 */
export async function moveQuestion(req: PayloadRequest, id: ID, move: MoveRequest, opts: { system?: boolean; answerApproved?: boolean } = {}): Promise<MoveResult> {
  const payload = req.payload
  let question: Question
  try {
    question = await payload.findByID({ collection: 'questions', id, depth: 0, req, overrideAccess: Boolean(opts.system), user: req.user })
  } catch {
    return { ok: false, error: 'notFound' }
  }
  const currentAgency = rel(question.agency)
  const roles = opts.system ? (['system'] as const) : caseRolesFor(req.user, currentAgency)
  const verdict = checkTransition('question', question.state, move.action, roles, { ...move, currentAgency, answerApproved: opts.answerApproved })
  if (!verdict.ok) return verdict

  const calendar = await portalCalendar(req)
  const today = toISODate(new Date())
  const rule = QUESTION_DEADLINES[questionKindOf(question.askerKind as AskerKind)]
  const data: Partial<Question> = { state: verdict.to as Question['state'], note: move.reason?.trim() || null }
  const agency = move.agency !== undefined && move.agency !== null && move.agency !== '' ? Number(move.agency) : null

  switch (move.action) {
    case 'refuse':
      data.refusal = move.refusal as Question['refusal']
      data.duplicateOf = move.duplicateOf ? Number(move.duplicateOf) : null
      data.closedOn = today
      data.dueOn = null
      break
    case 'assign':
    case 'reassign':
      data.agency = agency
      data.assignedOn = today
      data.dueOn = questionDue(rule, 'assigned', { receivedOn: vnDay(question.receivedOn) ?? today, assignedOn: today }, calendar)
      break
    case 'publishAnswer':
    case 'answerPrivately':
      data.closedOn = today
      data.dueOn = question.dueOn
      if (move.action === 'answerPrivately') data.privateAnswer = move.answerText?.trim() ?? ''
      break
  }
  const by = req.user ? String((req.user as { name?: string; email?: string }).name ?? (req.user as { email?: string }).email ?? '') : 'system'
  data.history = [...(question.history ?? []), { action: move.action, at: new Date().toISOString(), by: opts.system ? 'system' : by, note: data.note ?? null }]

  const updated = await payload.update({ collection: 'questions', id: question.id, data, depth: 0, overrideAccess: true, req, context: { caseMove: true } })

  if (move.action === 'assign' || move.action === 'reassign') await placeAnswerDraft(req, updated, agency as number)
  await recordCaseStep(req, 'questions', updated, move.action, data.note ?? null)
  await notifyAsker(payload, updated, move.action)
  return { ok: true, question: updated }
}

/**
 * The answer draft in the assigned agency (created on the first assignment, moved with the
 * question on a reassignment while unpublished), carrying only what may become public.
 */
async function placeAnswerDraft(req: PayloadRequest, question: Question, agency: number): Promise<void> {
  const payload = req.payload
  await payload.update({ collection: 'question-attachments', where: { id: { in: (question.attachments ?? []).map((a) => rel(a)).filter((a) => a !== null) } }, data: { agency }, overrideAccess: true, req })
  const existing = rel(question.answer)
  if (existing !== null) {
    await payload.update({ collection: 'question-answers', id: existing, data: { agency, dueOn: question.dueOn }, draft: true, overrideAccess: true, req, locale: 'vi', context: { skipAudit: true } })
    return
  }
  const answer = await payload.create({
    collection: 'question-answers',
    locale: 'vi',
    draft: true,
    overrideAccess: true,
    req,
    context: { skipAudit: true },
    data: {
      agency,
      title: question.title,
      questionText: question.question,
      slug: question.code.toLowerCase(),
      code: question.code,
      field: question.field,
      askerKind: question.askerKind,
      publicAsker: question.publicAsker ?? '',
      askedOn: question.receivedOn,
      dueOn: question.dueOn,
      question: question.id,
      _status: 'draft',
    },
  })
  await payload.update({ collection: 'questions', id: question.id, data: { answer: answer.id }, overrideAccess: true, req, context: { caseMove: true } })
}

async function notifyAsker(payload: Payload, question: Question, action: string): Promise<void> {
  const step = { refuse: 'refused', publishAnswer: 'answered', answerPrivately: 'answeredPrivately', assign: 'assigned' }[action]
  if (!step) return
  const full = await payload.findByID({ collection: 'questions', id: question.id, depth: 0, overrideAccess: true, showHiddenFields: true })
  const locale = full.locale === 'en' ? 'en' : 'vi'
  await mailAsker(payload, full.email, locale, step, {
    code: full.code,
    title: full.title,
    url: absoluteUrl(questionPaths.follow(locale, full.code, full.followToken ?? undefined)),
  })
}
