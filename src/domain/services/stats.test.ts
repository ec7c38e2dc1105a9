import { describe, expect, it } from 'vitest'
import { createCalendar } from '../calendar'
import { figures, figuresBy, median, monthlySeries, monthPeriod, type StatDossier } from './stats'

const cal = createCalendar({ holidays: [{ date: '2026-04-30' }, { date: '2026-05-01' }], extraWorkingDays: [] })
const april = monthPeriod(2026, 4)

// A hand-built April 2026 for two agencies.
const A = 'so-khcn'
const B = 'so-tc'
const dossiers: StatDossier[] = [
  // A: done on time, 2 working days (Mon → Wed).
  { agency: A, procedureCode: '1.000001', receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: '2026-04-08', status: 'done' },
  // A: done on time, 4 working days.
  { agency: A, procedureCode: '1.000001', receivedAt: '2026-04-13', dueAt: '2026-04-17', resultAt: '2026-04-17', status: 'done' },
  // A: done late (due Wed 29, done Mon 4 May → counted in May, not April).
  { agency: A, procedureCode: '1.000002', receivedAt: '2026-04-22', dueAt: '2026-04-29', resultAt: '2026-05-04', status: 'done' },
  // A: done late in April: due 20, done 22 → 2 days late, 6 working days.
  { agency: A, procedureCode: '1.000002', receivedAt: '2026-04-14', dueAt: '2026-04-20', resultAt: '2026-04-22', status: 'done' },
  // B: still processing, due 24 April → overdue at the end of April.
  { agency: B, procedureCode: '2.000001', receivedAt: '2026-04-20', dueAt: '2026-04-24', status: 'processing' },
  // B: still processing, due in May → not overdue.
  { agency: B, procedureCode: '2.000001', receivedAt: '2026-04-28', dueAt: '2026-05-08', status: 'processing' },
  // B: returned in April.
  { agency: B, procedureCode: '2.000001', receivedAt: '2026-04-01', dueAt: '2026-04-08', resultAt: '2026-04-03', status: 'returned' },
  // B: received in March, done in April on time; paused 2 days.
  {
    agency: B,
    procedureCode: '2.000002',
    receivedAt: '2026-03-30',
    dueAt: '2026-04-02',
    resultAt: '2026-04-06',
    status: 'done',
    history: [
      { status: 'supplement', at: '2026-03-31' },
      { status: 'processing', at: '2026-04-02' },
    ],
  },
]

describe('figures on a hand-built month', () => {
  it('province total for April, judged on 10 May', () => {
    expect(figures(dossiers, april, '2026-05-10', cal)).toEqual({
      received: 7,
      done: 4, // the late one of 4 May falls in May
      doneOnTime: 3,
      doneLate: 1,
      returned: 1,
      // Open at the end of April with the due date passed: B's due 24/4, and A's due 29/4 that
      // was finished only on 4/5.
      overdue: 2,
      onTimeRate: 3 / 4,
      // working days 2 (A), 4 (A), 6 (A), 3 (B: 5 less 2 paused) → median 3.5
      medianDays: 3.5,
      published: 7,
    })
  })

  it('per agency', () => {
    const { groups } = figuresBy(dossiers, (d) => d.agency, april, '2026-05-10', cal)
    expect(groups.map((g) => [g.key, g.received, g.done, g.doneOnTime, g.doneLate, g.overdue, g.onTimeRate, g.medianDays])).toEqual([
      [A, 4, 3, 2, 1, 1, 2 / 3, 4],
      [B, 3, 1, 1, 0, 1, 1, 3],
    ])
  })

  it('per procedure', () => {
    const { groups } = figuresBy(dossiers, (d) => d.procedureCode, april, '2026-05-10', cal)
    expect(groups.map((g) => [g.key, g.done, g.onTimeRate])).toEqual([
      ['1.000001', 2, 1],
      ['1.000002', 1, 0],
      ['2.000001', 0, null],
      ['2.000002', 1, 1],
    ])
  })

  it('judged mid-month, only what was overdue by then counts', () => {
    expect(figures(dossiers, april, '2026-04-21', cal).overdue).toBe(0)
    expect(figures(dossiers, april, '2026-04-27', cal).overdue).toBe(1)
  })

  it('monthly series stops at today', () => {
    const series = monthlySeries(dossiers, 2026, '2026-05-10', cal)
    expect(series.map((s) => s.month)).toEqual([1, 2, 3, 4, 5])
    expect(series[2]!.figures.received).toBe(1)
    expect(series[4]!.figures).toMatchObject({ done: 1, doneLate: 1 })
  })
})

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[4, 2], 3],
    [[5, 1, 3], 3],
  ])('%j → %j', (values, expected) => expect(median(values)).toBe(expected))
})
