'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { ratingForm } from './form'
import type { RatingFormState } from './state'

/**
 * "Was this information useful?": the server action (the JavaScript path; without JavaScript the
 * form posts to its route handler, which answers 200 thanks / 422 / 429 / 503 — see
 * src/lib/publicForm). Bound on the page to `{ locale, section, slug }`.
 */
export async function sendRating(target: { locale: string; section: string; slug: string }, _previous: RatingFormState, form: FormData): Promise<RatingFormState> {
  return runFormAction(ratingForm, isLocale(target.locale) ? target.locale : 'vi', { section: String(target.section), slug: String(target.slug) }, form)
}
