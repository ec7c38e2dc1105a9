/**
 * Tracking codes (told to the asker, quoted on the phone, safe to show in public registers) and
 * follow tokens (the secret part of the private follow link). Randomness is injected so the rules
 * are testable; the server passes `crypto.getRandomValues`.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ' // no 0/O, 1/I/L

export function trackingCode(prefix: 'HD' | 'TT', year: number, random: (n: number) => Uint8Array): string {
  const bytes = random(6)
  const body = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')
  return `${prefix}-${year}-${body}`
}

export const TRACKING_CODE = /^(HD|TT)-\d{4}-[2-9A-HJKMNP-Z]{6}$/

/** Normalizes what a person types ("hd 2026 ab3k9x") into the stored form, or null. */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '')
  const m = /^(HD|TT)(\d{4})([0-9A-Z]{6})$/.exec(compact)
  if (!m) return null
  const code = `${m[1]}-${m[2]}-${m[3]}`
  return TRACKING_CODE.test(code) ? code : null
}

/** 48 hex characters from 24 random bytes (192 bits: not guessable). */
export function followToken(random: (n: number) => Uint8Array): string {
  const bytes = random(24)
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}
