/**
 * The snapshot's JSON fields read back. `compute.ts` writes `score` (the engine's AgencyScore) and
 * `inputs` (criteria, catalogue, item count); Payload types a `json` field as any JSON, so these
 * two readers are the one place that says what the stored JSON is.
 */
import type { AgencyScore, CatalogueEntry, CriteriaSet } from '@/domain/transparency'
import type { TransparencySnapshot } from '@/payload-types'

export interface StoredInputs {
  criteria?: CriteriaSet
  catalogue?: CatalogueEntry[]
  itemCount?: number
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v)

export function storedScore(snapshot: Pick<TransparencySnapshot, 'score'>): AgencyScore {
  return snapshot.score as unknown as AgencyScore
}

export function storedInputs(snapshot: Partial<Pick<TransparencySnapshot, 'inputs'>>): StoredInputs {
  return isObject(snapshot.inputs) ? (snapshot.inputs as StoredInputs) : {}
}
