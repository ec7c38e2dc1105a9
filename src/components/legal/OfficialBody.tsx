import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichTextBody } from '@/components/RichTextBody'
import { findOfficialHeader } from '@/domain/legal'
import type { Locale } from '@/routes/locales'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

/** Plain text of a top-level node when it is a paragraph (anything else stops the header search). */
function paragraphText(node: LexicalNode): string | null {
  if (node.type !== 'paragraph') return null
  return (node.children ?? []).map((c) => (c.type === 'linebreak' ? ' ' : (c.text ?? ''))).join('')
}

/**
 * A legal document's full text: when it opens with the official header, that header is laid out
 * as on the signed paper (issuing body | national name and motto; number | place and date; type
 * and title across) and the text continues after it; otherwise the text is shown as it is.
 */
export function OfficialBody({ data, locale, className }: { data: SerializedEditorState; locale: Locale; className?: string }) {
  const children = (data.root?.children ?? []) as LexicalNode[]
  const lead: string[] = []
  for (const node of children.slice(0, 16)) {
    const text = paragraphText(node)
    if (text === null) break
    lead.push(text)
  }
  const header = findOfficialHeader(lead)
  if (!header) return <RichTextBody data={data} locale={locale} className={className} />
  const rest = { ...data, root: { ...data.root, children: data.root.children.slice(header.consumed) } } as SerializedEditorState
  return (
    <>
      <header className="official-header" lang="vi">
        <div className="official-header__left">
          <p className="official-header__issuer">
            {header.issuer.map((line, n) => (
              <span key={n} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </p>
          {header.number && <p className="official-header__number">{header.number}</p>}
        </div>
        <div className="official-header__right">
          <p className="official-header__motto">
            {header.nationalName}
            {header.motto && <span>{header.motto}</span>}
          </p>
          {header.placeAndDate && <p className="official-header__place">{header.placeAndDate}</p>}
        </div>
        {(header.docType || header.title) && (
          <p className="official-header__title">
            {header.docType && <span style={{ display: 'block' }}>{header.docType}</span>}
            {header.title}
          </p>
        )}
      </header>
      <RichTextBody data={rest} locale={locale} className={className} />
    </>
  )
}
