import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { getT } from '@/i18n'
import { publicWrite, refusalMessage, retryIn } from './index'

describe('retryIn / refusalMessage', () => {
  it.each([
    ['en', 1, '1 second'],
    ['en', 40_000, '40 seconds'],
    ['en', 59_001, '1 minute'],
    ['en', 60_001, '2 minutes'],
    ['en', 3_540_000, '59 minutes'],
    ['vi', 30_000, '30 giây'],
    ['vi', 600_000, '10 phút'],
  ] as const)('%s %i ms → %s', (locale, ms, text) => {
    expect(retryIn(getT(locale), ms)).toBe(text)
  })

  it('says nothing was lost and when to retry, per reason and language', () => {
    expect(refusalMessage(getT('en'), { kind: 'refused', reason: 'rate-limited', retryAfterMs: 300_000 })).toMatch(/kept below\. Please try again in 5 minutes\.$/)
    expect(refusalMessage(getT('vi'), { kind: 'refused', reason: 'busy', retryAfterMs: 20_000 })).toMatch(/^Hệ thống đang bận, vui lòng thử lại sau 20 giây: .*không bị mất.*giữ nguyên bên dưới\.$/)
  })
})

describe('publicWrite', () => {
  // Never reached: the honeypot and validation answer before the target, the limiter or the write.
  const payload = {} as Payload
  const spec = {
    policy: 'enquiry' as const,
    address: 'direct',
    values: { email: '' },
    target: async () => {
      throw new Error('not reached')
    },
    subjects: () => ({}),
    write: async () => {
      throw new Error('not reached')
    },
  }
  it('a filled honeypot is answered as spam, before validation', async () => {
    expect(await publicWrite(payload, { ...spec, honeypot: 'http://spam', validate: () => ['bad'] })).toEqual({ kind: 'spam' })
  })
  it('invalid input comes back with its errors, costing no try', async () => {
    expect(await publicWrite(payload, { ...spec, honeypot: '', validate: () => ['emailInvalid'] })).toEqual({ kind: 'invalid', errors: ['emailInvalid'] })
  })
  it('a target that is gone is not-found, before the limiter counts', async () => {
    expect(await publicWrite(payload, { ...spec, honeypot: '', validate: () => [], target: async () => null })).toEqual({ kind: 'not-found' })
  })
})
