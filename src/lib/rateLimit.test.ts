import { describe, expect, it } from 'vitest'
import { clientAddress, createRateLimiter } from './rateLimit'

describe('createRateLimiter', () => {
  it('allows `limit` attempts per window, then refuses with the wait time', () => {
    const rl = createRateLimiter({ limit: 3, windowMs: 60_000 })
    expect(rl.hit('a', 0)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 })
    expect(rl.hit('a', 1_000).allowed).toBe(true)
    expect(rl.hit('a', 2_000)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 })
    expect(rl.hit('a', 3_000)).toEqual({ allowed: false, remaining: 0, retryAfterMs: 57_000 })
  })

  it('keys are independent', () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 1_000 })
    expect(rl.hit('a', 0).allowed).toBe(true)
    expect(rl.hit('b', 0).allowed).toBe(true)
    expect(rl.hit('a', 10).allowed).toBe(false)
  })

  it('the window slides: old attempts stop counting', () => {
    const rl = createRateLimiter({ limit: 2, windowMs: 1_000 })
    rl.hit('a', 0)
    rl.hit('a', 500)
    expect(rl.hit('a', 999).allowed).toBe(false)
    expect(rl.hit('a', 1_000).allowed).toBe(true) // the attempt at 0 has left the window
    expect(rl.hit('a', 1_200).allowed).toBe(false)
  })

  it('refused attempts do not extend the block', () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 1_000 })
    rl.hit('a', 0)
    for (let t = 100; t < 1_000; t += 100) expect(rl.hit('a', t).allowed).toBe(false)
    expect(rl.hit('a', 1_000).allowed).toBe(true)
  })

  it('bounds memory: expired keys are pruned, then the least recently seen dropped', () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 1_000, maxKeys: 3 })
    rl.hit('old1', 0)
    rl.hit('old2', 0)
    rl.hit('x', 5_000)
    rl.hit('y', 5_001)
    expect(rl.size).toBe(2) // old1, old2 expired and pruned
    rl.hit('z', 5_002)
    rl.hit('w', 5_003)
    expect(rl.size).toBe(3)
    // x was least recently seen and dropped, so it is allowed again
    expect(rl.hit('x', 5_004).allowed).toBe(true)
  })

  it('rejects nonsense options', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1 })).toThrow(RangeError)
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError)
  })
})

describe('clientAddress', () => {
  const h = (o: Record<string, string>) => new Headers(o)
  it('takes the right-most X-Forwarded-For entry (the one the nearest proxy appended)', () => {
    expect(clientAddress(h({ 'x-forwarded-for': '1.1.1.1, 10.0.0.5' }))).toBe('10.0.0.5')
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9')
  })
  it('falls back to X-Real-IP, then "unknown"', () => {
    expect(clientAddress(h({ 'x-real-ip': '203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientAddress(h({}))).toBe('unknown')
  })
})
