import { describe, expect, it } from 'vitest'
import { effectStatus, type EffectDoc, type EffectResult, type Relation } from './effect'

const doc: EffectDoc = { id: 'A', issueDate: '2016-09-14', effectiveDate: '2016-10-01', expiryDate: '2021-01-01' }
const open: EffectDoc = { id: 'A', issueDate: '2016-09-14', effectiveDate: '2016-10-01' }

describe('effectStatus — own dates', () => {
  const cases: [string, EffectDoc, string, Partial<EffectResult>][] = [
    ['issued, before effective date', doc, '2016-09-30', { status: 'not-yet-in-force', since: '2016-09-14' }],
    ['before issue date too', doc, '2016-01-01', { status: 'not-yet-in-force', since: undefined }],
    ['effective date itself is in force', doc, '2016-10-01', { status: 'in-force', since: '2016-10-01' }],
    ['day before expiry is in force', doc, '2020-12-31', { status: 'in-force', since: '2016-10-01' }],
    ['expiry date itself is expired', doc, '2021-01-01', { status: 'expired', since: '2021-01-01' }],
    ['after expiry', doc, '2030-05-05', { status: 'expired', since: '2021-01-01' }],
    ['no expiry date stays in force', open, '2099-01-01', { status: 'in-force', since: '2016-10-01' }],
    ['no effective date: issue date used', { id: 'A', issueDate: '2020-02-02' }, '2020-02-02', { status: 'in-force', since: '2020-02-02' }],
    ['no effective date, before issue', { id: 'A', issueDate: '2020-02-02' }, '2020-02-01', { status: 'not-yet-in-force' }],
    ['no dates at all', { id: 'A' }, '2020-02-01', { status: 'in-force', since: undefined }],
  ]
  it.each(cases)('%s', (_n, d, today, expected) => {
    const r = effectStatus(d, today, [])
    expect(r.status).toBe(expected.status)
    expect(r.since).toBe(expected.since)
    expect(r.because).toBeUndefined()
  })
})

describe('effectStatus — relations', () => {
  const rel = (kind: Relation['kind'], from: string, dates: Partial<Relation> = {}): Relation => ({ from, to: 'A', kind, ...dates })
  type Case = [string, Relation[], string, EffectResult]
  const cases: Case[] = [
    ['replacement not yet effective: still in force, listed upcoming', [rel('replaces', 'B', { effectiveDate: '2019-07-01' })], '2019-06-30',
      { status: 'in-force', since: '2016-10-01', upcoming: [{ kind: 'replaces', by: 'B', on: '2019-07-01' }] }],
    ['replacement effective on its date', [rel('replaces', 'B', { effectiveDate: '2019-07-01' })], '2019-07-01',
      { status: 'expired', since: '2019-07-01', because: { kind: 'replaces', by: 'B' } }],
    ['repeal uses the source doc effective date when relation has none', [rel('repeals', 'C', { fromDocEffectiveDate: '2018-03-15' })], '2018-03-15',
      { status: 'expired', since: '2018-03-15', because: { kind: 'repeals', by: 'C' } }],
    ['relation date wins over source doc date', [rel('repeals', 'C', { effectiveDate: '2018-06-01', fromDocEffectiveDate: '2018-03-15' })], '2018-04-01',
      { status: 'in-force', since: '2016-10-01', upcoming: [{ kind: 'repeals', by: 'C', on: '2018-06-01' }] }],
    ['undated repeal is never effective', [rel('repeals', 'C')], '2030-01-01',
      { status: 'in-force', since: '2016-10-01', upcoming: [{ kind: 'repeals', by: 'C' }] }],
    ['earliest of two expiring relations', [rel('repeals', 'C', { effectiveDate: '2019-01-01' }), rel('replaces', 'B', { effectiveDate: '2018-01-01' })], '2019-05-05',
      { status: 'expired', since: '2018-01-01', because: { kind: 'replaces', by: 'B' } }],
    ['amends keeps it in force, shown as amended', [rel('amends', 'D', { effectiveDate: '2017-01-01' }), rel('amends', 'E', { effectiveDate: '2018-01-01' })], '2018-01-01',
      { status: 'in-force', since: '2016-10-01', amendedBy: ['D', 'E'] }],
    ['future amendment is only upcoming', [rel('amends', 'D', { effectiveDate: '2017-01-01' })], '2016-12-31',
      { status: 'in-force', since: '2016-10-01', upcoming: [{ kind: 'amends', by: 'D', on: '2017-01-01' }] }],
    ['partly repealed', [rel('partly-repeals', 'F', { effectiveDate: '2017-05-01' })], '2017-05-01',
      { status: 'partly-expired', since: '2017-05-01', because: { kind: 'partly-repeals', by: 'F' } }],
    ['suspended beats partly repealed', [rel('partly-repeals', 'F', { effectiveDate: '2017-05-01' }), rel('suspends', 'G', { effectiveDate: '2017-06-01' })], '2017-06-02',
      { status: 'suspended', since: '2017-06-01', because: { kind: 'suspends', by: 'G' } }],
    ['repeal beats suspension', [rel('suspends', 'G', { effectiveDate: '2017-06-01' }), rel('repeals', 'H', { effectiveDate: '2017-09-01' })], '2017-09-01',
      { status: 'expired', since: '2017-09-01', because: { kind: 'repeals', by: 'H' } }],
    ['non-status kinds are ignored', [rel('guides', 'X', { effectiveDate: '2016-01-01' }), rel('corrects', 'Y'), rel('related', 'Z'), rel('legal-basis', 'W'), rel('consolidates', 'V')], '2017-01-01',
      { status: 'in-force', since: '2016-10-01' }],
    ['edges to other documents and self-loops are ignored', [{ from: 'B', to: 'Q', kind: 'repeals', effectiveDate: '2017-01-01' }, { from: 'A', to: 'A', kind: 'repeals', effectiveDate: '2017-01-01' }], '2018-01-01',
      { status: 'in-force', since: '2016-10-01' }],
    ['repealed before it ever took effect', [rel('repeals', 'C', { effectiveDate: '2016-09-20' })], '2016-09-25',
      { status: 'expired', since: '2016-09-20', because: { kind: 'repeals', by: 'C' } }],
  ]
  it.each(cases)('%s', (_n, rels, today, expected) => {
    expect(effectStatus(open, today, rels)).toEqual(expected)
  })

  it('own expiry earlier than the repeal is reported without a cause', () => {
    const r = effectStatus(doc, '2022-01-01', [rel('repeals', 'C', { effectiveDate: '2021-06-01' })])
    expect(r).toEqual({ status: 'expired', since: '2021-01-01' })
  })
  it('repeal earlier than own expiry is the cause', () => {
    const r = effectStatus(doc, '2022-01-01', [rel('repeals', 'C', { effectiveDate: '2020-06-01' })])
    expect(r).toEqual({ status: 'expired', since: '2020-06-01', because: { kind: 'repeals', by: 'C' } })
  })
  it('rejects malformed dates', () => {
    expect(() => effectStatus(open, '01/02/2020', [])).toThrow(RangeError)
    expect(() => effectStatus(open, '2020-01-01', [rel('repeals', 'C', { effectiveDate: '2020/1/1' })])).toThrow(RangeError)
  })
})
