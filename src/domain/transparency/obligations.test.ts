import { describe, expect, it } from 'vitest'
import { obligationsStart } from './obligations'

describe('obligationsStart', () => {
  const cases: [string, string | null | undefined, string[], string | undefined][] = [
    ['no override: the first published item', null, ['2025-03-01', '2024-11-20', '2026-01-05'], '2024-11-20'],
    ['an override wins over the first item', '2026-01-01', ['2024-11-20'], '2026-01-01'],
    ['an override earlier than every item still wins', '2023-01-01', ['2024-11-20'], '2023-01-01'],
    ['an override stored as a date-time (Payload date field)', '2026-01-01T05:00:00.000Z', ['2024-11-20'], '2026-01-01'],
    ['a date-time is read as the day in Hà Tĩnh (midnight UTC+7)', '2025-12-31T17:00:00.000Z', ['2024-11-20'], '2026-01-01'],
    ['an invalid override is ignored', 'not a date', ['2024-11-20'], '2024-11-20'],
    ['an empty override is ignored', '', ['2024-11-20'], '2024-11-20'],
    ['nothing known', undefined, [], undefined],
    ['an override with no items', '2025-07-01', [], '2025-07-01'],
  ]
  it.each(cases)('%s', (_name, override, days, expected) => {
    expect(obligationsStart(override, days)).toBe(expected)
  })
})
