import type { LookupValues } from '@/domain/services'
import type { PublicDossierView } from './view'

/** What the look-up form shows after a submission: what was typed, the problems, or the answer. */
export interface LookupFormState {
  values: LookupValues
  errors: { field: keyof LookupValues | null; message: string }[]
  /** The dossier (right code and factor). */
  dossier?: PublicDossierView
  /** Wrong pair or unknown code: one answer for both. */
  noMatch?: boolean
  retryAfterSeconds?: number
}

export const EMPTY_LOOKUP: LookupFormState = { values: { code: '', factor: '' }, errors: [] }

/** The honeypot field's name (left empty by people, filled by bots). */
export const LOOKUP_HONEYPOT = 'website'
