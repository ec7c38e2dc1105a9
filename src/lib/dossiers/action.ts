'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { lookupForm } from './form'
import type { LookupFormState } from './state'

/**
 * The dossier look-up form's server action (the JavaScript path; without JavaScript the form posts
 * to its route handler, which answers 200 / 422 / 429 / 503 — see src/lib/publicForm). Bound on
 * the page to the locale.
 */
export async function lookUpDossier(target: { locale: string }, _previous: LookupFormState, form: FormData): Promise<LookupFormState> {
  return runFormAction(lookupForm, isLocale(target.locale) ? target.locale : 'vi', {}, form)
}
