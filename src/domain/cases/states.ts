/**
 * The case engine shared by citizens' / businesses' questions and information requests (Law on
 * Access to Information 104/2016/QH13): states, who may move a case from one state to another,
 * and what each move needs. Pure rules — the collections call `checkTransition` in a hook and the
 * admin shows one named button per allowed move (`allowedActions`).
 */

/** Who acts on a case. `coordinator`: the province's routing office (portal admins). */
export type CaseRole = 'coordinator' | 'agencyEditor' | 'agencyPublisher' | 'system'

export const CASE_KINDS = ['question', 'informationRequest'] as const
export type CaseKind = (typeof CASE_KINDS)[number]

export const QUESTION_STATES = ['received', 'accepted', 'refused', 'assigned', 'answered', 'answeredPrivately'] as const
export type QuestionState = (typeof QUESTION_STATES)[number]

export const REQUEST_STATES = ['received', 'noticeSent', 'extended', 'provided', 'partlyProvided', 'refused'] as const
export type RequestState = (typeof REQUEST_STATES)[number]

/** Why the coordinator refuses a question; the asker sees it. `duplicate` links the earlier answer. */
export const QUESTION_REFUSALS = ['spam', 'duplicate', 'outOfScope', 'alreadyAnswered'] as const
export type QuestionRefusal = (typeof QUESTION_REFUSALS)[number]

/**
 * Grounds for refusing an information request, with the article of Law 104/2016/QH13 each comes
 * from: art. 6 (information citizens may not access), art. 7 (information accessible only on
 * conditions not met), art. 28 (cases in which a request is refused).
 */
export const REFUSAL_GROUNDS = [
  { value: 'art6', basis: 'Luật Tiếp cận thông tin 104/2016/QH13, Điều 6' },
  { value: 'art7', basis: 'Luật Tiếp cận thông tin 104/2016/QH13, Điều 7' },
  { value: 'art28', basis: 'Luật Tiếp cận thông tin 104/2016/QH13, Điều 28' },
] as const
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number]['value']

/** What a move needs besides the role. */
export type Requirement = 'answerText' | 'reason' | 'refusal' | 'duplicateOf' | 'agency' | 'differentAgency' | 'approvedAnswer' | 'ground' | 'extensionDays' | 'handlingDays'

export interface Transition<S extends string> {
  action: string
  from: readonly S[]
  to: S
  roles: readonly CaseRole[]
  requires: readonly Requirement[]
}

export const QUESTION_TRANSITIONS = [
  { action: 'accept', from: ['received'], to: 'accepted', roles: ['coordinator'], requires: [] },
  { action: 'refuse', from: ['received'], to: 'refused', roles: ['coordinator'], requires: ['refusal'] },
  { action: 'assign', from: ['accepted'], to: 'assigned', roles: ['coordinator'], requires: ['agency'] },
  { action: 'reassign', from: ['assigned'], to: 'assigned', roles: ['coordinator'], requires: ['agency', 'differentAgency', 'reason'] },
  { action: 'publishAnswer', from: ['assigned'], to: 'answered', roles: ['agencyPublisher'], requires: ['approvedAnswer'] },
  // The publisher writes a private answer (personal matters) and its reason: no public answer is made.
  { action: 'answerPrivately', from: ['assigned'], to: 'answeredPrivately', roles: ['agencyPublisher'], requires: ['answerText', 'reason'] },
] as const satisfies readonly Transition<QuestionState>[]

const AGENCY: readonly CaseRole[] = ['agencyEditor', 'agencyPublisher']
const OPEN_REQUEST: readonly RequestState[] = ['received', 'noticeSent', 'extended']

export const REQUEST_TRANSITIONS = [
  { action: 'sendNotice', from: ['received'], to: 'noticeSent', roles: AGENCY, requires: ['handlingDays'] },
  { action: 'extend', from: ['received', 'noticeSent'], to: 'extended', roles: AGENCY, requires: ['extensionDays', 'reason'] },
  { action: 'provide', from: OPEN_REQUEST, to: 'provided', roles: AGENCY, requires: [] },
  { action: 'providePartly', from: OPEN_REQUEST, to: 'partlyProvided', roles: AGENCY, requires: ['ground', 'reason'] },
  { action: 'refuse', from: OPEN_REQUEST, to: 'refused', roles: ['agencyPublisher'], requires: ['ground', 'reason'] },
] as const satisfies readonly Transition<RequestState>[]

export type QuestionAction = (typeof QUESTION_TRANSITIONS)[number]['action']
export type RequestAction = (typeof REQUEST_TRANSITIONS)[number]['action']

/** Closed states: the case is finished (answered, refused, provided …). */
export const CLOSED: Record<CaseKind, readonly string[]> = {
  question: ['refused', 'answered', 'answeredPrivately'],
  informationRequest: ['provided', 'partlyProvided', 'refused'],
}

export function isClosed(kind: CaseKind, state: string): boolean {
  return CLOSED[kind].includes(state)
}

function transitionsOf(kind: CaseKind): readonly Transition<string>[] {
  return kind === 'question' ? QUESTION_TRANSITIONS : REQUEST_TRANSITIONS
}

export function findTransition(kind: CaseKind, action: string): Transition<string> | undefined {
  return transitionsOf(kind).find((t) => t.action === action)
}

/** What the move carries (the form in the admin, or the REST body). */
export interface MoveInput {
  reason?: string | null
  answerText?: string | null
  refusal?: string | null
  duplicateOf?: string | number | null
  agency?: string | number | null
  currentAgency?: string | number | null
  /** The answer was approved by the agency's publisher (the review workflow: published). */
  answerApproved?: boolean
  ground?: string | null
  extensionDays?: number | null
  /** Legal ceiling for an extension (from the deadline rule). */
  maxExtensionDays?: number | null
  handlingDays?: number | null
  maxHandlingDays?: number | null
}

export type MoveError =
  | 'unknownAction'
  | 'wrongState'
  | 'notAllowed'
  | 'reasonRequired'
  | 'answerRequired'
  | 'refusalRequired'
  | 'duplicateOfRequired'
  | 'agencyRequired'
  | 'sameAgency'
  | 'answerNotApproved'
  | 'groundRequired'
  | 'extensionInvalid'
  | 'handlingDaysInvalid'

export type MoveVerdict = { ok: true; to: string } | { ok: false; error: MoveError }

const present = (v: unknown) => v !== undefined && v !== null && String(v).trim() !== ''

function requirementError(req: Requirement, input: MoveInput): MoveError | null {
  switch (req) {
    case 'answerText':
      return present(input.answerText) ? null : 'answerRequired'
    case 'reason':
      return present(input.reason) ? null : 'reasonRequired'
    case 'refusal':
      if (!(QUESTION_REFUSALS as readonly string[]).includes(String(input.refusal ?? ''))) return 'refusalRequired'
      return input.refusal === 'duplicate' && !present(input.duplicateOf) ? 'duplicateOfRequired' : null
    case 'duplicateOf':
      return present(input.duplicateOf) ? null : 'duplicateOfRequired'
    case 'agency':
      return present(input.agency) ? null : 'agencyRequired'
    case 'differentAgency':
      return present(input.currentAgency) && String(input.currentAgency) === String(input.agency) ? 'sameAgency' : null
    case 'approvedAnswer':
      return input.answerApproved ? null : 'answerNotApproved'
    case 'ground':
      return REFUSAL_GROUNDS.some((g) => g.value === input.ground) ? null : 'groundRequired'
    case 'extensionDays': {
      const n = input.extensionDays
      const max = input.maxExtensionDays ?? 0
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max ? null : 'extensionInvalid'
    }
    case 'handlingDays': {
      const n = input.handlingDays
      const max = input.maxHandlingDays ?? 0
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max ? null : 'handlingDaysInvalid'
    }
  }
}

/**
 * May `roles` apply `action` to a case of `kind` in `state` with `input`? The first failing check
 * is the answer: unknown action, wrong state, role, then each requirement in order.
 */
export function checkTransition(kind: CaseKind, state: string, action: string, roles: readonly CaseRole[], input: MoveInput = {}): MoveVerdict {
  const t = findTransition(kind, action)
  if (!t) return { ok: false, error: 'unknownAction' }
  if (!t.from.includes(state)) return { ok: false, error: 'wrongState' }
  if (!roles.includes('system') && !t.roles.some((r) => roles.includes(r))) return { ok: false, error: 'notAllowed' }
  for (const req of t.requires) {
    const error = requirementError(req, input)
    if (error) return { ok: false, error }
  }
  return { ok: true, to: t.to }
}

/** The moves `roles` may attempt from `state` (one admin button each). */
export function allowedActions(kind: CaseKind, state: string, roles: readonly CaseRole[]): string[] {
  return transitionsOf(kind)
    .filter((t) => t.from.includes(state) && (roles.includes('system') || t.roles.some((r) => roles.includes(r))))
    .map((t) => t.action)
}
