'use server'
import { runFormAction } from '@/lib/publicForm/action'
import { isLocale } from '@/routes/locales'
import { enquiryForm } from './form'
import type { EnquiryFormState } from './state'

/**
 * The enquiry form's server action (the JavaScript path; without JavaScript the form posts to its
 * route handler, which answers 429/503 + Retry-After — see src/lib/publicForm). Bound on the page
 * to `{ locale, slug }`; everything else comes from the form.
 */
export async function sendEnquiry(target: { locale: string; slug: string }, _previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  return runFormAction(enquiryForm, locale, { slug: String(target.slug) }, form)
}
