/**
 * Moderation of the marketplace: a business's booth and products become public only when the
 * moderator (the Department of Industry and Trade) approves them; every later change waits for
 * approval again while the approved edition stays public. Pure rules, no Payload.
 *
 *   draft ──owner submits──▶ submitted ──moderator approves──▶ approved (published)
 *     ▲                         │  └──moderator refuses (with a reason)──▶ refused
 *     └──owner edits/withdraws──┘                                            │
 *     ▲                                        owner edits or resubmits ◀────┘
 *     └──────────── owner edits an approved item (the approved edition stays public)
 */
export const MODERATION_STATES = ['draft', 'submitted', 'approved', 'refused'] as const
export type ModerationState = (typeof MODERATION_STATES)[number]
export type ModerationActor = 'owner' | 'moderator'

export const REFUSAL_REASON_MAX = 2000

export type ModerationProblem = 'notAllowed' | 'reasonRequired' | 'ownerNotVerified'

export type ModerationOutcome =
  | { ok: true; state: ModerationState; publish: boolean; reason: string | null; decided: boolean }
  | { ok: false; problem: ModerationProblem }

export function isModerationState(value: unknown): value is ModerationState {
  return typeof value === 'string' && (MODERATION_STATES as readonly string[]).includes(value)
}

/** A refusal reason, trimmed and capped; null when empty or not text. */
export function refusalReason(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim().slice(0, REFUSAL_REASON_MAX)
  return trimmed || null
}

export interface ModerationInput {
  actor: ModerationActor
  /** The stored state of the latest version (undefined when creating). */
  previous?: unknown
  /** The state the save asks for (undefined when the body does not say). */
  requested?: unknown
  /** The stored refusal reason (kept for the owner to read until the next decision or submission). */
  previousReason?: string | null
  /** The reason sent with the save (a refusal must have one). */
  reason?: unknown
  /** Whether the owning business has been verified by the moderator (approval requires it). */
  ownerVerified: boolean
}

/**
 * The state a save leads to, or why it is refused.
 * - The owner edits in any state; a save that does not ask to submit is a draft again (so the
 *   moderator approves exactly what was submitted). The owner can never approve or refuse.
 * - The moderator decides on submitted items only: approve (the edition is published; the
 *   business must be verified) or refuse with a reason. A moderator's save without a decision
 *   leaves the state as it is.
 */
export function moderate(input: ModerationInput): ModerationOutcome {
  const previous: ModerationState = isModerationState(input.previous) ? input.previous : 'draft'
  const requested = input.requested === undefined || input.requested === null || input.requested === '' ? undefined : input.requested
  if (requested !== undefined && !isModerationState(requested)) return { ok: false, problem: 'notAllowed' }
  const kept = input.previousReason ?? null

  if (input.actor === 'owner') {
    if (requested === 'approved' || requested === 'refused') {
      // Sending back the stored state unchanged (a form that posts every field) is not a decision.
      if (requested !== previous) return { ok: false, problem: 'notAllowed' }
      return { ok: true, state: 'draft', publish: false, reason: kept, decided: false }
    }
    if (requested === 'submitted') return { ok: true, state: 'submitted', publish: false, reason: null, decided: false }
    return { ok: true, state: 'draft', publish: false, reason: kept, decided: false }
  }

  // The moderator.
  if (requested === undefined || requested === previous) return { ok: true, state: previous, publish: false, reason: kept, decided: false }
  if (previous !== 'submitted') return { ok: false, problem: 'notAllowed' }
  if (requested === 'approved') {
    if (!input.ownerVerified) return { ok: false, problem: 'ownerNotVerified' }
    return { ok: true, state: 'approved', publish: true, reason: null, decided: true }
  }
  if (requested === 'refused') {
    const reason = refusalReason(input.reason)
    if (!reason) return { ok: false, problem: 'reasonRequired' }
    return { ok: true, state: 'refused', publish: false, reason, decided: true }
  }
  // submitted → draft/submitted by the moderator: not a decision they make.
  return { ok: false, problem: 'notAllowed' }
}

/**
 * Business verification: changing the legal identity (registration number or legal name) of a
 * verified business withdraws its verification until the moderator checks it again.
 */
export function keepsVerification(before: { registrationNumber?: string | null; legalName?: string | null }, after: { registrationNumber?: string | null; legalName?: string | null }): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ')
  return norm(before.registrationNumber) === norm(after.registrationNumber) && norm(before.legalName) === norm(after.legalName)
}
