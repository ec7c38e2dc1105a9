'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { askForm } from './form'
import type { AskFormState } from './state'

/**
 * The ask form's server action (the JavaScript path; without JavaScript the form posts to its
 * route handler, which answers 303 / 422 / 429 / 503 — see src/lib/publicForm). Bound on the page
 * to `{ locale, fields }`.
 */
export async function askQuestion(target: { locale: string; fields: string[] }, _previous: AskFormState, form: FormData): Promise<AskFormState> {
  return runFormAction(askForm, isLocale(target.locale) ? target.locale : 'vi', { fields: Array.isArray(target.fields) ? target.fields.map(String) : [] }, form)
}
