import { describe, expect, it } from 'vitest'
import { createCalendar } from '../calendar'
import {
  BUDGET_DEADLINE_RULES,
  BUDGET_REPORT_FAMILIES,
  budgetDeadline,
  dueDate,
  isBudgetReportFamily,
  periodEnd,
  punctuality,
  type BudgetReportFamily,
  type DeadlineRule,
} from './index'

const cal = createCalendar()

describe('budgetDeadline — per family', () => {
  it.each<[BudgetReportFamily, { issuedOn?: string; fiscalYear?: number }, string | null]>([
    // estimate submitted: 5 working days after the document date
    ['estimate-submitted', { issuedOn: '2025-12-05' }, '2025-12-12'], // plain weekend
    ['estimate-submitted', { issuedOn: '2025-01-22' }, '2025-02-05'], // across Tết 2025
    ['estimate-submitted', { issuedOn: '2026-02-11' }, '2026-02-25'], // across Tết 2026
    ['estimate-submitted', { issuedOn: '2025-04-24' }, '2025-05-05'], // 26/04 make-up Sat, 30/4–4/5 off
    // approved estimate / final accounts: 30 calendar days, rolled to a working day
    ['estimate-approved', { issuedOn: '2024-12-10' }, '2025-01-09'],
    ['estimate-approved', { issuedOn: '2024-12-27' }, '2025-02-03'], // lands on Sun 26/01 inside Tết
    ['estimate-approved', { issuedOn: '2025-12-12' }, '2026-01-12'], // lands on Sunday
    ['estimate-approved', { issuedOn: '2025-12-02' }, '2026-01-05'], // lands on 01/01/2026
    ['final-accounts', { issuedOn: '2025-12-09' }, '2026-01-08'],
    ['final-accounts', { issuedOn: '2026-01-17' }, '2026-02-23'], // lands on Mon 16/02 (Tết eve)
    // execution reports: 15 days after the period end
    ['execution-q1', { fiscalYear: 2025 }, '2025-04-15'],
    ['execution-q1', { fiscalYear: 2023 }, '2023-04-17'], // 15/04/2023 is a Saturday
    ['execution-6m', { fiscalYear: 2025 }, '2025-07-15'],
    ['execution-6m', { fiscalYear: 2023 }, '2023-07-17'],
    ['execution-9m', { fiscalYear: 2025 }, '2025-10-15'],
    ['execution-9m', { fiscalYear: 2022 }, '2022-10-17'],
    ['execution-year', { fiscalYear: 2024 }, '2025-01-15'],
    ['execution-year', { fiscalYear: 2027 }, '2028-01-17'], // 15/01/2028 is a Saturday
    // missing inputs → no due date
    ['estimate-approved', {}, null],
    ['execution-q1', { issuedOn: '2025-04-01' }, null],
  ])('%s %j → %s', (family, input, due) => {
    expect(budgetDeadline(family, input, cal).due).toBe(due)
  })

  it('exposes rule, counted-from date and legal basis', () => {
    const d = budgetDeadline('execution-9m', { fiscalYear: 2025, issuedOn: '2025-10-01' }, cal)
    expect(d.rule).toEqual({ kind: 'days-after-period-end', days: 15 })
    expect(d.countedFrom).toBe('2025-09-30')
    expect(d.basis.vi).toMatch(/343\/2016/)
    const s = budgetDeadline('estimate-submitted', { issuedOn: '2025-12-05' }, cal)
    expect(s.countedFrom).toBe('2025-12-05')
  })

  it('roll-forward can be disabled', () => {
    expect(budgetDeadline('execution-q1', { fiscalYear: 2023 }, cal, { rollToWorkingDay: false }).due).toBe(
      '2023-04-15',
    )
  })

  it('rejects unknown families and bad years', () => {
    expect(() => budgetDeadline('execution-q2' as BudgetReportFamily, { fiscalYear: 2025 }, cal)).toThrow(TypeError)
    expect(() => periodEnd('execution-q1', 25)).toThrow(RangeError)
    expect(isBudgetReportFamily('final-accounts')).toBe(true)
    expect(isBudgetReportFamily('final')).toBe(false)
  })

  it('has a rule for every family', () => {
    expect(Object.keys(BUDGET_DEADLINE_RULES).sort()).toEqual([...BUDGET_REPORT_FAMILIES].sort())
  })
})

describe('periodEnd', () => {
  it.each<[BudgetReportFamily, number, string | null]>([
    ['execution-q1', 2025, '2025-03-31'],
    ['execution-6m', 2025, '2025-06-30'],
    ['execution-9m', 2024, '2024-09-30'],
    ['execution-year', 2026, '2026-12-31'],
    ['estimate-approved', 2025, null],
    ['estimate-submitted', 2025, null],
    ['final-accounts', 2025, null],
  ])('%s %d → %s', (f, y, out) => expect(periodEnd(f, y)).toBe(out))
})

describe('dueDate — generic rules', () => {
  it.each<[DeadlineRule, { issuedOn?: string; periodEnd?: string }, string | null]>([
    [{ kind: 'continuous' }, { issuedOn: '2025-01-01' }, null],
    [{ kind: 'on-change', maxAgeDays: 5 }, { issuedOn: '2025-01-24' }, '2025-02-03'],
    [{ kind: 'on-change', maxAgeDays: 1 }, { issuedOn: '2025-06-04' }, '2025-06-05'],
    [{ kind: 'working-days-after', days: 0 }, { issuedOn: '2025-06-07' }, '2025-06-07'],
    [{ kind: 'working-days-after', days: 1 }, { issuedOn: '2025-06-06' }, '2025-06-09'],
    [{ kind: 'days-after', days: 0 }, { issuedOn: '2025-06-04' }, '2025-06-04'],
    [{ kind: 'days-after', days: 3 }, { issuedOn: '2025-06-04' }, '2025-06-09'], // Sat → Mon
    [{ kind: 'days-after-period-end', days: 1 }, { periodEnd: '2025-12-31' }, '2026-01-05'],
    [{ kind: 'days-after-period-end', days: 15 }, {}, null],
  ])('%j %j → %s', (rule, input, out) => expect(dueDate(rule, input, cal)).toBe(out))

  it('validates inputs', () => {
    expect(() => dueDate({ kind: 'days-after', days: -1 }, { issuedOn: '2025-01-01' }, cal)).toThrow(RangeError)
    expect(() => dueDate({ kind: 'days-after', days: 1 }, { issuedOn: '01/01/2025' }, cal)).toThrow(RangeError)
  })

  it('uses the given calendar', () => {
    const noHolidays = createCalendar({ holidays: [], extraWorkingDays: [] })
    expect(dueDate({ kind: 'working-days-after', days: 5 }, { issuedOn: '2025-01-22' }, noHolidays)).toBe(
      '2025-01-29',
    )
  })
})

describe('punctuality', () => {
  it.each<[string, string, { onTime: boolean; daysLate: number; workingDaysLate: number }]>([
    ['2025-02-05', '2025-02-05', { onTime: true, daysLate: 0, workingDaysLate: 0 }], // on the due date
    ['2025-02-05', '2025-02-06', { onTime: false, daysLate: 1, workingDaysLate: 1 }], // one day after
    ['2025-02-05', '2025-01-20', { onTime: true, daysLate: 0, workingDaysLate: 0 }], // early
    ['2025-01-24', '2025-02-03', { onTime: false, daysLate: 10, workingDaysLate: 1 }], // across Tết 2025
    ['2026-02-13', '2026-02-23', { onTime: false, daysLate: 10, workingDaysLate: 1 }], // across Tết 2026
    ['2025-06-06', '2025-06-08', { onTime: false, daysLate: 2, workingDaysLate: 0 }], // weekend only
    ['2025-12-31', '2026-01-01', { onTime: false, daysLate: 1, workingDaysLate: 0 }], // year boundary, holiday
  ])('due %s published %s', (due, pub, out) => expect(punctuality(due, pub, cal)).toEqual(out))

  it('works without an explicit calendar', () => {
    expect(punctuality('2025-01-24', '2025-02-04').workingDaysLate).toBe(2)
  })
})
