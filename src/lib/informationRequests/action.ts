'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { requestForm } from './form'
import type { RequestFormState } from './state'

/**
 * The request form's server action (the JavaScript path; without JavaScript the form posts to its
 * route handler, which answers 422 / 429 / 503 with the right status — src/lib/publicForm).
 * Bound on the page to `{ locale, agency }`.
 */
export async function sendInformationRequest(target: { locale: string; agency: string }, _previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  return runFormAction(requestForm, locale, { agency: String(target.agency) }, form)
}
