import { EMPTY_ASK, type AskField, type AskValues } from '@/domain/questions'
import type { PublicFormState } from '@/lib/publicForm'

/** What the ask form shows after a refused submission: every typed value and the problems. */
export interface AskFormState extends PublicFormState<AskValues, AskField> {
  /** The "similar answered questions" step: hits for the typed title (null: not asked yet). */
  similar?: { title: string; url: string }[] | null
}

export const EMPTY_ASK_STATE: AskFormState = { values: EMPTY_ASK, errors: [] }
