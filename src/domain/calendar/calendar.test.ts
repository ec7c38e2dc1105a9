import { describe, expect, it } from 'vitest'
import {
  VN_HOLIDAYS,
  VN_MAKEUP_WORKING_DAYS,
  addDays,
  compareISO,
  createCalendar,
  diffDays,
  extendDefaults,
  isISODate,
  isWeekend,
  isoWeekday,
  parseISODate,
  toISODate,
  vnCalendar,
} from './index'

const cal = createCalendar()

describe('date helpers', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-04-31', false],
    ['0000-01-01', false],
    [20250101, false],
  ])('isISODate(%j) → %s', (s, ok) => expect(isISODate(s)).toBe(ok))

  it('parseISODate gives UTC midnight and rejects invalid input', () => {
    expect(parseISODate('2025-01-29').toISOString()).toBe('2025-01-29T00:00:00.000Z')
    expect(parseISODate('0050-03-01').getUTCFullYear()).toBe(50)
    expect(() => parseISODate('2025-02-30')).toThrow(RangeError)
  })

  it.each([
    [new Date('2025-01-31T17:30:00Z'), 'Asia/Ho_Chi_Minh', '2025-02-01'],
    [new Date('2025-01-31T16:59:59Z'), 'Asia/Ho_Chi_Minh', '2025-01-31'],
    [new Date('2025-01-31T17:30:00Z'), 'UTC', '2025-01-31'],
    [new Date('2025-12-31T17:00:00Z'), 'Asia/Ho_Chi_Minh', '2026-01-01'],
  ])('toISODate(%s, %s) → %s', (d, tz, iso) => expect(toISODate(d, tz)).toBe(iso))

  it.each([
    ['2025-03-01', '2025-02-28', 1],
    ['2024-03-01', '2024-02-28', 2],
    ['2025-01-01', '2024-12-31', 1],
    ['2024-12-31', '2025-01-01', -1],
    ['2026-01-01', '2025-01-01', 365],
    ['2025-03-30', '2025-03-29', 1], // European DST day: no effect
  ])('diffDays(%s, %s) = %d', (a, b, n) => expect(diffDays(a, b)).toBe(n))

  it.each([
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-01-25', 30, '2025-02-24'],
  ])('addDays(%s, %d) = %s', (d, n, out) => expect(addDays(d, n)).toBe(out))

  it('compareISO / weekday helpers', () => {
    expect(compareISO('2025-01-01', '2025-01-02')).toBe(-1)
    expect(compareISO('2025-01-02', '2025-01-02')).toBe(0)
    expect(compareISO('2025-10-02', '2025-09-30')).toBe(1)
    expect(() => compareISO('2025-1-2', '2025-01-02')).toThrow(RangeError)
    expect(isoWeekday('2025-01-29')).toBe(3) // Wednesday (Tết Ất Tỵ)
    expect(isoWeekday('2026-02-22')).toBe(7)
    expect(isWeekend('2026-02-21')).toBe(true)
    expect(isWeekend('2026-02-20')).toBe(false)
  })
})

describe('isWorkingDay', () => {
  it.each([
    // Tết 2025: off Sat 25/01 – Sun 02/02
    ['2025-01-24', true],
    ['2025-01-25', false],
    ['2025-01-27', false],
    ['2025-01-29', false],
    ['2025-01-31', false],
    ['2025-02-02', false],
    ['2025-02-03', true],
    // Tết 2026: off Sat 14/02 – Sun 22/02
    ['2026-02-13', true],
    ['2026-02-16', false],
    ['2026-02-17', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    // Tết 2024: off 08–14/02
    ['2024-02-07', true],
    ['2024-02-08', false],
    ['2024-02-14', false],
    ['2024-02-15', true],
    // 30/4–1/5 2025 with swap: Fri 02/05 off, Sat 26/04 worked
    ['2025-04-26', true],
    ['2025-04-29', true],
    ['2025-04-30', false],
    ['2025-05-01', false],
    ['2025-05-02', false],
    ['2025-05-05', true],
    // Sunday compensation
    ['2023-01-01', false], // Sunday holiday
    ['2023-01-02', false], // Monday in lieu
    ['2026-04-26', false], // Hùng Kings on Sunday
    ['2026-04-27', false], // Monday in lieu
    ['2022-01-03', false], // 1/1/2022 Saturday → Monday in lieu
    // 2/9 + adjacent day (from 2021)
    ['2025-09-01', false],
    ['2025-09-02', false],
    ['2025-09-03', true],
    ['2020-09-01', true], // before 2021 only 2/9
    // ordinary days
    ['2025-06-04', true],
    ['2025-06-07', false],
    ['2025-06-08', false],
    // New Year 2026 swap
    ['2026-01-02', false],
    ['2026-01-10', true],
  ])('%s → %s', (d, working) => expect(cal.isWorkingDay(d)).toBe(working))

  it('rejects invalid dates', () => {
    expect(() => cal.isWorkingDay('2025-02-30')).toThrow(RangeError)
  })
})

describe('addWorkingDays', () => {
  it.each([
    ['2025-01-24', 0, '2025-01-24'],
    ['2025-01-25', 0, '2025-01-25'], // n = 0 never moves
    ['2025-01-24', 1, '2025-02-03'], // across Tết 2025
    ['2025-01-23', 2, '2025-02-03'],
    ['2025-01-24', 5, '2025-02-07'],
    ['2026-02-12', 1, '2026-02-13'],
    ['2026-02-12', 5, '2026-02-26'], // across Tết 2026
    ['2026-02-13', 1, '2026-02-23'],
    ['2025-04-25', 1, '2025-04-26'], // make-up Saturday counts
    ['2025-04-25', 3, '2025-04-29'],
    ['2025-04-29', 1, '2025-05-05'], // 30/4–4/5 cluster
    ['2024-04-26', 1, '2024-05-02'], // 27/4–1/5/2024
    ['2025-12-31', 1, '2026-01-05'], // year boundary + swapped 02/01
    ['2022-12-30', 1, '2023-01-03'], // year boundary + Sunday compensation
    ['2025-06-06', 1, '2025-06-09'], // plain weekend
    ['2025-06-06', 5, '2025-06-13'],
    ['2025-02-03', -1, '2025-01-24'], // negative n goes backwards
    ['2025-05-05', -2, '2025-04-28'],
  ])('addWorkingDays(%s, %d) = %s', (d, n, out) => expect(cal.addWorkingDays(d, n)).toBe(out))

  it('rejects non-integer n', () => {
    expect(() => cal.addWorkingDays('2025-01-01', 1.5)).toThrow(RangeError)
  })
})

describe('workingDaysBetween (from, to]', () => {
  it.each([
    ['2025-01-24', '2025-02-03', 1],
    ['2025-01-24', '2025-02-02', 0],
    ['2025-01-01', '2025-01-31', 17], // 2+5+5+5 before Tết, 0 during
    ['2025-12-31', '2026-01-10', 6], // 05–09/01 + make-up Saturday 10/01
    ['2025-06-02', '2025-06-02', 0],
    ['2025-02-03', '2025-01-24', -1],
    ['2025-04-25', '2025-05-05', 4], // 26/04 (Sat, worked), 28, 29, 05/05
  ])('workingDaysBetween(%s, %s) = %d', (a, b, n) => expect(cal.workingDaysBetween(a, b)).toBe(n))

  it('is consistent with addWorkingDays', () => {
    for (const [d, n] of [
      ['2025-01-20', 7],
      ['2026-02-10', 9],
      ['2024-12-27', 4],
      ['2019-04-26', 3],
    ] as const) {
      expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n)
    }
  })
})

describe('options', () => {
  it('an empty holiday list makes Tết a working week', () => {
    const bare = createCalendar({ holidays: [], extraWorkingDays: [] })
    expect(bare.isWorkingDay('2025-01-29')).toBe(true)
    expect(bare.isWorkingDay('2025-04-26')).toBe(false)
    expect(bare.isHoliday('2025-01-29')).toBe(false)
  })

  it('admin dates extend the defaults', () => {
    const custom = createCalendar(
      extendDefaults({
        holidays: [{ date: '2025-06-10' }],
        extraWorkingDays: ['2025-06-14'],
        removedHolidays: ['2027-09-03'],
      }),
    )
    expect(custom.isWorkingDay('2025-06-10')).toBe(false)
    expect(custom.isHoliday('2025-06-10')).toBe(true)
    expect(custom.isWorkingDay('2025-06-14')).toBe(true)
    expect(custom.isWorkingDay('2025-01-29')).toBe(false) // defaults kept
    expect(custom.isWorkingDay('2027-09-03')).toBe(true) // provisional date removed
    expect(cal.isWorkingDay('2027-09-03')).toBe(false)
  })

  it('rejects malformed admin dates', () => {
    expect(() => createCalendar({ holidays: [{ date: '10/06/2025' }] })).toThrow(RangeError)
  })

  it('vnCalendar is the default calendar', () => {
    expect(vnCalendar().isWorkingDay('2026-02-18')).toBe(false)
    expect(vnCalendar()).toBe(vnCalendar())
  })
})

describe('VN_HOLIDAYS data', () => {
  it('is valid, sorted and unique', () => {
    const dates = VN_HOLIDAYS.map((h) => h.date)
    expect(dates.every(isISODate)).toBe(true)
    expect([...dates].sort()).toEqual(dates)
    expect(new Set(dates).size).toBe(dates.length)
    expect(VN_HOLIDAYS.every((h) => h.name.vi.length > 0 && h.name.en.length > 0)).toBe(true)
  })

  // Tết (mùng 1) per the Vietnamese lunar calendar (UTC+7).
  it.each([
    [2016, '2016-02-08', '2016-04-16'],
    [2017, '2017-01-28', '2017-04-06'],
    [2018, '2018-02-16', '2018-04-25'],
    [2019, '2019-02-05', '2019-04-14'],
    [2020, '2020-01-25', '2020-04-02'],
    [2021, '2021-02-12', '2021-04-21'],
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
  ])('%d: every statutory holiday is present', (year, tet, hung) => {
    const has = (d: string) => VN_HOLIDAYS.some((h) => h.date === d)
    const eve = addDays(tet, -1)
    for (let i = 0; i < 5; i++) expect(has(addDays(eve, i)), `Tết day ${i}`).toBe(true)
    expect(has(hung)).toBe(true)
    for (const md of ['01-01', '04-30', '05-01', '09-02']) expect(has(`${year}-${md}`), md).toBe(true)
    const national = VN_HOLIDAYS.filter(
      (h) => h.kind === 'national-day' && !h.substitute && h.date.startsWith(`${year}-`),
    )
    expect(national).toHaveLength(year >= 2021 ? 2 : 1)
    // Tết gives 5 weekday days off — never fewer (weekend Tết days are compensated)
    const tetWeekdays = VN_HOLIDAYS.filter(
      (h) => h.kind === 'tet' && h.date.startsWith(`${year}-`) && !isWeekend(h.date),
    )
    expect(tetWeekdays.length).toBeGreaterThanOrEqual(5)
  })

  it('every weekend holiday is compensated by a weekday off', () => {
    // For each non-Tết holiday on a weekend, the count of weekday days off of that year
    // must be at least the number of statutory days (checked per kind-group in a year).
    for (let year = 2016; year <= 2028; year++) {
      const inYear = VN_HOLIDAYS.filter((h) => h.kind !== 'tet' && h.date.startsWith(`${year}-`))
      const statutory = inYear.filter((h) => !h.substitute).length
      // 2018-12-31 belongs to New Year 2019 (a swap) — exclude cross-year swaps from the count
      const weekdaysOff = inYear.filter((h) => !isWeekend(h.date) && h.date !== '2018-12-31').length
      expect(weekdaysOff, String(year)).toBeGreaterThanOrEqual(statutory)
    }
  })

  it('make-up working days are Saturdays and not holidays', () => {
    for (const m of VN_MAKEUP_WORKING_DAYS) {
      expect(isoWeekday(m.date)).toBe(6)
      expect(cal.isHoliday(m.date)).toBe(false)
      expect(cal.isWorkingDay(m.date)).toBe(true)
    }
  })
})
