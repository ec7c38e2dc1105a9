'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { surveyForm } from './form'
import type { SurveyFormState } from './state'

/**
 * The survey form's server action (the JavaScript path; without JavaScript the form posts to its
 * route handler — see src/lib/publicForm). Bound on the page to `{ locale, slug }`.
 */
export async function sendSurveyResponse(target: { locale: string; slug: string }, _previous: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  return runFormAction(surveyForm, locale, { slug: String(target.slug) }, form)
}
