import { describe, expect, it } from 'vitest'
import { calendarFromEntries } from './merge'

describe('calendarFromEntries', () => {
  it('keeps the built-in holidays when the admin entered nothing', () => {
    const cal = calendarFromEntries([])
    expect(cal.isWorkingDay('2018-02-16')).toBe(false) // Tết 2018
    expect(cal.isWorkingDay('2018-02-21')).toBe(true)
  })

  it('adds a decreed day off, a make-up Saturday and cancels a provisional default', () => {
    const cal = calendarFromEntries([
      { date: '2030-06-03T17:00:00.000Z', kind: 'holiday' }, // picked as 04/06/2030 in Hà Tĩnh
      { date: '2030-06-08', kind: 'working-day' },
      { date: '2018-02-20', kind: 'not-a-holiday' },
      { date: null, kind: 'holiday' },
    ])
    expect(cal.isWorkingDay('2030-06-04')).toBe(false)
    expect(cal.isWorkingDay('2030-06-03')).toBe(true)
    expect(cal.isWorkingDay('2030-06-08')).toBe(true) // a Saturday
    expect(cal.isWorkingDay('2018-02-20')).toBe(true)
  })
})
