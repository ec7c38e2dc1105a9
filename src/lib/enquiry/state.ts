import type { EnquiryField, EnquiryValues } from '@/domain/invest/enquiry'
import type { PublicFormState } from '@/lib/publicForm'

/** What the enquiry form shows after a refused submission: the entered values and the problems. */
export type EnquiryFormState = PublicFormState<EnquiryValues, EnquiryField>

export const EMPTY_ENQUIRY: EnquiryFormState = {
  values: { name: '', company: '', country: '', email: '', message: '' },
  errors: [],
}
