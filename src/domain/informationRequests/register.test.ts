import { describe, expect, it } from 'vitest'
import { timeliness, type RegisterRow } from './register'

const row = (over: Partial<RegisterRow>): RegisterRow => ({ state: 'received', dueOn: '2026-03-20', closedOn: null, onTime: null, ...over })

describe('timeliness of a register line', () => {
  it.each([
    [{ state: 'provided', onTime: true, closedOn: '2026-03-10' }, '2026-04-01', 'onTime'],
    [{ state: 'provided', onTime: false, closedOn: '2026-03-25' }, '2026-04-01', 'late'],
    [{ state: 'partlyProvided', onTime: false }, '2026-04-01', 'late'],
    [{ state: 'refused', onTime: true }, '2026-04-01', 'onTime'],
    [{ state: 'received' }, '2026-03-20', 'pending'],
    [{ state: 'received' }, '2026-03-21', 'overdue'],
    [{ state: 'extended', dueOn: '2026-04-10T00:00:00.000Z' }, '2026-04-10', 'pending'],
    [{ state: 'noticeSent', dueOn: '2026-04-10T00:00:00.000Z' }, '2026-04-11', 'overdue'],
    [{ state: 'received', dueOn: null }, '2030-01-01', 'pending'],
  ] as const)('%j on %s → %s', (over, today, expected) => expect(timeliness(row(over), today)).toBe(expected))
})
