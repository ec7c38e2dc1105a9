import { describe, expect, it } from 'vitest'
import { dummyFactorHash, generateToken, hashFactor, hashToken, verifyFactor } from './secrets'

describe('factor and token hashes', () => {
  it('verifies the right factor only, bound to the dossier code and the secret', () => {
    const stored = hashFactor('s', 'H29-0001', '5678')
    expect(verifyFactor('s', 'H29-0001', stored, '5678')).toBe(true)
    expect(verifyFactor('s', 'H29-0001', stored, '5679')).toBe(false)
    expect(verifyFactor('s', 'H29-0002', stored, '5678')).toBe(false)
    expect(verifyFactor('t', 'H29-0001', stored, '5678')).toBe(false)
    expect(verifyFactor('s', 'H29-0001', dummyFactorHash('s'), '5678')).toBe(false)
    expect(verifyFactor('s', 'H29-0001', 'zz', '5678')).toBe(false)
  })
  it('issues long random tokens and stores only their hash', () => {
    const a = generateToken()
    expect(a).toMatch(/^htdv_[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(generateToken())
    expect(hashToken(a)).toHaveLength(64)
    expect(hashToken(a)).not.toContain(a.slice(5, 15))
  })
})
