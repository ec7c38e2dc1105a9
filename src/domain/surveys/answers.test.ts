import { describe, expect, it } from 'vitest'
import { aggregate, fromSubmissionRows, questionsFromBlocks, respondentKey, toSubmissionRows, validateAnswers, type Answers } from '.'

const blocks = [
  { blockType: 'radio', name: 'role', label: 'Bạn là', required: true, options: [{ value: 'citizen', label: 'Người dân' }, { value: 'business', label: 'Doanh nghiệp' }] },
  { blockType: 'multipleChoice', name: 'channels', label: 'Kênh', options: [{ value: 'portal', label: 'Cổng' }, { value: 'office', label: 'Trụ sở' }] },
  { blockType: 'scale', name: 'satisfaction', label: 'Mức hài lòng', required: true, min: 1, max: 5 },
  { blockType: 'textarea', name: 'remarks', label: 'Góp ý' },
  { blockType: 'text', name: 'short', label: 'Ngắn' },
  { blockType: 'email', name: 'email', label: 'E-mail' },
  { blockType: 'radio', name: 'role', label: 'duplicate name' },
]

describe('questionsFromBlocks', () => {
  it('maps the builder blocks to question kinds, skipping unknown blocks and duplicate names', () => {
    const qs = questionsFromBlocks(blocks)
    expect(qs.map((q) => [q.name, q.kind, q.required])).toEqual([
      ['role', 'single', true],
      ['channels', 'multiple', false],
      ['satisfaction', 'scale', true],
      ['remarks', 'text', false],
      ['short', 'text', false],
    ])
    expect(qs[0]!.optionLabels).toEqual({ citizen: 'Người dân', business: 'Doanh nghiệp' })
    expect(qs[2]).toMatchObject({ min: 1, max: 5 })
  })
  it('a scale without sensible bounds is 1..5', () => {
    expect(questionsFromBlocks([{ blockType: 'scale', name: 's', min: 3, max: 2 }])[0]).toMatchObject({ min: 3, max: 7 })
    expect(questionsFromBlocks([{ blockType: 'scale', name: 's' }])[0]).toMatchObject({ min: 1, max: 5 })
  })
})

describe('validateAnswers', () => {
  const qs = questionsFromBlocks(blocks)
  const ok: Answers = { role: 'citizen', channels: ['portal'], satisfaction: '4', remarks: 'Tốt' }
  const table: [string, Answers, { field: string; code: string }[]][] = [
    ['a complete response', ok, []],
    ['optional questions may be left out', { role: 'business', satisfaction: '1' }, []],
    ['required single choice and scale missing', { ...ok, role: '', satisfaction: undefined }, [{ field: 'role', code: 'required' }, { field: 'satisfaction', code: 'required' }]],
    ['blank text counts as missing', { ...ok, role: '   ' }, [{ field: 'role', code: 'required' }]],
    ['a value not offered', { ...ok, role: 'tourist' }, [{ field: 'role', code: 'invalid' }]],
    ['two values for a single choice', { ...ok, role: ['citizen', 'business'] }, [{ field: 'role', code: 'invalid' }]],
    ['a scale point outside the scale', { ...ok, satisfaction: '6' }, [{ field: 'satisfaction', code: 'invalid' }]],
    ['a multiple choice with one unknown value', { ...ok, channels: ['portal', 'fax'] }, [{ field: 'channels', code: 'invalid' }]],
    ['a long text over its limit', { ...ok, remarks: 'x'.repeat(2001) }, [{ field: 'remarks', code: 'tooLong' }]],
    ['a short text over its limit', { ...ok, short: 'x'.repeat(201) }, [{ field: 'short', code: 'tooLong' }]],
  ]
  it.each(table)('%s', (_n, answers, expected) => {
    expect(validateAnswers(qs, answers).map(({ field, code }) => ({ field, code }))).toEqual(expected)
  })
})

describe('stored rows', () => {
  const qs = questionsFromBlocks(blocks)
  it('one row per value, read back to the same answers, aggregated like the form sent them', () => {
    const answers: Answers = { role: 'citizen', channels: ['portal', 'office'], satisfaction: '5', remarks: ' ' }
    const rows = toSubmissionRows(qs, answers)
    expect(rows).toEqual([
      { field: 'role', value: 'citizen' },
      { field: 'channels', value: 'portal' },
      { field: 'channels', value: 'office' },
      { field: 'satisfaction', value: '5' },
    ])
    const back = fromSubmissionRows(rows)
    const [role, channels, satisfaction, remarks] = aggregate(qs, [back, back])
    expect(role!.rows.map((r) => r.count)).toEqual([2, 0])
    expect(channels!.rows.map((r) => r.count)).toEqual([2, 2])
    expect(satisfaction!.mean).toBe(5)
    expect(remarks!.answered).toBe(0)
  })
})

describe('respondentKey (one response per visitor)', () => {
  it.each([
    ['same visitor, same survey → same key', ['s', 1, '203.0.113.5'], ['s', 1, '203.0.113.5'], true],
    ['another survey → unrelated key', ['s', 1, '203.0.113.5'], ['s', 2, '203.0.113.5'], false],
    ['another visitor → another key', ['s', 1, '203.0.113.5'], ['s', 1, '203.0.113.6'], false],
    ['another secret → another key', ['s', 1, '203.0.113.5'], ['t', 1, '203.0.113.5'], false],
  ] as [string, [string, number, string], [string, number, string], boolean][])('%s', (_n, a, b, same) => {
    expect(respondentKey(a[0], a[1], a[2]) === respondentKey(b[0], b[1], b[2])).toBe(same)
    expect(respondentKey(a[0], a[1], a[2])).not.toContain('203.0.113')
  })
})
