import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'
import { ScrollRegion } from './ScrollRegion'

/**
 * Payload's <RichText> with one change: a table in the text scrolls inside its own focusable,
 * named region (the default wraps it in a plain div the keyboard cannot scroll). Detail pages
 * (news, legal documents) render their body with this instead of <RichText>.
 */
export function RichTextBody({ data, locale, className }: { data: SerializedEditorState; locale: Locale; className?: string }) {
  const t = getT(locale)
  const tables = numberTables(data)
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    table: ({ node, nodesToJSX }) => {
      return (
        <ScrollRegion label={t('a11y.textTable', { n: tables.get(node) ?? 1 })}>
          <table className="lexical-table">
            <tbody>{nodesToJSX({ nodes: node.children })}</tbody>
          </table>
        </ScrollRegion>
      )
    },
  })
  return <RichText data={data} converters={converters} className={className} />
}

/** Each table node of the document → its number in reading order (1, 2, …), for the region names. */
function numberTables(data: SerializedEditorState): Map<object, number> {
  const order = new Map<object, number>()
  const walk = (node: { type?: string; children?: unknown[] }) => {
    if (node.type === 'table') order.set(node, order.size + 1)
    node.children?.forEach((c) => walk(c as { type?: string; children?: unknown[] }))
  }
  walk(data.root)
  return order
}
