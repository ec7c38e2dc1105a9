/**
 * The investors' enquiry form: what is accepted and how it is checked (pure; the form page and
 * the submission service share it). Error codes map onto `enquiry.errors.*` UI strings.
 */
export const ENQUIRY_FIELDS = ['name', 'company', 'country', 'email', 'message'] as const
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number]

export const ENQUIRY_MAX: Record<EnquiryField, number> = { name: 120, company: 160, country: 80, email: 254, message: 4000 }

/** Name of the honeypot input: hidden from people, filled by naive bots. */
export const HONEYPOT_FIELD = 'website'

export type EnquiryValues = Record<EnquiryField, string>

export interface EnquiryError {
  field: EnquiryField
  code: 'nameRequired' | 'emailInvalid' | 'messageRequired' | 'tooLong'
  max?: number
}

interface FormLike {
  get(name: string): unknown
}

/** Trimmed string values from a submitted form (files and missing fields become ''). */
export function readEnquiryForm(form: FormLike): { values: EnquiryValues; honeypot: string } {
  const text = (name: string) => {
    const v = form.get(name)
    return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : ''
  }
  const values = Object.fromEntries(ENQUIRY_FIELDS.map((f) => [f, text(f)])) as EnquiryValues
  return { values, honeypot: text(HONEYPOT_FIELD) }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

export function validateEnquiry(values: EnquiryValues): EnquiryError[] {
  const errors: EnquiryError[] = []
  if (!values.name) errors.push({ field: 'name', code: 'nameRequired' })
  if (!EMAIL.test(values.email)) errors.push({ field: 'email', code: 'emailInvalid' })
  if (!values.message) errors.push({ field: 'message', code: 'messageRequired' })
  for (const field of ENQUIRY_FIELDS) {
    if (errors.some((e) => e.field === field)) continue
    if ([...values[field]].length > ENQUIRY_MAX[field]) errors.push({ field, code: 'tooLong', max: ENQUIRY_MAX[field] })
  }
  return errors.sort((a, b) => ENQUIRY_FIELDS.indexOf(a.field) - ENQUIRY_FIELDS.indexOf(b.field))
}
