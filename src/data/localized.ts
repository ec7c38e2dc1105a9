import type { Locale } from '@/routes/locales'

/** A text shown on a page, with the language it is actually in (English pages may show Vietnamese). */
export interface LText {
  text: string
  lang: Locale
}

/** A rich-text value with its language. */
export interface LRich {
  value: unknown
  lang: Locale
}

type Row = Record<string, unknown>

const present = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0

/**
 * THE way to show Vietnamese where English is missing (every reader in src/data uses it): read
 * the field in the page's locale and in Vietnamese (`locale: 'all'`, or a second read in 'vi'),
 * then `pickText`/`pickRich` return the page's locale, else the Vietnamese original marked as
 * Vietnamese (the page sets lang="vi" on it), else null. The English site never shows Vietnamese
 * unmarked. `vi` is the same field read in Vietnamese.
 */
export function pickText(locale: Locale, own: unknown, vi: unknown): LText | null {
  if (present(own)) return { text: own, lang: locale }
  if (locale !== 'vi' && present(vi)) return { text: vi, lang: 'vi' }
  return null
}

function hasRichText(v: unknown): boolean {
  const root = (v as { root?: { children?: unknown[] } } | null | undefined)?.root
  return Boolean(root && Array.isArray(root.children) && root.children.length > 0)
}

export function pickRich(locale: Locale, own: unknown, vi: unknown): LRich | null {
  if (hasRichText(own)) return { value: own, lang: locale }
  if (locale !== 'vi' && hasRichText(vi)) return { value: vi, lang: 'vi' }
  return null
}

/** Reads `a.b.c` from a document. */
export function at(doc: Row | null | undefined, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Row)[k] : undefined), doc)
}

export function byId(docs: Row[]): Map<string, Row> {
  return new Map(docs.map((d) => [String(d.id), d]))
}

export interface TranslationInfo {
  state: 'missing' | 'outdated' | 'current'
  viMaterialChangeAt: string | null
}

export function translationInfo(doc: Row | null | undefined): TranslationInfo | null {
  const t = doc?.translation as { state?: string; viMaterialChangeAt?: string | null } | undefined
  if (!t?.state || !['missing', 'outdated', 'current'].includes(t.state)) return null
  return { state: t.state as TranslationInfo['state'], viMaterialChangeAt: t.viMaterialChangeAt ?? null }
}
