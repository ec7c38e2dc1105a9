import type { EnquiryField, EnquiryValues } from '@/domain/invest/enquiry'

/** What the enquiry form shows after a refused submission: the entered values and the problems. */
export interface EnquiryFormState {
  values: EnquiryValues
  errors: { field: EnquiryField | null; message: string }[]
  /** Set when the submission was refused for now (rate limit, busy database): seconds to wait. */
  retryAfterSeconds?: number
}

export const EMPTY_ENQUIRY: EnquiryFormState = {
  values: { name: '', company: '', country: '', email: '', message: '' },
  errors: [],
}
