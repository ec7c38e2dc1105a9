/**
 * English-edition state of a localized document ("The English edition
 * investors can trust"), modelled as pure transitions over TranslationMeta.
 *
 * - missing:  no English (title) at all.
 * - outdated: the Vietnamese source changed *materially* after the English
 *             was last brought up to date.
 * - current:  otherwise.
 *
 * Decisions:
 * - A Vietnamese edit without `change` is treated as `material` (fail safe:
 *   an unlabeled change may not silently keep the English marked current).
 * - An English edit brings the English up to date unless it is explicitly a
 *   `minor` touch-up (typo fix in the English text), which does not certify
 *   that the English matches the latest Vietnamese. The first English
 *   translation (English appears) always counts.
 * - Removing the English clears `enUpdatedAt`, so a later translation starts afresh.
 * - Timestamps are compared as instants (offsets honoured). An English update
 *   at the same instant as the material change counts as current.
 *   Out-of-order edits never move a timestamp backwards.
 */

export interface TranslationMeta {
  /** ISO datetime of the latest material change to the Vietnamese source. */
  viMaterialChangeAt?: string
  /** ISO datetime the English was last brought up to date. */
  enUpdatedAt?: string
  hasEnglish: boolean
}

export type TranslationState = 'missing' | 'outdated' | 'current'

export interface TranslationEdit {
  locale: 'vi' | 'en'
  change?: 'minor' | 'material'
  /** ISO datetime of the edit. */
  at: string
  /** Whether the document has English content after this edit. */
  hasEnglishAfter: boolean
}

function instant(s: string, what: string): number {
  const t = Date.parse(s)
  if (Number.isNaN(t)) throw new RangeError(`${what}: invalid datetime "${s}"`)
  return t
}

function later(a: string | undefined, b: string): string {
  if (a === undefined) return b
  return instant(b, 'at') > instant(a, 'existing timestamp') ? b : a
}

export function applyEdit(meta: TranslationMeta, edit: TranslationEdit): TranslationMeta {
  instant(edit.at, 'edit.at')
  const next: TranslationMeta = { ...meta, hasEnglish: edit.hasEnglishAfter }

  if (edit.locale === 'vi' && (edit.change ?? 'material') === 'material') {
    next.viMaterialChangeAt = later(meta.viMaterialChangeAt, edit.at)
  }

  if (!edit.hasEnglishAfter) {
    delete next.enUpdatedAt
  } else if (!meta.hasEnglish) {
    // English just appeared (first translation, or re-added after removal).
    next.enUpdatedAt = edit.at
  } else if (edit.locale === 'en' && edit.change !== 'minor') {
    next.enUpdatedAt = later(meta.enUpdatedAt, edit.at)
  }
  return next
}

export function translationState(meta: TranslationMeta): TranslationState {
  if (!meta.hasEnglish) return 'missing'
  if (!meta.viMaterialChangeAt) return 'current'
  if (!meta.enUpdatedAt) return 'outdated'
  return instant(meta.viMaterialChangeAt, 'viMaterialChangeAt') > instant(meta.enUpdatedAt, 'enUpdatedAt') ? 'outdated' : 'current'
}

/** Folds a sequence of edits (in the given order) from `initial`. */
export function replayEdits(
  edits: readonly TranslationEdit[],
  initial: TranslationMeta = { hasEnglish: false },
): TranslationMeta {
  return edits.reduce(applyEdit, initial)
}

export const TRANSLATION_STATE_LABELS: Record<TranslationState, { vi: string; en: string }> = {
  missing: { vi: 'Chưa có bản tiếng Anh', en: 'English version not available' },
  outdated: {
    vi: 'Bản tiếng Anh chưa cập nhật theo bản tiếng Việt',
    en: 'The English version may not reflect the latest Vietnamese text',
  },
  current: { vi: 'Bản tiếng Anh đã cập nhật', en: 'English version up to date' },
}
