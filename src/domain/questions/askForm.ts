/**
 * The "ask a question" form (/vi/hoi-dap/gui-cau-hoi): what is accepted and how it is checked. Pure:
 * the server action reads the form with `readAskForm`, the submit service validates with
 * `validateAsk`; error codes map onto `questions.errors.*` UI strings.
 */
import { ASKER_KINDS, normalizeRegistrationNumber, type AskerKind } from '../cases'

export const ASK_FIELDS = ['askerKind', 'name', 'organisation', 'registrationNumber', 'email', 'phone', 'field', 'agency', 'title', 'question', 'consent'] as const
export type AskField = (typeof ASK_FIELDS)[number] | 'attachments'

export const ASK_MAX = { name: 120, organisation: 200, registrationNumber: 20, email: 254, phone: 20, title: 200, question: 6000 } as const

/** At most this many files, each checked by the upload rules (type from the bytes, size). */
export const MAX_ATTACHMENTS = 3

export const HONEYPOT_FIELD = 'website'

export type AskValues = Record<Exclude<(typeof ASK_FIELDS)[number], 'consent'>, string> & { consent: boolean }

export type AskErrorCode =
  | 'askerKindRequired'
  | 'nameRequired'
  | 'organisationRequired'
  | 'registrationNumberInvalid'
  | 'contactRequired'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'fieldRequired'
  | 'agencyUnknown'
  | 'titleRequired'
  | 'questionRequired'
  | 'tooLong'
  | 'tooManyFiles'
  | 'fileRefused'

export interface AskError {
  field: AskField
  code: AskErrorCode
  max?: number
  /** For `fileRefused`: the file's name and the upload rule's problem code. */
  file?: string
  problem?: string
}

interface FormLike {
  get(name: string): unknown
}

export const EMPTY_ASK: AskValues = { askerKind: '', name: '', organisation: '', registrationNumber: '', email: '', phone: '', field: '', agency: '', title: '', question: '', consent: false }

export function readAskForm(form: FormLike): { values: AskValues; honeypot: string } {
  const text = (name: string) => {
    const v = form.get(name)
    return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : ''
  }
  const values = { ...EMPTY_ASK }
  for (const f of ASK_FIELDS) if (f !== 'consent') values[f] = text(f)
  values.consent = text('consent') === 'yes'
  return { values, honeypot: text(HONEYPOT_FIELD) }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/
/** Vietnamese phone numbers as people type them: 9–11 digits, optional +84, spaces/dots/dashes. */
const PHONE = /^\+?[0-9][0-9 .-]{7,16}[0-9]$/

export function isAskerKind(v: string): v is AskerKind {
  return (ASKER_KINDS as readonly string[]).includes(v)
}

/** Business kinds must name the business and give its registration number. */
export function needsRegistration(kind: string): boolean {
  return kind === 'business'
}

export function validateAsk(values: AskValues, known: { fields: readonly string[]; agencies: readonly string[] }): AskError[] {
  const errors: AskError[] = []
  const push = (field: AskField, code: AskErrorCode, extra: Partial<AskError> = {}) => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, code, ...extra })
  }
  if (!isAskerKind(values.askerKind)) push('askerKind', 'askerKindRequired')
  if (!values.name) push('name', 'nameRequired')
  if (values.askerKind !== 'citizen' && isAskerKind(values.askerKind) && !values.organisation) push('organisation', 'organisationRequired')
  if (needsRegistration(values.askerKind) && !normalizeRegistrationNumber(values.registrationNumber)) push('registrationNumber', 'registrationNumberInvalid')
  if (values.registrationNumber && !normalizeRegistrationNumber(values.registrationNumber)) push('registrationNumber', 'registrationNumberInvalid')
  if (!values.email && !values.phone) push('email', 'contactRequired')
  if (values.email && !EMAIL.test(values.email)) push('email', 'emailInvalid')
  if (values.phone && !PHONE.test(values.phone)) push('phone', 'phoneInvalid')
  if (!known.fields.includes(values.field)) push('field', 'fieldRequired')
  if (values.agency && !known.agencies.includes(values.agency)) push('agency', 'agencyUnknown')
  if (!values.title) push('title', 'titleRequired')
  if (!values.question) push('question', 'questionRequired')
  for (const [field, max] of Object.entries(ASK_MAX) as [keyof typeof ASK_MAX, number][]) {
    if ([...values[field]].length > max) push(field, 'tooLong', { max })
  }
  const order: readonly string[] = [...ASK_FIELDS, 'attachments']
  return errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))
}
