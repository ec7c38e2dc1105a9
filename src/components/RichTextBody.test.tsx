import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichTextBody } from './RichTextBody'

const cell = (text: string, headerState = 0) => ({
  type: 'tablecell',
  headerState,
  version: 1,
  children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, format: 0, version: 1 }] }],
})
const table = (label: string) => ({ type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [cell(label, 1), cell('2')] }] })
const doc = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Điều 1', format: 0, version: 1 }] }, table('A'), table('B')] } } as unknown as SerializedEditorState

describe('RichTextBody', () => {
  it.each([
    ['vi', 'Bảng 1 trong văn bản', 'Bảng 2 trong văn bản'],
    ['en', 'Table 1 in the text', 'Table 2 in the text'],
  ] as const)('puts every table of the text in a focusable region with its own name (%s)', (locale, first, second) => {
    const html = renderToStaticMarkup(<RichTextBody data={doc} locale={locale} />)
    const regions = [...html.matchAll(/<div class="table-scroll" role="region" aria-label="([^"]+)" tabindex="0"><table/g)].map((m) => m[1])
    expect(regions).toEqual([first, second])
    expect(html).toContain('Điều 1')
  })
})
