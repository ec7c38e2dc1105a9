import { normaliseDossierCode } from './codes'

/**
 * The public dossier look-up: a dossier code and a second factor (the last four digits of the
 * applicant's phone). A wrong factor and an unknown code get the same answer, after the same
 * work: the factor is always checked once — against the stored hash, or against a dummy one
 * when no dossier has that code — so neither the answer nor (roughly) its time tells whether a
 * code exists.
 */
export type LookupInputError = 'codeRequired' | 'codeInvalid' | 'factorRequired' | 'factorInvalid'

export interface LookupValues {
  code: string
  factor: string
}

export function validateLookup(values: LookupValues): { field: keyof LookupValues; code: LookupInputError }[] {
  const errors: { field: keyof LookupValues; code: LookupInputError }[] = []
  if (!values.code.trim()) errors.push({ field: 'code', code: 'codeRequired' })
  else if (!normaliseDossierCode(values.code)) errors.push({ field: 'code', code: 'codeInvalid' })
  if (!values.factor.trim()) errors.push({ field: 'factor', code: 'factorRequired' })
  else if (!/^\d{4}$/.test(values.factor.replace(/\s/g, ''))) errors.push({ field: 'factor', code: 'factorInvalid' })
  return errors
}

export interface Candidate<D> {
  dossier: D
  /** The stored hash of the factor; null when the dossier was stored without one. */
  factorHash: string | null
}

export type LookupAnswer<D> = { kind: 'found'; dossier: D } | { kind: 'no-match' }

/**
 * Decides a look-up. `verify(hash, factor)` must be a constant-time comparison of the factor's
 * hash with `hash`; it is called exactly once whatever the candidate, with `dummyHash` when
 * there is none (or it has no factor, which can then never match).
 */
export function decideLookup<D>(candidate: Candidate<D> | null, factor: string, verify: (hash: string, factor: string) => boolean, dummyHash: string): LookupAnswer<D> {
  const hash = candidate?.factorHash ?? dummyHash
  const matches = verify(hash, factor.replace(/\s/g, ''))
  if (candidate && candidate.factorHash && matches) return { kind: 'found', dossier: candidate.dossier }
  return { kind: 'no-match' }
}
