import type { PublicFormState } from '@/lib/publicForm'
import type { RatingError } from './submit'

/** What the rating form shows after a submission: the typed reason and remark, the problem, or thanks. */
export interface RatingFormState extends PublicFormState<{ reason: string; remark: string }, RatingError['field']> {
  /** Thanks shown after a counted rating (a second try the same day replaces the first). */
  done: boolean
}

export const EMPTY_RATING: RatingFormState = { done: false, values: { reason: '', remark: '' }, errors: [] }
