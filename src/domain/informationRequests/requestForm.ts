/**
 * The information request form (Law on Access to Information 104/2016/QH13 art. 24; the request
 * forms of Decree 13/2018/NĐ-CP): requester's name, place of residence, identity document or
 * passport number, contact, the information wanted (naming the document where known), how it is
 * to be delivered, and the reason and purpose. Who may ask follows the law: a citizen; a foreigner
 * residing in Việt Nam only about information on their own rights and obligations (art. 36); an
 * organisation through a named representative. Error codes map onto `informationRequests.errors.*`.
 */
export const REQUESTER_KINDS = ['citizen', 'foreignResident', 'organisation'] as const
export type RequesterKind = (typeof REQUESTER_KINDS)[number]

export const DELIVERY_FORMS = ['email', 'post', 'inPerson'] as const
export type DeliveryForm = (typeof DELIVERY_FORMS)[number]

export const REQUEST_FIELDS = ['requesterKind', 'name', 'organisation', 'residence', 'identityNumber', 'email', 'phone', 'postalAddress', 'information', 'documentName', 'delivery', 'purpose', 'ownRights'] as const
export type RequestField = (typeof REQUEST_FIELDS)[number]

export const REQUEST_MAX = { name: 120, organisation: 200, residence: 300, identityNumber: 20, email: 254, phone: 20, postalAddress: 300, information: 4000, documentName: 300, purpose: 2000 } as const

export type RequestValues = Record<Exclude<RequestField, 'ownRights'>, string> & { ownRights: boolean }

export const EMPTY_REQUEST: RequestValues = { requesterKind: '', name: '', organisation: '', residence: '', identityNumber: '', email: '', phone: '', postalAddress: '', information: '', documentName: '', delivery: '', purpose: '', ownRights: false }

export type RequestErrorCode =
  | 'requesterKindRequired'
  | 'nameRequired'
  | 'organisationRequired'
  | 'residenceRequired'
  | 'identityNumberInvalid'
  | 'contactRequired'
  | 'emailInvalid'
  | 'phoneInvalid'
  | 'informationRequired'
  | 'deliveryRequired'
  | 'emailForDelivery'
  | 'postalAddressRequired'
  | 'purposeRequired'
  | 'ownRightsRequired'
  | 'tooLong'

export interface RequestError {
  field: RequestField
  code: RequestErrorCode
  max?: number
}

interface FormLike {
  get(name: string): unknown
}

export function readRequestForm(form: FormLike): { values: RequestValues; honeypot: string } {
  const text = (name: string) => {
    const v = form.get(name)
    return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : ''
  }
  const values = { ...EMPTY_REQUEST }
  for (const f of REQUEST_FIELDS) if (f !== 'ownRights') values[f] = text(f)
  values.ownRights = text('ownRights') === 'yes'
  return { values, honeypot: text('website') }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/
const PHONE = /^\+?[0-9][0-9 .-]{7,16}[0-9]$/
/** Citizen ID (12 digits), old ID card (9 digits) or a passport number (a letter and 7–8 digits, or 6–9 letters/digits). */
const IDENTITY = /^(\d{9}|\d{12}|[A-Z]\d{7,8}|[A-Z0-9]{6,9})$/

export function validateRequest(v: RequestValues): RequestError[] {
  const errors: RequestError[] = []
  const push = (field: RequestField, code: RequestErrorCode, max?: number) => {
    if (!errors.some((e) => e.field === field)) errors.push(max === undefined ? { field, code } : { field, code, max })
  }
  if (!(REQUESTER_KINDS as readonly string[]).includes(v.requesterKind)) push('requesterKind', 'requesterKindRequired')
  if (!v.name) push('name', 'nameRequired')
  if (v.requesterKind === 'organisation' && !v.organisation) push('organisation', 'organisationRequired')
  if (!v.residence) push('residence', 'residenceRequired')
  if (!IDENTITY.test(v.identityNumber.replace(/\s+/g, '').toUpperCase())) push('identityNumber', 'identityNumberInvalid')
  if (!v.email && !v.phone) push('email', 'contactRequired')
  if (v.email && !EMAIL.test(v.email)) push('email', 'emailInvalid')
  if (v.phone && !PHONE.test(v.phone)) push('phone', 'phoneInvalid')
  if (!v.information) push('information', 'informationRequired')
  if (!(DELIVERY_FORMS as readonly string[]).includes(v.delivery)) push('delivery', 'deliveryRequired')
  if (v.delivery === 'email' && !v.email) push('email', 'emailForDelivery')
  if (v.delivery === 'post' && !v.postalAddress) push('postalAddress', 'postalAddressRequired')
  if (!v.purpose) push('purpose', 'purposeRequired')
  if (v.requesterKind === 'foreignResident' && !v.ownRights) push('ownRights', 'ownRightsRequired')
  for (const [field, max] of Object.entries(REQUEST_MAX) as [keyof typeof REQUEST_MAX, number][]) {
    if ([...v[field]].length > max) push(field, 'tooLong', max)
  }
  return errors.sort((a, b) => REQUEST_FIELDS.indexOf(a.field) - REQUEST_FIELDS.indexOf(b.field))
}
