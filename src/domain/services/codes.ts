/**
 * National procedure codes (mã thủ tục hành chính of the national database), e.g. `1.001234`.
 * People type them every way: `1.001234`, `1001234`, `1 001 234`, `1,001234`. One canonical form
 * (`d.dddddd`) is stored and shown; the digits alone (`1001234`) are what search matches.
 */
const CANONICAL = /^\d\.\d{6}$/

/** `1.001234` for any spelling of a 7-digit national code; null when it is not one. */
export function normaliseProcedureCode(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null
  const digits = String(input).replace(/[\s.,_\-\u00a0]/g, '')
  if (!/^\d{7}$/.test(digits)) return null
  return `${digits.slice(0, 1)}.${digits.slice(1)}`
}

export function isCanonicalProcedureCode(s: unknown): s is string {
  return typeof s === 'string' && CANONICAL.test(s)
}

/** The digits of a code (`1001234`): the search key that any typed spelling reduces to. */
export function procedureCodeDigits(code: string): string {
  return code.replace(/\D/g, '')
}

/**
 * Code-looking tokens in a free-text query (`thủ tục 1.001234` → [`1.001234`]), so the search can
 * add the digits-only key for them.
 */
export function procedureCodesIn(query: string): string[] {
  const found = new Set<string>()
  for (const m of query.matchAll(/\d[\d\s.,]{5,10}\d/g)) {
    const code = normaliseProcedureCode(m[0])
    if (code) found.add(code)
  }
  return [...found]
}

/**
 * Dossier codes (mã hồ sơ) come from the one-stop system: letters, digits, dots, dashes and
 * slashes, case-insensitive. Canonical: trimmed, inner spaces removed, upper case.
 */
export function normaliseDossierCode(input: unknown): string | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null
  const s = String(input).replace(/\s+/g, '').toUpperCase()
  if (s.length < 4 || s.length > 40 || !/^[A-Z0-9][A-Z0-9.\-/_]*$/.test(s)) return null
  return s
}
