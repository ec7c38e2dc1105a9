import type { TFunction } from 'i18next'
import type { Payload } from 'payload'
import { publicBusyBudgetMs, withBusyBudget } from '@/lib/database/busy'
import { hit, retryAfterSeconds, type Policy, type PolicyName, type Subjects } from '@/lib/rateLimit'
import { refusalFromError, type Refusal } from './refusals'

export { REFUSAL_STATUS, refusalFromError, type Refusal, type RefusalReason } from './refusals'

/**
 * The one path every form a visitor submits goes through (architecture: "One public-write path"):
 *
 *   honeypot → validate → load what the write is about → rate limit → write
 *
 * and every outcome that is not a success carries what the form needs to re-render with the
 * visitor's text: the validation errors, or a refusal (rate-limited now; "busy" when the database
 * cannot take the write — see ./refusals.ts) with when to try again. The caller (a server action)
 * turns it into its form state; `refusalMessage` words a refusal in the visitor's language.
 *
 * The rate limit comes after validation (a typo does not cost a try) and after the target is
 * known, so a policy can count per agency or document as well as per address.
 */
export type PublicWriteOutcome<E, R> =
  | { kind: 'done'; result: R }
  /** The honeypot was filled: answer as if done, store nothing. */
  | { kind: 'spam' }
  | { kind: 'invalid'; errors: E[] }
  /** What the visitor writes about is gone (unpublished, deleted). */
  | { kind: 'not-found' }
  | Refusal

export interface PublicWrite<V, E, T, R> {
  policy: PolicyName | Policy
  /** From `clientAddress(headers)`. */
  address: string
  honeypot: string
  values: V
  validate: (values: V) => E[]
  /** Loads what the write is about (e.g. the published project); null → `not-found`. */
  target: (values: V) => Promise<T | null>
  /** What the policy's rules count by, besides the address (e-mail, agency, document …). */
  subjects: (values: V, target: T) => Omit<Subjects, 'address'>
  write: (values: V, target: T) => Promise<R>
}

export async function publicWrite<V, E, T, R>(payload: Payload, spec: PublicWrite<V, E, T, R>): Promise<PublicWriteOutcome<E, R>> {
  if (spec.honeypot) return { kind: 'spam' }
  const errors = spec.validate(spec.values)
  if (errors.length) return { kind: 'invalid', errors }
  try {
    // The database part waits at most the public budget (DB_BUSY_PUBLIC_WAIT_MS) on a lock: a
    // visitor gets an answer within a second, with what they typed, rather than waiting on a lock.
    return await withBusyBudget(publicBusyBudgetMs(), async (): Promise<PublicWriteOutcome<E, R>> => {
      const target = await spec.target(spec.values)
      if (target === null) return { kind: 'not-found' }
      const verdict = await hit(payload, spec.policy, { ...spec.subjects(spec.values, target), address: spec.address })
      if (!verdict.allowed) return { kind: 'refused', reason: 'rate-limited', retryAfterMs: verdict.retryAfterMs }
      return { kind: 'done', result: await spec.write(spec.values, target) }
    })
  } catch (error) {
    const refusal = refusalFromError(error)
    if (refusal) return refusal
    throw error
  }
}

/** "3 minutes" / "40 seconds" in the visitor's language (`publicWrite.retryIn.*`). */
export function retryIn(t: TFunction, retryAfterMs: number): string {
  const seconds = retryAfterSeconds(retryAfterMs)
  return seconds < 60 ? t('publicWrite.retryIn.seconds', { count: seconds }) : t('publicWrite.retryIn.minutes', { count: Math.ceil(seconds / 60) })
}

/**
 * A refusal in the visitor's language, saying that nothing was lost and when to try again
 * (`publicWrite.refused.{reason}`).
 */
export function refusalMessage(t: TFunction, refusal: Refusal): string {
  return t(`publicWrite.refused.${refusal.reason}`, { when: retryIn(t, refusal.retryAfterMs) })
}
