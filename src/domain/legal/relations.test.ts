import { describe, expect, it } from 'vitest'
import type { Relation, RelationKind } from './effect'
import { RELATION_KINDS, RELATION_LABELS, invertRelations, relationLabel } from './relations'

describe('relation labels', () => {
  const cases: [RelationKind, string, string, string, string][] = [
    ['amends', 'Sửa đổi, bổ sung', 'Được sửa đổi, bổ sung bởi', 'Amends', 'Amended by'],
    ['legal-basis', 'Căn cứ', 'Là căn cứ của', 'Legal basis', 'Is the legal basis for'],
    ['replaces', 'Thay thế', 'Bị thay thế bởi', 'Replaces', 'Replaced by'],
    ['repeals', 'Bãi bỏ', 'Bị bãi bỏ bởi', 'Repeals', 'Repealed by'],
    ['partly-repeals', 'Bãi bỏ một phần', 'Bị bãi bỏ một phần bởi', 'Partly repeals', 'Partly repealed by'],
    ['suspends', 'Đình chỉ thi hành', 'Bị đình chỉ thi hành bởi', 'Suspends', 'Suspended by'],
    ['corrects', 'Đính chính', 'Được đính chính bởi', 'Corrects', 'Corrected by'],
    ['related', 'Văn bản liên quan', 'Văn bản liên quan', 'Related', 'Related'],
  ]
  it.each(cases)('%s', (kind, fvi, ivi, fen, ien) => {
    expect(relationLabel(kind, 'forward', 'vi')).toBe(fvi)
    expect(relationLabel(kind, 'inverse', 'vi')).toBe(ivi)
    expect(relationLabel(kind, 'forward', 'en')).toBe(fen)
    expect(relationLabel(kind, 'inverse', 'en')).toBe(ien)
  })
  it('every kind has all four labels and is in the display order', () => {
    for (const [kind, l] of Object.entries(RELATION_LABELS)) {
      expect(RELATION_KINDS).toContain(kind)
      for (const s of [l.forward.vi, l.forward.en, l.inverse.vi, l.inverse.en]) expect(s.length).toBeGreaterThan(0)
    }
    expect(RELATION_KINDS).toHaveLength(Object.keys(RELATION_LABELS).length)
  })
  it('throws on unknown kind', () => {
    expect(() => relationLabel('nope' as RelationKind, 'forward')).toThrow()
  })
})

describe('invertRelations', () => {
  const edges: Relation[] = [
    { from: 'B', to: 'A', kind: 'amends', effectiveDate: '2018-01-01' },
    { from: 'A', to: 'L', kind: 'legal-basis' },
    { from: 'A', to: 'OLD', kind: 'replaces', fromDocEffectiveDate: '2016-10-01' },
    { from: 'C', to: 'A', kind: 'repeals' },
    { from: 'A', to: 'R', kind: 'related' },
    { from: 'R', to: 'A', kind: 'related' },
    { from: 'B', to: 'A', kind: 'amends', effectiveDate: '2018-01-01' },
    { from: 'X', to: 'Y', kind: 'amends' },
    { from: 'A', to: 'A', kind: 'related' },
  ]
  it('amended document shows "Amended by" without being edited (en)', () => {
    const r = invertRelations(edges, 'A', 'en')
    expect(r.outgoing).toEqual([
      { kind: 'replaces', label: 'Replaces', other: 'OLD', effectiveDate: '2016-10-01' },
      { kind: 'legal-basis', label: 'Legal basis', other: 'L' },
      { kind: 'related', label: 'Related', other: 'R' },
    ])
    expect(r.incoming).toEqual([
      { kind: 'repeals', label: 'Repealed by', other: 'C' },
      { kind: 'amends', label: 'Amended by', other: 'B', effectiveDate: '2018-01-01' },
    ])
  })
  it('vi labels by default, and from the other side', () => {
    expect(invertRelations(edges, 'B').outgoing).toEqual([
      { kind: 'amends', label: 'Sửa đổi, bổ sung', other: 'A', effectiveDate: '2018-01-01' },
    ])
    expect(invertRelations(edges, 'L').incoming).toEqual([{ kind: 'legal-basis', label: 'Là căn cứ của', other: 'A' }])
    expect(invertRelations(edges, 'R')).toEqual({
      outgoing: [{ kind: 'related', label: 'Văn bản liên quan', other: 'A' }],
      incoming: [],
    })
  })
  it('a date only on relations that take effect, even when the relation or its document carries one', () => {
    const dated: Relation[] = [
      { from: 'A', to: 'L', kind: 'legal-basis', effectiveDate: '2020-01-01', fromDocEffectiveDate: '2020-01-01' },
      { from: 'A', to: 'G', kind: 'guides', fromDocEffectiveDate: '2020-01-01' },
      { from: 'A', to: 'P', kind: 'partly-repeals', fromDocEffectiveDate: '2020-02-01' },
      { from: 'A', to: 'S', kind: 'suspends', effectiveDate: '2020-03-01' },
    ]
    expect(Object.fromEntries(invertRelations(dated, 'A', 'en').outgoing.map((r) => [r.other, r.effectiveDate ?? null]))).toEqual({ L: null, G: null, P: '2020-02-01', S: '2020-03-01' })
  })
  it('unrelated document gets nothing', () => {
    expect(invertRelations(edges, 'Z')).toEqual({ outgoing: [], incoming: [] })
  })
})
