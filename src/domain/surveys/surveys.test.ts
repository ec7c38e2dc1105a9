import { describe, expect, it } from 'vitest'
import { aggregate, resultsCsv, resultsPublic, surveyPhase, type Answers, type Question } from '.'

const qs: Question[] = [
  { name: 'role', kind: 'single', options: ['citizen', 'business'] },
  { name: 'channels', kind: 'multiple', options: ['portal', 'office', 'phone'] },
  { name: 'satisfaction', kind: 'scale', min: 1, max: 5 },
  { name: 'remarks', kind: 'text' },
]

describe('aggregate', () => {
  const table: [string, Answers[], Record<string, unknown>][] = [
    ['no responses', [], { role: [0, 0], channels: [0, 0, 0], satisfaction: [0, 0, 0, 0, 0], mean: null, remarks: 0 }],
    [
      'three responses',
      [
        { role: 'citizen', channels: ['portal', 'phone'], satisfaction: '5', remarks: 'Tốt' },
        { role: 'business', channels: ['portal'], satisfaction: '3', remarks: '' },
        { role: 'citizen', channels: [], satisfaction: '4' },
      ],
      { role: [2, 1], channels: [2, 0, 1], satisfaction: [0, 0, 1, 1, 1], mean: 4, remarks: 1 },
    ],
    [
      'unknown values and duplicates are ignored; single takes one value',
      [{ role: ['citizen', 'business'], channels: ['portal', 'portal', 'fax'], satisfaction: '9' }],
      { role: [1, 0], channels: [1, 0, 0], satisfaction: [0, 0, 0, 0, 0], mean: null, remarks: 0 },
    ],
  ]
  it.each(table)('%s', (_n, responses, expected) => {
    const [role, channels, satisfaction, remarks] = aggregate(qs, responses)
    expect(role!.rows.map((r) => r.count)).toEqual(expected.role)
    expect(channels!.rows.map((r) => r.count)).toEqual(expected.channels)
    expect(satisfaction!.rows.map((r) => r.count)).toEqual(expected.satisfaction)
    expect(satisfaction!.mean).toBe(expected.mean)
    expect(remarks!.answered).toBe(expected.remarks)
    expect(remarks!.rows).toEqual([])
  })
  it('shares are per respondent who answered (multiple choice may add past 1)', () => {
    const [, channels] = aggregate(qs, [{ channels: ['portal', 'office'] }, { channels: ['portal'] }, {}])
    expect(channels!.answered).toBe(2)
    expect(channels!.rows.map((r) => r.share)).toEqual([1, 0.5, 0])
  })
})

describe('phase and publication of results', () => {
  const s = { startDate: '2026-12-01', endDate: '2026-12-31', liveResults: false }
  it.each([
    ['2026-11-30', 'upcoming', false, false],
    ['2026-12-01', 'open', false, true],
    ['2026-12-31', 'open', false, true],
    ['2027-01-01', 'closed', true, true],
  ] as const)('%s: %s, public at close %s, live %s', (today, phase, atClose, live) => {
    expect(surveyPhase(s, today)).toBe(phase)
    expect(resultsPublic(s, today)).toBe(atClose)
    expect(resultsPublic({ ...s, liveResults: true }, today)).toBe(live)
  })
})

describe('resultsCsv', () => {
  it('writes one row per answer, BOM first, formulas defused', () => {
    const csv = resultsCsv(aggregate([{ name: 'q', kind: 'single', options: ['=1+1', 'b,c'] }], [{ q: '=1+1' }]), (q, v) => v ?? q)
    expect(csv).toBe('\uFEFFquestion,answer,count,share\r\nq,\'=1+1,1,1.0000\r\nq,"b,c",0,0.0000\r\n')
  })
})
