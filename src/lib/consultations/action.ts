'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { commentForm } from './form'
import type { CommentFormState } from './state'

/**
 * The comment form's server action (the JavaScript path; without JavaScript the form posts to its
 * route handler, which answers 303 / 422 / 429 / 503 — see src/lib/publicForm). Bound on the page
 * to `{ locale, slug }`; the article is a field of the form.
 */
export async function sendComment(target: { locale: string; slug: string }, _previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  return runFormAction(commentForm, isLocale(target.locale) ? target.locale : 'vi', { slug: String(target.slug) }, form)
}
