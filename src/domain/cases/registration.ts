/**
 * Business registration number ("mã số doanh nghiệp", which is also the tax code): 10 digits, and a
 * dependent unit (branch, representative office) adds a 3-digit suffix: 0101234567-001.
 * Accepts spaces typed around the dash; returns the normalized form or null.
 */
export function normalizeRegistrationNumber(input: string): string | null {
  const s = input.replace(/\s+/g, '')
  const m = /^(\d{10})(?:-(\d{3}))?$/.exec(s)
  if (!m) return null
  return m[2] ? `${m[1]}-${m[2]}` : m[1]!
}
