import type { CollectionSlug, Field, Payload, UIFieldServerComponent } from 'payload'
import { plainText } from '@/lib/richtext'

type Labelled = { name?: string; type: string; localized?: boolean; label?: unknown; fields?: Field[]; tabs?: { fields: Field[] }[] }

/** Localized text, textarea and rich-text fields of a collection, in form order (tabs and rows included). */
function localizedTextFields(fields: Field[]): Labelled[] {
  const out: Labelled[] = []
  for (const f of fields as Labelled[]) {
    if (f.type === 'tabs' && f.tabs) for (const tab of f.tabs) out.push(...localizedTextFields(tab.fields))
    else if ((f.type === 'row' || f.type === 'collapsible') && f.fields) out.push(...localizedTextFields(f.fields))
    else if (f.name && f.localized && (f.type === 'text' || f.type === 'textarea' || f.type === 'richText')) out.push(f)
  }
  return out
}

function labelOf(field: Labelled, language: string): string {
  const l = field.label
  if (typeof l === 'string') return l
  if (l && typeof l === 'object') {
    const byLang = l as Record<string, string>
    return byLang[language] ?? byLang.vi ?? field.name ?? ''
  }
  return field.name ?? ''
}

const TEXTS = {
  vi: { heading: 'Bản gốc tiếng Việt', hint: 'Chỉ để đọc: dịch các trường tiếng Anh bên cạnh theo bản này.', empty: '(trống)' },
  en: { heading: 'Vietnamese original', hint: 'Read-only: translate the English fields beside it from this text.', empty: '(empty)' },
}

/**
 * "Side by side" for translators: in the English locale of an edit view, the sidebar shows the
 * Vietnamese source of every localized text field (latest draft, read-only) beside the English
 * fields being edited. Nothing is rendered in the Vietnamese locale or on a new document.
 */
const isCollectionSlug = (payload: Payload, slug: string): slug is CollectionSlug => slug in payload.collections

export const ViSource: UIFieldServerComponent = async ({ collectionSlug, id, payload, req, i18n }) => {
  if (req.locale !== 'en' || id === undefined || !collectionSlug || !isCollectionSlug(payload, collectionSlug)) return null
  const collection = payload.collections[collectionSlug]
  const source = (await payload.findByID({
    collection: collectionSlug,
    id,
    locale: 'vi',
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })) as unknown as Record<string, unknown>
  const language = i18n?.language === 'en' ? 'en' : 'vi'
  const texts = TEXTS[language]
  const fields = localizedTextFields(collection.config.fields as Field[])
  return (
    <section lang="vi" aria-label={texts.heading} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', marginBottom: '1rem' }} data-testid="vi-source">
      <h3 lang={language} style={{ marginTop: 0 }}>{texts.heading}</h3>
      <p lang={language} style={{ fontSize: '0.85em', opacity: 0.8 }}>{texts.hint}</p>
      <dl style={{ margin: 0 }}>
        {fields.map((f) => {
          const value = source?.[f.name!]
          const text = f.type === 'richText' ? plainText(value) : typeof value === 'string' ? value : ''
          return (
            <div key={f.name} style={{ marginBottom: '0.5rem' }}>
              <dt lang={language} style={{ fontWeight: 600 }}>{labelOf(f, language)}</dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{text || <span lang={language}>{texts.empty}</span>}</dd>
            </div>
          )
        })}
      </dl>
    </section>
  )
}
