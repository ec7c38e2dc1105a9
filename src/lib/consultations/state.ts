import type { CommentField, CommentValues } from '@/domain/consultations'

/** What a comment form shows after a refused submission: the entered values and the problems. */
export interface CommentFormState {
  values: Omit<CommentValues, 'article'> & { organisation: string }
  errors: { field: CommentField | 'attachment' | 'organisation' | null; message: string }[]
  /** Set when refused for now (rate limit, busy database): seconds to wait. */
  retryAfterSeconds?: number
}

export const EMPTY_COMMENT: CommentFormState = { values: { name: '', organisation: '', email: '', text: '' }, errors: [] }
