import { describe, expect, it } from 'vitest'
import { createCalendar } from '../calendar'
import { pausedWorkingDays, timeliness, type DossierTimes } from './timeliness'

// A hand-made calendar: 30/4 (Thu) and 1/5 (Fri) are holidays, 2–3/5 the weekend.
const cal = createCalendar({ holidays: [{ date: '2026-04-30' }, { date: '2026-05-01' }], extraWorkingDays: [] })

const base = { receivedAt: '2026-04-27', dueAt: '2026-04-29' }

describe('timeliness', () => {
  it.each<[string, DossierTimes, string, Record<string, unknown>]>([
    ['done on the due day', { ...base, status: 'done', resultAt: '2026-04-29' }, '2026-05-10', { kind: 'on-time', dueAt: '2026-04-29', processingDays: 2 }],
    ['done early', { ...base, status: 'done', resultAt: '2026-04-28' }, '2026-05-10', { kind: 'on-time', processingDays: 1 }],
    ['done after two holidays and a weekend: 1 working day late', { ...base, status: 'done', resultAt: '2026-05-04' }, '2026-05-10', { kind: 'late', daysLate: 1, processingDays: 3 }],
    ['not done, a working day after the due date', { ...base, status: 'processing' }, '2026-05-04', { kind: 'overdue', daysOverdue: 1 }],
    ['not done, due date passed during the holiday: overdue by 0 working days', { ...base, status: 'processing' }, '2026-05-01', { kind: 'overdue', daysOverdue: 0 }],
    ['not done, before the due date', { ...base, status: 'received' }, '2026-04-27', { kind: 'in-progress', daysLeft: 2, clockStopped: false }],
    [
      'a closed pause moves the due date by its working days',
      {
        receivedAt: '2026-04-20',
        dueAt: '2026-04-24',
        status: 'done',
        resultAt: '2026-04-28',
        history: [
          { status: 'received', at: '2026-04-20' },
          { status: 'supplement', at: '2026-04-21' },
          { status: 'processing', at: '2026-04-23' },
          { status: 'done', at: '2026-04-28' },
        ],
      },
      '2026-05-10',
      { kind: 'on-time', dueAt: '2026-04-28', pausedDays: 2, processingDays: 4 },
    ],
    [
      'a pause over holidays counts working days only',
      { ...base, status: 'done', resultAt: '2026-05-04', history: [{ status: 'supplement', at: '2026-04-29' }, { status: 'processing', at: '2026-05-04' }] },
      '2026-05-10',
      { kind: 'on-time', dueAt: '2026-05-04', pausedDays: 1 },
    ],
    [
      'a pause still open is never overdue, and counts up to today',
      { receivedAt: '2026-04-20', dueAt: '2026-04-28', status: 'paused', history: [{ status: 'paused', at: '2026-04-27' }] },
      '2026-05-05',
      { kind: 'in-progress', clockStopped: true, pausedDays: 4, dueAt: '2026-05-06' },
    ],
    [
      'resumed after a pause, then overdue',
      { receivedAt: '2026-04-20', dueAt: '2026-04-24', status: 'processing', history: [{ status: 'paused', at: '2026-04-22' }, { status: 'processing', at: '2026-04-23' }] },
      '2026-04-29',
      { kind: 'overdue', dueAt: '2026-04-27', daysOverdue: 2 },
    ],
    ['returned dossiers are neither on time nor late', { ...base, status: 'returned', resultAt: '2026-04-28' }, '2026-05-10', { kind: 'returned' }],
  ])('%s', (_name, dossier, today, expected) => {
    expect(timeliness(dossier, today, cal)).toMatchObject(expected)
  })
})

describe('pausedWorkingDays', () => {
  it('counts consecutive clock-stopped statuses once', () => {
    const history = [
      { status: 'supplement', at: '2026-04-21' },
      { status: 'paused', at: '2026-04-22' },
      { status: 'processing', at: '2026-04-24' },
    ] as const
    expect(pausedWorkingDays(history, '2026-05-10', cal)).toBe(3)
  })
  it('ignores the order the history arrives in', () => {
    const history = [
      { status: 'processing', at: '2026-04-24' },
      { status: 'supplement', at: '2026-04-21' },
    ] as const
    expect(pausedWorkingDays(history, '2026-05-10', cal)).toBe(3)
  })
})
