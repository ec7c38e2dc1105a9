/** What the rating form shows after a submission. */
export interface RatingFormState {
  /** Thanks shown after a counted rating (a second try the same day replaces the first). */
  done: boolean
  values: { reason: string; remark: string }
  error?: string
  retryAfterSeconds?: number
}

export const EMPTY_RATING: RatingFormState = { done: false, values: { reason: '', remark: '' } }
