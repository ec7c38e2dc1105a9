import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Keyed hashes for the dossier look-up factor and the push API's tokens. The factor (four
 * digits) is hashed with the server's secret and the dossier code, so a copy of the database
 * alone cannot test the 10 000 possible values; tokens are long random strings, stored as their
 * SHA-256 only and shown once when issued.
 */
export function hashFactor(secret: string, code: string, factor: string): string {
  return createHmac('sha256', secret).update(`dossier-factor\u0000${code}\u0000${factor}`).digest('hex')
}

/** Constant-time comparison of a stored factor hash with the hash of `factor`. */
export function verifyFactor(secret: string, code: string, stored: string, factor: string): boolean {
  const expected = Buffer.from(hashFactor(secret, code, factor), 'hex')
  const actual = Buffer.from(stored, 'hex')
  if (actual.length !== expected.length) {
    // Same work either way: compare against itself.
    timingSafeEqual(expected, expected)
    return false
  }
  return timingSafeEqual(expected, actual)
}

/** A hash no factor produces (used when no dossier has the code, so the work is the same). */
export function dummyFactorHash(secret: string): string {
  return createHmac('sha256', secret).update('dossier-factor-dummy').digest('hex')
}

export const TOKEN_PREFIX = 'htdv_'

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
