import { describe, expect, it } from 'vitest'
import { calendarDay, secondsUntilNextVietnamMidnight, todayInVietnam } from './dates'

describe('calendarDay', () => {
  const cases: [string | null | undefined, string | undefined][] = [
    ['2016-10-05', '2016-10-05'],
    ['2016-10-05T00:00:00.000Z', '2016-10-05'],
    // Midnight in Hà Tĩnh, as an admin date picker in UTC+7 stores it.
    ['2016-10-04T17:00:00.000Z', '2016-10-05'],
    ['2016-10-04T16:59:59.999Z', '2016-10-04'],
    ['2016-10-05T00:00:00+07:00', '2016-10-05'],
    ['2016-12-31T20:00:00Z', '2017-01-01'],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
    ['not a date', undefined],
  ]
  it.each(cases)('%j → %j', (input, day) => {
    expect(calendarDay(input)).toBe(day)
  })
})

describe('todayInVietnam', () => {
  it('turns over at midnight in Hà Tĩnh, not UTC', () => {
    expect(todayInVietnam(new Date('2026-03-01T16:59:59Z'))).toBe('2026-03-01')
    expect(todayInVietnam(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02')
  })
  it('counts seconds to the next local midnight', () => {
    expect(secondsUntilNextVietnamMidnight(new Date('2026-03-01T16:00:00Z'))).toBe(3600)
    expect(secondsUntilNextVietnamMidnight(new Date('2026-03-01T17:00:00Z'))).toBe(86400)
  })
})
