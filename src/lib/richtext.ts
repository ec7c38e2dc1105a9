import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type EditorState = Parameters<typeof convertLexicalToPlaintext>[0]['data']

const isEditorState = (value: unknown): value is EditorState =>
  Boolean(value && typeof value === 'object' && 'root' in value && (value as { root?: unknown }).root && typeof (value as { root: unknown }).root === 'object')

/**
 * Plain text of a Lexical rich-text value (for search indexing, summaries and completeness
 * checks), by Payload's own converter; runs of spaces and blank lines are folded.
 */
export function plainText(value: unknown): string {
  if (!isEditorState(value)) return ''
  return convertLexicalToPlaintext({ data: value }).replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n').trim()
}

/** A Lexical document from plain paragraphs (seed data and tests). */
export function richTextFromParagraphs(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  }
}
