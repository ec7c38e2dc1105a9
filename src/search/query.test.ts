import { describe, expect, it } from 'vitest'
import { parseQuery, MAX_TERMS } from './query'

describe('parseQuery', () => {
  it('splits words and quoted phrases', () => {
    const p = parseQuery('"ủy ban" hà tĩnh')
    expect(p.terms.map((t) => [t.folded, t.phrase])).toEqual([
      ['uy ban', true],
      ['ha', false],
      ['tinh', false],
    ])
    expect(p.terms.map((t) => t.exact)).toEqual(['ủy ban', 'hà', 'tĩnh'])
  })
  it('produces folded and exact (lowercased NFC) forms', () => {
    const [t] = parseQuery('ĐƯỜNG'.normalize('NFD')).terms
    expect(t.folded).toBe('duong')
    expect(t.exact).toBe('đường')
    expect(t.exact).toBe(t.exact.normalize('NFC'))
    expect(t.hasDiacritics).toBe(true)
    expect(parseQuery('duong').terms[0].hasDiacritics).toBe(false)
  })
  it('accepts smart quotes and unclosed quotes', () => {
    expect(parseQuery('“nhân dân” tỉnh').terms[0]).toMatchObject({ folded: 'nhan dan', phrase: true })
    expect(parseQuery('tỉnh "hà tĩnh').terms[1]).toMatchObject({ folded: 'ha tinh', phrase: true })
  })
  it('drops punctuation-only and duplicate terms, caps term count', () => {
    expect(parseQuery(' - , " " tỉnh tỉnh ').terms.map((t) => t.folded)).toEqual(['tinh'])
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')
    expect(parseQuery(many).terms.length).toBe(MAX_TERMS)
  })
  it('keeps a document number as one adjacent token sequence and sets docNumberKey', () => {
    const p = parseQuery('22/2016/NQ-HĐND')
    expect(p.terms).toHaveLength(1)
    expect(p.terms[0].tokens).toEqual(['22', '2016', 'nq', 'hdnd'])
    expect(p.docNumberKey).toBe('22 2016 nq hdnd')
    expect(parseQuery('22 2016 NQ HDND').docNumberKey).toBe('22 2016 nq hdnd')
    expect(parseQuery('nghi quyet 22 2016').docNumberKey).toBeUndefined()
    expect(parseQuery('nghi quyet 22 2016').docNumberPrefix).toBe('22 2016')
    expect(parseQuery('Resolution 22/2016 on IT').docNumberPrefix).toBe('22 2016')
    expect(parseQuery('22/2016/NQ-HĐND').docNumberPrefix).toBeUndefined()
    expect(parseQuery('quy hoạch 2021 2030').docNumberPrefix).toBeUndefined()
  })
})

describe('parseQuery doc-number label', () => {
  it('drops a leading "số" label from document-number queries only', () => {
    expect(parseQuery('Số: 45/2020/QĐ-UBND').terms.map((t) => t.folded)).toEqual(['45 2020 qd ubnd'])
    expect(parseQuery('số liệu thống kê').terms.map((t) => t.folded)).toEqual(['so', 'lieu', 'thong', 'ke'])
  })
})

describe('which terms were typed next to which', () => {
  it('a repeated word keeps every term typed before it', () => {
    const { terms } = parseQuery('quy hoach tinh ha tinh')
    expect(terms.map((t) => [t.folded, t.after ?? []])).toEqual([
      ['quy', []],
      ['hoach', [0]],
      ['tinh', [1, 3]],
      ['ha', [2]],
    ])
  })
  it('dropping the leading "số" keeps the indices right', () => {
    const { terms } = parseQuery('số 22/2016/NQ-HĐND ngân sách')
    expect(terms.every((t) => (t.after ?? []).every((i) => i >= 0 && i < terms.length))).toBe(true)
  })
})
