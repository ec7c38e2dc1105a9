/**
 * A small sliding-window rate limiter for public write endpoints (the investors' enquiry form).
 *
 * In-memory, per process: good for the portal's single `next start` process; behind several
 * processes or hosts each keeps its own counts (the effective limit is multiplied by the number of
 * processes), and counts reset on restart. A shared store (e.g. the database) would be the next
 * step if the portal is ever scaled out. Memory is bounded: expired keys are pruned, and beyond
 * `maxKeys` the least recently seen keys are dropped.
 */
export interface RateLimitResult {
  allowed: boolean
  /** Attempts left in the current window after this one. */
  remaining: number
  /** When not allowed: milliseconds until the next attempt would be. */
  retryAfterMs: number
}

export interface RateLimiter {
  /** Records one attempt for `key` (unless refused) and says whether it is allowed. */
  hit(key: string, now?: number): RateLimitResult
  /** Forgets every key (tests). */
  reset(): void
  readonly size: number
}

export interface RateLimitOptions {
  /** Attempts allowed per window. */
  limit: number
  windowMs: number
  maxKeys?: number
}

export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: RateLimitOptions): RateLimiter {
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError('rate limiter: limit ≥ 1 and windowMs > 0 required')
  // Map iteration order is insertion order: re-inserting on every hit keeps the least recently
  // seen key first, so eviction drops it.
  const hits = new Map<string, number[]>()

  const prune = (now: number) => {
    for (const [key, times] of hits) {
      if (times[times.length - 1]! <= now - windowMs) hits.delete(key)
    }
    while (hits.size > maxKeys) hits.delete(hits.keys().next().value as string)
  }

  return {
    hit(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs)
      hits.delete(key)
      if (recent.length >= limit) {
        hits.set(key, recent)
        return { allowed: false, remaining: 0, retryAfterMs: recent[0]! + windowMs - now }
      }
      recent.push(now)
      hits.set(key, recent)
      if (hits.size > maxKeys) prune(now)
      return { allowed: true, remaining: limit - recent.length, retryAfterMs: 0 }
    },
    reset() {
      hits.clear()
    },
    get size() {
      return hits.size
    },
  }
}

/**
 * The client address for rate limiting. Uses the right-most `X-Forwarded-For` entry — the one
 * appended by the nearest proxy (Next.js or the province's reverse proxy), which a client cannot
 * forge by sending its own header — then `X-Real-IP`.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get('x-forwarded-for')
  if (forwarded) {
    const parts = forwarded.split(',').map((p) => p.trim()).filter(Boolean)
    if (parts.length) return parts[parts.length - 1]!
  }
  return headers.get('x-real-ip')?.trim() || 'unknown'
}
