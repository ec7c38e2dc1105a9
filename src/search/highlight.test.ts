import { describe, expect, it } from 'vitest'
import { escapeHtml, highlight, snippet } from './highlight'

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
