import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '@/lib/database/busy'

/**
 * Why a public write was refused without being the visitor's fault, and when to try again.
 * A refused form re-renders with what was typed and `refusalMessage`; a route handler answers
 * 429 (`rate-limited`) or 503 (`busy`) with `Retry-After`.
 *
 * - `rate-limited`: the shared rate limiter said no (src/lib/rateLimit).
 * - `busy`: the database could not take the write now (locked, unreachable —
 *   `isDatabaseBusy`, src/lib/database/busy.ts): nothing was stored.
 */
export type RefusalReason = 'rate-limited' | 'busy'

export interface Refusal {
  kind: 'refused'
  reason: RefusalReason
  retryAfterMs: number
}

/** HTTP status for a refusal a route handler answers itself. */
export const REFUSAL_STATUS: Record<RefusalReason, number> = { 'rate-limited': 429, busy: 503 }

/** Maps an error thrown while loading or writing to a refusal, or null to let it propagate. */
export function refusalFromError(error: unknown): Refusal | null {
  return isDatabaseBusy(error) ? { kind: 'refused', reason: 'busy', retryAfterMs: BUSY_RETRY_AFTER_SECONDS * 1000 } : null
}
