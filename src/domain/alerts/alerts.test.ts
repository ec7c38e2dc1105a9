import { describe, expect, it } from 'vitest'
import { alertsForPage, isActive, isSafeAlertLink, nextBoundary, secondsUntilChange, windowProblem, type AlertWindow } from './alerts'

const A = (id: number, severity: AlertWindow['severity'], startsAt: string, expiresAt: string, agency: number | null = null): AlertWindow => ({ id, severity, startsAt, expiresAt, agency })
const now = new Date('2026-10-10T06:00:00Z')

describe('isActive', () => {
  it.each([
    ['started, not expired', '2026-10-10T05:00:00Z', '2026-10-10T07:00:00Z', true],
    ['starts exactly now', '2026-10-10T06:00:00Z', '2026-10-10T07:00:00Z', true],
    ['expires exactly now', '2026-10-10T05:00:00Z', '2026-10-10T06:00:00Z', false],
    ['not started', '2026-10-10T06:00:01Z', '2026-10-10T07:00:00Z', false],
    ['expired', '2026-10-09T05:00:00Z', '2026-10-09T07:00:00Z', false],
    ['bad date', 'x', '2026-10-10T07:00:00Z', false],
  ])('%s', (_, s, e, expected) => expect(isActive({ startsAt: s, expiresAt: e }, now)).toBe(expected))
})

describe('alertsForPage', () => {
  const alerts = [
    A(1, 'info', '2026-10-10T01:00:00Z', '2026-10-11T00:00:00Z'),
    A(2, 'danger', '2026-10-10T00:00:00Z', '2026-10-11T00:00:00Z'),
    A(3, 'warning', '2026-10-10T02:00:00Z', '2026-10-11T00:00:00Z', 7),
    A(4, 'danger', '2026-10-09T00:00:00Z', '2026-10-10T05:59:59Z'),
    A(5, 'danger', '2026-10-10T07:00:00Z', '2026-10-11T00:00:00Z'),
  ]
  it('a province page shows the active province-wide alerts, most severe first', () => expect(alertsForPage(alerts, now, null).map((a) => a.id)).toEqual([2, 1]))
  it("an agency's page adds that agency's alerts", () => expect(alertsForPage(alerts, now, 7).map((a) => a.id)).toEqual([2, 3, 1]))
  it("another agency's page does not show them", () => expect(alertsForPage(alerts, now, '8').map((a) => a.id)).toEqual([2, 1]))
})

describe('nextBoundary / secondsUntilChange', () => {
  const alerts = [A(1, 'info', '2026-10-10T05:00:00Z', '2026-10-10T06:10:00Z'), A(2, 'info', '2026-10-10T06:02:30Z', '2026-10-12T00:00:00Z')]
  it('is the nearest future start or expiry', () => expect(nextBoundary(alerts, now)?.toISOString()).toBe('2026-10-10T06:02:30.000Z'))
  it('null without future edges', () => expect(nextBoundary([A(1, 'info', '2026-10-09T00:00:00Z', '2026-10-10T00:00:00Z')], now)).toBeNull())
  it.each([
    ['until the next start', alerts, 3600, 150],
    ['capped by the page lifetime', [A(1, 'info', '2026-10-09T00:00:00Z', '2026-10-12T00:00:00Z')], 3600, 3600],
    ['no alerts: the page lifetime', [], 3600, 3600],
    ['at least one second', [A(1, 'info', '2026-10-09T00:00:00Z', '2026-10-10T06:00:00.200Z')], 3600, 1],
  ])('%s', (_, list, max, expected) => expect(secondsUntilChange(list, now, max)).toBe(expected))
})

describe('windowProblem', () => {
  it.each([
    ['2026-10-10T00:00:00Z', '2026-10-11T00:00:00Z', null],
    ['2026-10-10T00:00:00Z', '2026-10-10T00:00:00Z', 'expiryBeforeStart'],
    ['2026-10-11T00:00:00Z', '2026-10-10T00:00:00Z', 'expiryBeforeStart'],
    [null, '2026-10-10T00:00:00Z', 'missing'],
  ])('%s → %s', (s, e, expected) => expect(windowProblem(s, e)).toBe(expected))
})

describe('isSafeAlertLink', () => {
  it.each([
    ['/vi/tin-tuc/bao-so-5', true],
    ['https://nchmf.gov.vn/bao', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['//evil.example', false],
    ['/a b', false],
    ['tin-tuc', false],
  ])('%s → %s', (link, expected) => expect(isSafeAlertLink(link)).toBe(expected))
})
