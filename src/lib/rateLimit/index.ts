import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { POLICIES, scaledPoints, type Policy, type PolicyName, type Rule, type Subject } from './policies'
import { limiterFactory } from './store'

export { POLICIES, type Policy, type PolicyName, type Rule, type Subject } from './policies'

/**
 * The one rate limiter of the portal: every public write and look-up asks it, with the client
 * address from `@/lib/clientAddress` and the targets the policy counts by. Counts are shared by
 * every app process (see ./store.ts); keys are HMACs of the subjects (the table holds no
 * addresses or e-mails).
 */
export type Subjects = Partial<Record<Subject, string | number | null | undefined>>

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number }

const cache = new WeakMap<Payload, Map<string, RateLimiterAbstract>>()

function resolvePolicy(policy: PolicyName | Policy): Policy {
  return typeof policy === 'string' ? POLICIES[policy] : policy
}

/** The rules that apply (every subject they count by is known) with their limiter and key. */
async function applicable(payload: Payload, policy: Policy, subjects: Subjects) {
  const factory = await limiterFactory(payload)
  let limiters = cache.get(payload)
  if (!limiters) cache.set(payload, (limiters = new Map()))
  const out: { rule: Rule; limiter: RateLimiterAbstract; key: string }[] = []
  for (const rule of policy.rules) {
    const values = rule.by.map((s) => normalise(s, subjects[s]))
    if (values.some((v) => v === null)) continue
    const points = scaledPoints(rule)
    const keyPrefix = `${policy.name}:${rule.by.join('+')}`
    const id = `${keyPrefix}:${points}:${rule.duration}:${rule.blockDuration ?? 0}`
    let limiter = limiters.get(id)
    if (!limiter) limiters.set(id, (limiter = factory({ keyPrefix, points, duration: rule.duration, blockDuration: rule.blockDuration })))
    out.push({ rule, limiter, key: createHmac('sha256', payload.secret).update(values.join('\u0000')).digest('base64url').slice(0, 32) })
  }
  return out
}

function normalise(subject: Subject, value: Subjects[Subject]): string | null {
  if (value === null || value === undefined) return null
  const s = String(value).trim()
  if (!s) return null
  return subject === 'email' || subject === 'account' ? s.toLowerCase() : s
}

/**
 * Counts one hit against every applicable rule of the policy. Refused when any rule is over its
 * limit; `retryAfterMs` is then the longest wait among the refusing rules.
 */
export async function hit(payload: Payload, policy: PolicyName | Policy, subjects: Subjects): Promise<LimitVerdict> {
  const rules = await applicable(payload, resolvePolicy(policy), subjects)
  const results = await Promise.allSettled(rules.map(({ limiter, key }) => limiter.consume(key)))
  let retryAfterMs = -1
  for (const r of results) {
    if (r.status === 'fulfilled') continue
    if (r.reason instanceof RateLimiterRes) retryAfterMs = Math.max(retryAfterMs, r.reason.msBeforeNext, 1000)
    else throw r.reason
  }
  return retryAfterMs < 0 ? { allowed: true } : { allowed: false, retryAfterMs }
}

/** After a successful outcome: applies each rule's `onSuccess` (reset or refund its count). */
export async function forgive(payload: Payload, policy: PolicyName | Policy, subjects: Subjects): Promise<void> {
  const rules = await applicable(payload, resolvePolicy(policy), subjects)
  await Promise.all(
    rules.map(({ rule, limiter, key }) => {
      if (rule.onSuccess === 'reset') return limiter.delete(key)
      if (rule.onSuccess === 'refund') return limiter.reward(key, 1)
      return undefined
    }),
  )
}

/** Whole seconds for a `Retry-After` header (at least 1). */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000))
}
