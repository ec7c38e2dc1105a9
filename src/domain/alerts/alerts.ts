/**
 * Alert banners (storm warnings, outages, deadlines): which alerts a page shows at a moment, and
 * how long a cached page may keep what it shows before an alert starts or expires.
 * Pure: no Payload, Next or React.
 */

export const ALERT_SEVERITIES = ['info', 'warning', 'danger'] as const
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number]

type ID = number | string

export interface AlertWindow {
  id: ID
  severity: AlertSeverity
  /** ISO instant; the alert is shown from this moment. */
  startsAt: string
  /** ISO instant; the alert is no longer shown from this moment. */
  expiresAt: string
  /** Empty = province-wide (every page); otherwise the agency's pages only. */
  agency: ID | null
}

const RANK: Record<AlertSeverity, number> = { danger: 0, warning: 1, info: 2 }

const ms = (iso: string): number => {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? NaN : t
}

/** Shown at `now`: started (start ≤ now) and not yet expired (now < expiry). */
export function isActive(alert: Pick<AlertWindow, 'startsAt' | 'expiresAt'>, now: Date): boolean {
  const start = ms(alert.startsAt)
  const end = ms(alert.expiresAt)
  if (Number.isNaN(start) || Number.isNaN(end)) return false
  const t = now.getTime()
  return start <= t && t < end
}

/**
 * The alerts a page shows: active at `now`, province-wide or of the page's agency (`agency`
 * null = a province page, which shows province-wide alerts only); most severe first, then newest.
 */
export function alertsForPage<A extends AlertWindow>(alerts: readonly A[], now: Date, agency: ID | null): A[] {
  return alerts
    .filter((a) => isActive(a, now) && (a.agency === null || (agency !== null && String(a.agency) === String(agency))))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || ms(b.startsAt) - ms(a.startsAt))
}

/** The next moment after `now` at which some alert starts or expires, or null. */
export function nextBoundary(alerts: readonly Pick<AlertWindow, 'startsAt' | 'expiresAt'>[], now: Date): Date | null {
  const t = now.getTime()
  let next = Infinity
  for (const a of alerts) {
    for (const edge of [ms(a.startsAt), ms(a.expiresAt)]) if (!Number.isNaN(edge) && edge > t && edge < next) next = edge
  }
  return next === Infinity ? null : new Date(next)
}

/**
 * How many seconds a page rendered at `now` may be served from the cache before what it shows of
 * the alerts changes: up to the next start or expiry (rounded up, at least 1), at most `max`.
 */
export function secondsUntilChange(alerts: readonly Pick<AlertWindow, 'startsAt' | 'expiresAt'>[], now: Date, max: number): number {
  const next = nextBoundary(alerts, now)
  if (!next) return max
  return Math.min(max, Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)))
}

/** An alert's window is valid when both ends are dates and the expiry is after the start. */
export function windowProblem(startsAt: string | null | undefined, expiresAt: string | null | undefined): 'missing' | 'expiryBeforeStart' | null {
  if (!startsAt || !expiresAt || Number.isNaN(ms(startsAt)) || Number.isNaN(ms(expiresAt))) return 'missing'
  return ms(expiresAt) > ms(startsAt) ? null : 'expiryBeforeStart'
}

/** Links an alert may carry: a path on this portal, or an https address. Nothing else (no javascript:, no http:). */
export function isSafeAlertLink(link: string): boolean {
  const v = link.trim()
  if (v.startsWith('/')) return !v.startsWith('//') && !/[\s\\]/.test(v)
  try {
    const u = new URL(v)
    return u.protocol === 'https:' && !/\s/.test(v)
  } catch {
    return false
  }
}
