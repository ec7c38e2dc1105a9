import type { LegalIndexEntry, Texts } from '@/data/legal'
import { EFFECT_STATUS_LABELS, getDocType, statusesOn, todayInVietnam, type EffectResult, type EffectStatus } from '@/domain/legal'
import type { Locale } from '@/routes/locales'

/** Text in the page's locale, else the Vietnamese original (with its language for `lang`). */
export function localized(value: Texts, locale: Locale): { text: string; lang?: string } {
  if (value[locale]) return { text: value[locale]! }
  if (value.vi) return { text: value.vi, lang: locale === 'vi' ? undefined : 'vi' }
  return { text: value.en ?? '', lang: locale === 'en' ? undefined : 'en' }
}

export function docTypeLabel(key: string | null, locale: Locale): string {
  return key ? (getDocType(key)?.[locale] ?? key) : ''
}

export function statusLabel(status: EffectStatus, locale: Locale): string {
  return EFFECT_STATUS_LABELS[status][locale]
}

export type WithStatus<T> = T & { status: EffectStatus; effect: EffectResult }

/**
 * Attaches today's effect status (computed now, in Việt Nam time) to every document. Pass the whole
 * index (a document can be expired by another agency's decision), then narrow it, e.g. to one
 * agency's documents for an agency site: `withStatuses(index).filter((d) => d.agencyId === id)`.
 */
export function withStatuses(index: LegalIndexEntry[], today = todayInVietnam()): WithStatus<LegalIndexEntry>[] {
  const statuses = statusesOn(index, today)
  return index.map((d) => {
    const effect = statuses.get(d.id)!
    return { ...d, status: effect.status, effect }
  })
}

const MIME_KEYS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
}

export function fileTypeKey(mimeType: string | null): string {
  return (mimeType && MIME_KEYS[mimeType]) || 'other'
}
