/** Scoring weights as stored in the `transparency-criteria` global ↔ the engine's CriteriaSet. */
import { CRITERION_KEYS, type CriteriaSet, type CriterionKey } from '@/domain/transparency'

/** Defaults: presence and punctuality dominate, as the law measures "completeness and timeliness". */
export const DEFAULT_WEIGHTS: Readonly<Record<CriterionKey, number>> = Object.freeze({
  completeness: 40,
  timeliness: 30,
  freshness: 10,
  english: 10,
  answers: 5,
  dossiers: 5,
})

export type StoredWeights = Partial<Record<CriterionKey, number | null>> | null | undefined

export function normaliseWeights(w: StoredWeights): Record<CriterionKey, number> {
  const out = {} as Record<CriterionKey, number>
  for (const k of CRITERION_KEYS) {
    const v = w?.[k]
    out[k] = typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : DEFAULT_WEIGHTS[k]
  }
  return out
}

function sameWeights(a: StoredWeights, b: StoredWeights): boolean {
  const x = normaliseWeights(a)
  const y = normaliseWeights(b)
  return CRITERION_KEYS.every((k) => x[k] === y[k])
}

/**
 * The version label a save should carry: unchanged when the weights did not change, otherwise the
 * next `vN` (v1 for the first save).
 */
export function nextCriteriaVersion(previous: { version?: string | null; weights?: StoredWeights }, weights: StoredWeights): string {
  const prev = previous.version ?? null
  const n = prev && /^v(\d+)$/.test(prev) ? Number(prev.slice(1)) : 0
  if (prev && n > 0 && sameWeights(previous.weights, weights)) return prev
  return `v${n + 1}`
}

export function toCriteriaSet(doc: { version?: string | null; weights?: StoredWeights } | null | undefined): CriteriaSet {
  const weights = normaliseWeights(doc?.weights)
  return {
    version: doc?.version || 'v0-default',
    criteria: CRITERION_KEYS.map((key) => ({ key, weight: weights[key] })),
  }
}
