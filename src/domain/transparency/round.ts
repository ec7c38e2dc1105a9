import type { AgencyScore } from './types'

const round = (n: number, digits: number): number => {
  const f = 10 ** digits
  return Math.round((n + Number.EPSILON) * f) / f
}
const roundOrNull = (n: number | null, digits: number): number | null => (n === null || !Number.isFinite(n) ? null : round(n, digits))

/**
 * Figures rounded once, when a snapshot is stored: the page, the CSV/JSON downloads and the
 * evidence then all read the same numbers (60, not 59.99999999999999). Scores and the total to
 * one decimal (what pages show), points and points lost to two.
 */
export function roundScore(score: AgencyScore): AgencyScore {
  const byCriterion = { ...score.byCriterion }
  for (const key of Object.keys(byCriterion) as (keyof typeof byCriterion)[]) {
    const c = byCriterion[key]
    byCriterion[key] = { ...c, score: roundOrNull(c.score, 1), effectiveWeight: round(c.effectiveWeight, 4), points: round(c.points, 2), maxPoints: round(c.maxPoints, 2) }
  }
  return {
    ...score,
    total: roundOrNull(score.total, 1),
    byCriterion,
    evidence: score.evidence.map((e) => ({ ...e, pointsLost: round(e.pointsLost, 2) })),
  }
}
