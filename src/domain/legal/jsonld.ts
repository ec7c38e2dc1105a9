/**
 * Machine-readable metadata for legal documents: schema.org `Legislation`
 * JSON-LD and Dublin Core <meta> tags.
 */
import type { EffectStatus, ISODate } from './effect'
import { getDocType } from './doc-types'

export type Locale = 'vi' | 'en'
export type Localized = string | { vi?: string; en?: string }

export interface LegalDocFile {
  url: string
  name?: string
  /** Defaults to application/pdf. */
  mimeType?: string
  sizeBytes?: number
}

export interface LegalDocMeta {
  id: string
  /** Official number, e.g. "22/2016/NQ-HĐND". */
  number?: string
  title: Localized
  abstract?: Localized
  /** Key from DOC_TYPES (e.g. 'resolution'); unknown keys are emitted verbatim. */
  docType?: string
  /** Issuing body, e.g. { vi: 'HĐND tỉnh Hà Tĩnh', en: 'Hà Tĩnh Provincial People’s Council' }. */
  issuer?: Localized
  signer?: string
  issueDate?: ISODate
  effectiveDate?: ISODate
  expiryDate?: ISODate
  /** ISO date or datetime of last modification. */
  updatedAt?: string
  /** Effect status computed for today (see effectStatus). */
  status?: EffectStatus
  files?: LegalDocFile[]
}

export const JURISDICTION = 'Hà Tĩnh, Việt Nam'

const LEGAL_FORCE: Record<EffectStatus, string> = {
  'in-force': 'https://schema.org/InForce',
  'partly-expired': 'https://schema.org/PartiallyInForce',
  'not-yet-in-force': 'https://schema.org/NotInForce',
  expired: 'https://schema.org/NotInForce',
  suspended: 'https://schema.org/NotInForce',
}

export function legalForce(status: EffectStatus): string {
  return LEGAL_FORCE[status]
}

/** Picks the locale's text, falling back to the other locale. Reports which was used. */
export function pickLocalized(v: Localized | undefined, locale: Locale): { text?: string; lang?: Locale } {
  if (v === undefined || v === null) return {}
  if (typeof v === 'string') return v.trim() ? { text: v, lang: undefined } : {}
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  if (v[locale]?.trim()) return { text: v[locale], lang: locale }
  if (v[other]?.trim()) return { text: v[other], lang: other }
  return {}
}

function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) {
    const v = o[k]
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) delete o[k]
  }
  return o
}

function typeLabel(key: string | undefined, locale: Locale): string | undefined {
  if (!key) return undefined
  const t = getDocType(key)
  return t ? t[locale] : key
}

/** schema.org Legislation object. `inLanguage` reflects the language the title was actually served in. */
export function legislationJsonLd(doc: LegalDocMeta, opts: { url: string; locale: Locale }): Record<string, unknown> {
  const { url, locale } = opts
  const title = pickLocalized(doc.title, locale)
  const issuer = pickLocalized(doc.issuer, locale).text
  const files = (doc.files ?? []).map((f) =>
    clean({
      '@type': 'MediaObject',
      contentUrl: f.url,
      name: f.name,
      encodingFormat: f.mimeType ?? 'application/pdf',
      contentSize: f.sizeBytes !== undefined ? `${f.sizeBytes} B` : undefined,
    }),
  )
  return clean({
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: title.text,
    legislationIdentifier: doc.number,
    legislationType: typeLabel(doc.docType, locale),
    legislationDate: doc.issueDate,
    legislationLegalForce: doc.status ? LEGAL_FORCE[doc.status] : undefined,
    legislationJurisdiction: JURISDICTION,
    legislationPassedBy: issuer ? { '@type': 'GovernmentOrganization', name: issuer } : undefined,
    abstract: pickLocalized(doc.abstract, locale).text,
    inLanguage: title.lang ?? locale,
    datePublished: doc.issueDate,
    temporalCoverage: doc.effectiveDate ? `${doc.effectiveDate}/${doc.expiryDate ?? '..'}` : undefined,
    expires: doc.expiryDate,
    dateModified: doc.updatedAt,
    encoding: files,
  })
}

/** Dublin Core meta tags; entries without content are omitted. */
export function dublinCoreMeta(doc: LegalDocMeta, locale: Locale): { name: string; content: string }[] {
  const title = pickLocalized(doc.title, locale)
  const rows: [string, string | undefined][] = [
    ['DC.title', title.text],
    ['DC.creator', pickLocalized(doc.issuer, locale).text],
    ['DC.date', doc.issueDate],
    ['DC.description', pickLocalized(doc.abstract, locale).text],
    ['DC.identifier', doc.number ?? doc.id],
    ['DC.type', typeLabel(doc.docType, locale)],
    ['DC.language', title.lang ?? locale],
  ]
  return rows.filter((r): r is [string, string] => !!r[1]).map(([name, content]) => ({ name, content }))
}

/**
 * JSON for a <script type="application/ld+json"> body: `<`, `>`, `&` and the
 * JS line separators are \u-escaped, so "</script>" or "<!--" cannot appear.
 * The result is still valid JSON that parses back to the same value.
 */
export function safeJsonLd(obj: unknown): string {
  const json = JSON.stringify(obj) ?? 'null'
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
