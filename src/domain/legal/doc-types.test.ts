import { describe, expect, it } from 'vitest'
import { DOC_TYPES, docNumberSlug, docTypeByAbbr, getDocType, parseDocNumber, type ParsedDocNumber } from './doc-types'

describe('DOC_TYPES', () => {
  it('has unique keys and unique abbreviations', () => {
    const keys = DOC_TYPES.map((t) => t.key)
    expect(new Set(keys).size).toBe(keys.length)
    const abbrs = DOC_TYPES.flatMap((t) => (t.abbr ? [t.abbr] : []))
    expect(new Set(abbrs).size).toBe(abbrs.length)
  })
  const cases: [string, string, string | undefined, string][] = [
    ['resolution', 'Nghị quyết', 'NQ', 'Resolution'],
    ['decision', 'Quyết định', 'QĐ', 'Decision'],
    ['directive', 'Chỉ thị', 'CT', 'Directive'],
    ['plan', 'Kế hoạch', 'KH', 'Plan'],
    ['notice', 'Thông báo', 'TB', 'Notice'],
    ['official-letter', 'Công văn', 'CV', 'Official Letter'],
    ['circular', 'Thông tư', 'TT', 'Circular'],
    ['decree', 'Nghị định', 'NĐ', 'Decree'],
    ['law', 'Luật', undefined, 'Law'],
    ['report', 'Báo cáo', 'BC', 'Report'],
    ['submission', 'Tờ trình', 'TTr', 'Submission'],
    ['guidance', 'Hướng dẫn', 'HD', 'Guidance'],
  ]
  it.each(cases)('%s', (key, vi, abbr, en) => {
    const t = getDocType(key)
    expect(t).toMatchObject({ key, vi, en })
    expect(t?.abbr).toBe(abbr)
  })
  const lookups: [string, string | undefined][] = [
    ['QĐ', 'decision'], ['qđ', 'decision'], ['QD', 'decision'], ['nd', 'decree'],
    ['HD', 'guidance'], ['HĐ', 'contract'], ['ttr', 'submission'], ['CTr', 'programme'], ['CT', 'directive'],
    ['ÐA', 'scheme'], ['UBND', undefined],
  ]
  it.each(lookups)('docTypeByAbbr(%s)', (a, key) => {
    expect(docTypeByAbbr(a)?.key).toBe(key)
  })
})

describe('parseDocNumber', () => {
  const cases: [string, Omit<ParsedDocNumber, 'normalized'> & { normalized?: string } | null][] = [
    ['22/2016/NQ-HĐND', { seq: '22', year: 2016, typeAbbr: 'NQ', issuerAbbr: 'HĐND', typeKey: 'resolution', normalized: '22/2016/NQ-HĐND' }],
    [' 22 / 2016 / NQ - HĐND ', { seq: '22', year: 2016, typeAbbr: 'NQ', issuerAbbr: 'HĐND', typeKey: 'resolution', normalized: '22/2016/NQ-HĐND' }],
    ['Số: 05/2020/qđ–ubnd', { seq: '05', year: 2020, typeAbbr: 'QĐ', issuerAbbr: 'UBND', typeKey: 'decision', normalized: '05/2020/QĐ-UBND' }],
    ['05/2020/QD-UBND', { seq: '05', year: 2020, typeAbbr: 'QĐ', issuerAbbr: 'UBND', typeKey: 'decision', normalized: '05/2020/QĐ-UBND' }],
    ['22/2016/NQ-H\u00D0ND', { seq: '22', year: 2016, typeAbbr: 'NQ', issuerAbbr: 'HĐND', typeKey: 'resolution' }],
    ['22/2016/NQ-HÐND'.normalize('NFD'), { seq: '22', year: 2016, typeAbbr: 'NQ', issuerAbbr: 'HĐND', typeKey: 'resolution' }],
    ['15/QĐ-UBND', { seq: '15', typeAbbr: 'QĐ', issuerAbbr: 'UBND', typeKey: 'decision', normalized: '15/QĐ-UBND' }],
    ['80/2015/QH13', { seq: '80', year: 2015, issuerAbbr: 'QH13', normalized: '80/2015/QH13' }],
    ['1234/UBND-KT', { seq: '1234', issuerAbbr: 'UBND-KT', normalized: '1234/UBND-KT' }],
    ['1786/QĐ-TTg', { seq: '1786', typeAbbr: 'QĐ', issuerAbbr: 'TTg', typeKey: 'decision', normalized: '1786/QĐ-TTg' }],
    ['1786/qđ-ttg', { seq: '1786', typeAbbr: 'QĐ', issuerAbbr: 'TTG', typeKey: 'decision', normalized: '1786/QĐ-TTG' }],
    ['01/2016/TTLT-BTC-BNV', { seq: '01', year: 2016, typeAbbr: 'TTLT', issuerAbbr: 'BTC-BNV', typeKey: 'joint-circular' }],
    ['12/2019/XYZ-UBND', { seq: '12', year: 2019, typeAbbr: 'XYZ', issuerAbbr: 'UBND' }],
    ['22a/2016/NQ-HĐND', { seq: '22a', year: 2016, typeAbbr: 'NQ', issuerAbbr: 'HĐND', typeKey: 'resolution' }],
    ['', null],
    ['Nghị quyết về ngân sách', null],
    ['22/16/NQ-HĐND', null],
    ['NQ/2016/22', null],
    ['22/2016/', null],
    ['1/2/3/4', null],
  ]
  it.each(cases)('%j', (input, expected) => {
    const r = parseDocNumber(input)
    if (expected === null) expect(r).toBeNull()
    else expect(r).toMatchObject(expected)
    if (r && expected && !('typeKey' in expected)) expect(r.typeKey).toBeUndefined()
  })
})

describe('docNumberSlug', () => {
  const cases: [string, string][] = [
    ['22/2016/NQ-HĐND', '22-2016-nq-hdnd'],
    ['  05/2020/QĐ-UBND ', '05-2020-qd-ubnd'],
    ['22/2016/NQ-HĐND'.normalize('NFD'), '22-2016-nq-hdnd'],
    ['Số 15 / QĐ — UBND!!', 'so-15-qd-ubnd'],
    ['Nghị quyết đặc biệt', 'nghi-quyet-dac-biet'],
    ['///', ''],
  ]
  it.each(cases)('%j → %s', (input, slug) => {
    expect(docNumberSlug(input)).toBe(slug)
  })
})
