import { describe, expect, it } from 'vitest'
import { createCalendar } from '../calendar'
import { percent, performanceReport } from './report'

const cal = createCalendar({ holidays: [], extraWorkingDays: [] })

describe('performanceReport', () => {
  it('per agency, with online shares from the procedures, leaving out agencies with nothing', () => {
    const report = performanceReport({
      dossiers: [
        { agency: 'a', procedureCode: '1.000001', receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: '2026-04-08', status: 'done' },
        { agency: 'a', procedureCode: '1.000001', receivedAt: '2026-04-06', dueAt: '2026-04-07', resultAt: '2026-04-09', status: 'done' },
        { agency: 'b', procedureCode: '1.000002', receivedAt: '2026-05-04', dueAt: '2026-05-05', status: 'processing' },
      ],
      procedures: [
        { agency: 'a', level: 'full' },
        { agency: 'a', level: 'partial' },
        { agency: 'b', level: 'offline' },
      ],
      agencies: ['a', 'b', 'c'],
      year: 2026,
      today: '2026-05-11',
      cal,
    })
    expect(report.agencies.map((r) => [r.agency, r.figures.done, r.figures.onTimeRate, r.figures.overdue, r.online])).toEqual([
      ['a', 2, 0.5, 0, { full: 1, partial: 1, offline: 0, total: 2 }],
      ['b', 0, null, 1, { full: 0, partial: 0, offline: 1, total: 1 }],
    ])
    expect(report.total).toMatchObject({ received: 3, done: 2, doneOnTime: 1, doneLate: 1, overdue: 1 })
    expect(report.monthly.map((m) => m.month)).toEqual([1, 2, 3, 4, 5])
  })
  it('percent', () => {
    expect(percent(2 / 3)).toBe(66.7)
    expect(percent(null)).toBeNull()
  })
})
