import { EMPTY_ASK, type AskField, type AskValues } from '@/domain/questions'

/** What the ask form shows after a refused submission: every typed value and the problems. */
export interface AskFormState {
  values: AskValues
  errors: { field: AskField | null; message: string }[]
  /** Set when the submission was refused for now (rate limit, busy database): seconds to wait. */
  retryAfterSeconds?: number
  /** The "similar answered questions" step: hits for the typed title (null: not asked yet). */
  similar?: { title: string; url: string }[] | null
}

export const EMPTY_ASK_STATE: AskFormState = { values: EMPTY_ASK, errors: [] }
