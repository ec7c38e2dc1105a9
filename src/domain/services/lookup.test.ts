import { describe, expect, it, vi } from 'vitest'
import { decideLookup, validateLookup } from './lookup'

// A stand-in hash for the test (the real one is an HMAC in src/lib/dossiers).
const hash = (factor: string) => `h:${factor}`
const verify = (stored: string, factor: string) => stored === hash(factor)
const DUMMY = 'h:dummy'

describe('decideLookup', () => {
  const stored = { dossier: { code: 'H29-0001' }, factorHash: hash('5678') }

  it('finds the dossier with the right factor', () => {
    expect(decideLookup(stored, '5678', verify, DUMMY)).toEqual({ kind: 'found', dossier: { code: 'H29-0001' } })
    expect(decideLookup(stored, ' 56 78 ', verify, DUMMY)).toMatchObject({ kind: 'found' })
  })

  it('answers a wrong factor and an unknown code identically', () => {
    const wrong = decideLookup(stored, '0000', verify, DUMMY)
    const unknown = decideLookup(null, '5678', verify, DUMMY)
    const noFactor = decideLookup({ dossier: stored.dossier, factorHash: null }, 'dummy', verify, DUMMY)
    expect(wrong).toEqual({ kind: 'no-match' })
    expect(unknown).toEqual(wrong)
    expect(noFactor).toEqual(wrong)
    expect(JSON.stringify(unknown)).toBe(JSON.stringify(wrong))
  })

  it('checks a hash exactly once in every case (same work for known and unknown codes)', () => {
    for (const candidate of [stored, null, { dossier: stored.dossier, factorHash: null }]) {
      const spy = vi.fn(verify)
      decideLookup(candidate, '1111', spy, DUMMY)
      expect(spy).toHaveBeenCalledTimes(1)
    }
  })
})

describe('validateLookup', () => {
  it.each([
    [{ code: '', factor: '' }, ['codeRequired', 'factorRequired']],
    [{ code: '<x>', factor: '12' }, ['codeInvalid', 'factorInvalid']],
    [{ code: 'H29-0001', factor: '5678' }, []],
  ])('%j → %j', (values, codes) => expect(validateLookup(values).map((e) => e.code)).toEqual(codes))
})
