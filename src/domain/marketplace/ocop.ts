/**
 * OCOP ("One Commune One Product") ratings: 1 to 5 stars; 3–4 stars are awarded by the province,
 * 5 stars at national level. A certificate may carry an expiry date; once it has passed, the
 * product no longer shows its stars (the rating lapses until it is re-assessed).
 */
export const OCOP_STARS = [1, 2, 3, 4, 5] as const
export type OcopStars = (typeof OCOP_STARS)[number]

export function isOcopStars(value: unknown): value is OcopStars {
  return typeof value === 'number' && (OCOP_STARS as readonly number[]).includes(value)
}

export interface OcopCertificate {
  stars?: unknown
  certificateNumber?: string | null
  year?: number | null
  /** ISO date (or Date) after which the certificate is no longer valid; none = no expiry. */
  expiresOn?: string | Date | null
}

/** The level that awards a rating: 5 stars national, fewer provincial. */
export function ocopLevel(stars: OcopStars): 'national' | 'provincial' {
  return stars === 5 ? 'national' : 'provincial'
}

function toDate(value: string | Date): Date | null {
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/**
 * The stars a product shows on `today`: its rating when it has a certificate number and the
 * certificate has not expired (valid through its expiry day, compared by calendar day in
 * Vietnam's time zone, UTC+7), otherwise null. A malformed expiry counts as expired.
 */
export function shownOcopStars(cert: OcopCertificate | null | undefined, today: Date): OcopStars | null {
  if (!cert || !isOcopStars(cert.stars)) return null
  if (!cert.certificateNumber || !cert.certificateNumber.trim()) return null
  if (cert.expiresOn === null || cert.expiresOn === undefined || cert.expiresOn === '') return cert.stars
  const expires = toDate(cert.expiresOn)
  if (!expires) return null
  return vietnamDay(today) <= vietnamDay(expires) ? cert.stars : null
}

const VN_OFFSET_MS = 7 * 60 * 60 * 1000
/** YYYY-MM-DD of an instant in Vietnam (UTC+7, no daylight saving). */
export function vietnamDay(d: Date): string {
  return new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether a certificate year is plausible: the OCOP programme began in 2018. */
export function isCertificateYear(value: unknown, today: Date): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2018 && value <= today.getUTCFullYear() + 1
}
