/**
 * Rating scales as data, shared by every section that rates (information pages here; public
 * services and dossiers use `SATISFACTION_SCALE`).
 *
 * Service satisfaction: Decree 224/2026/NĐ-CP art. 10 requires online rating with the rater's
 * identity kept confidential. The five levels and their wording below are a DEFAULT (the
 * customary five-level satisfaction scale of Vietnamese public-service surveys), not copied
 * from the decree's text: check the wording against the decree before relying on it.
 */
export interface ScaleLevel {
  value: number
  vi: string
  en: string
}

export const SATISFACTION_LEGAL_BASIS = 'Nghị định 224/2026/NĐ-CP, Điều 10 (mức và nhãn: mặc định, cần đối chiếu văn bản)'

export const SATISFACTION_SCALE: readonly ScaleLevel[] = Object.freeze([
  { value: 5, vi: 'Rất hài lòng', en: 'Very satisfied' },
  { value: 4, vi: 'Hài lòng', en: 'Satisfied' },
  { value: 3, vi: 'Bình thường', en: 'Neutral' },
  { value: 2, vi: 'Không hài lòng', en: 'Dissatisfied' },
  { value: 1, vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
])

/** Levels counted as "satisfied" in the per-agency satisfaction share. */
export const SATISFIED_FROM = 4

/** Reasons a reader may give when a page was not useful ("Was this information useful?" — no). */
export const NOT_USEFUL_REASONS = ['incomplete', 'outdated', 'hard-to-understand', 'not-found', 'other'] as const
export type NotUsefulReason = (typeof NOT_USEFUL_REASONS)[number]

/** What can be rated: every information section; services and answers are added by their owners. */
export const RATED_SECTIONS = ['news', 'legal-documents', 'plans', 'budget', 'consultations', 'answers', 'services'] as const
export type RatedSection = (typeof RATED_SECTIONS)[number]
