import { parseQuery } from './query'
import { describe, expect, it } from 'vitest'
import { exactTokens } from './fold'
import { escapeHtml, highlight, snippet } from './highlight'

const exactTokensOf = (w: string): string => exactTokens(w)[0] ?? ''

describe('highlight', () => {
  it('marks folding-aware matches in the original text', () => {
    expect(highlight('Tỉnh Đồng Nai', [['dong', 'nai']])).toBe('Tỉnh <mark>Đồng Nai</mark>')
    expect(highlight('Đường và dương', [['duong']])).toBe('<mark>Đường</mark> và <mark>dương</mark>')
  })
  it('escapes HTML before adding marks', () => {
    const out = highlight('<script>alert("x")</script> Hà Tĩnh & co', [['ha', 'tinh'], ['script']])
    expect(out).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; <mark>Hà Tĩnh</mark> &amp; co',
    )
    expect(out.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
    expect(escapeHtml(`'"&<>`)).toBe('&#39;&quot;&amp;&lt;&gt;')
  })
  it('does not match partial words', () => {
    expect(highlight('tinhthan tinh', [['tinh']])).toBe('tinhthan <mark>tinh</mark>')
  })
})

describe('snippet', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`)
  it('centers on the matches and marks ellipses', () => {
    const text = [...words.slice(0, 100), 'Đồng', 'Nai', ...words.slice(100)].join(' ')
    const s = snippet(text, [['dong', 'nai']], 20)
    expect(s.startsWith('… ')).toBe(true)
    expect(s.endsWith(' …')).toBe(true)
    expect(s).toContain('<mark>Đồng Nai</mark>')
  })
  it('falls back to the start of the text', () => {
    expect(snippet('a <b> c', [['zzz']])).toBe('a &lt;b&gt; c')
  })
})

describe('accent-free terms mark the word they meant', () => {
  it('"ngan sach" marks "ngân" (next to "sách"), not a lone "ngắn" elsewhere', () => {
    expect(highlight('Dự toán ngân sách ngắn hạn', [['ngan'], ['sach']])).toBe(
      'Dự toán <mark>ngân sách</mark> ngắn hạn',
    )
  })
  it('every occurrence of the meant form is marked, even far from its neighbour', () => {
    expect(highlight('ngân sách năm 2017; chi ngân hàng; ngắn', [['ngan'], ['sach']])).toBe(
      '<mark>ngân sách</mark> năm 2017; chi <mark>ngân</mark> hàng; ngắn',
    )
  })
  it('a term typed twice keeps each form it pairs with ("tinh ha tinh" → "tỉnh Hà Tĩnh")', () => {
    const terms = parseQuery('quy hoach tinh ha tinh').terms
    expect(terms.map((t) => t.folded)).toEqual(['quy', 'hoach', 'tinh', 'ha'])
    expect(highlight('Quy hoạch tỉnh Hà Tĩnh; tính toán', terms)).toBe('<mark>Quy hoạch tỉnh Hà Tĩnh</mark>; tính toán')
  })
  it('without a neighbouring pair every folded look-alike is marked (nothing tells them apart)', () => {
    expect(highlight('ngân và ngắn', [['ngan']])).toBe('<mark>ngân</mark> và <mark>ngắn</mark>')
    expect(highlight('ngân và ngắn; sách', [['ngan'], ['sach']])).toBe(
      '<mark>ngân</mark> và <mark>ngắn</mark>; <mark>sách</mark>',
    )
  })
  it('a term typed with diacritics still marks only its exact form', () => {
    const t = { tokens: ['ngan'], exactTokens: [exactTokensOf('ngắn')], hasDiacritics: true }
    expect(highlight('ngân và ngắn', [t])).toBe('ngân và <mark>ngắn</mark>')
  })
})
