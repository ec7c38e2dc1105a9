/**
 * The scoring run: loads catalogue, criteria, agencies and published items through the Local
 * API, scores every agency for each period with the pure engine (src/domain/transparency) and
 * upserts one snapshot per agency per period. Used by the daily job, the admin "recompute"
 * endpoint and the seed.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Agency } from '@/payload-types'
import { toISODate, vnCalendar } from '@/domain/calendar'
import { dueDate } from '@/domain/deadlines'
import { roundScore, scoreAgency, type AgencyScore, type CatalogueEntry, type CriteriaSet, type Evidence } from '@/domain/transparency'
import { tags } from '@/lib/cacheTags'
import { expireTags } from '@/hooks/revalidate'
import { groupByAgency } from './items'
import { storedInputs } from './stored'
import { loadAgencies, loadCaseItems, loadCatalogue, loadCriteria, loadPublishedItems } from './load'
import { periodKey, periodsToCompute, type PeriodPlan } from './periods'
import { obligationsStart } from '@/domain/transparency/obligations'

export const SNAPSHOTS = 'transparency-snapshots' as const

export type SnapshotInputs = {
  criteria: CriteriaSet
  catalogue: CatalogueEntry[]
  itemCount: number
}

export interface RecomputeOptions {
  /** Evaluation day (default: today in Vietnam). */
  today?: string
  /** Also rewrite existing snapshots of backfill periods (with the criteria they were made with). */
  full?: boolean
  req?: Partial<PayloadRequest>
  /** Skip cache expiry (seed, tests). */
  skipRevalidate?: boolean
}

export interface RecomputeResult {
  today: string
  criteriaVersion: string
  periods: string[]
  created: number
  updated: number
  kept: number
}

const LOSING: Evidence['status'][] = ['late', 'missing', 'stale', 'english-missing', 'overdue', 'incomplete']

export const snapshotKey = (agencyId: string, period: string) => `${agencyId}:${period}`

export function snapshotData(score: AgencyScore, agencyRawId: Agency['id'], inputs: SnapshotInputs, computedAt: Date) {
  const c = score.byCriterion
  return {
    key: snapshotKey(score.agencyId, periodKey(score.period)),
    agency: agencyRawId,
    agencyKind: score.agencyKind,
    periodKey: periodKey(score.period),
    periodFrom: score.period.from,
    periodTo: score.period.to,
    periodLabel: score.period.label,
    evaluatedOn: score.today,
    computedAt: computedAt.toISOString(),
    criteriaVersion: score.criteriaVersion,
    total: score.total,
    completeness: c.completeness.applicable ? c.completeness.score : null,
    timeliness: c.timeliness.applicable ? c.timeliness.score : null,
    freshness: c.freshness.applicable ? c.freshness.score : null,
    english: c.english.applicable ? c.english.score : null,
    answers: c.answers.applicable ? c.answers.score : null,
    dossiers: c.dossiers.applicable ? c.dossiers.score : null,
    pointsLostRows: score.evidence.filter((e) => LOSING.includes(e.status) && e.pointsLost > 0).length,
    score: { ...score }, // a json field: the spread gives the object type the index signature json fields take
    inputs,
  }
}

export async function recomputeTransparency(payload: Payload, opts: RecomputeOptions = {}): Promise<RecomputeResult> {
  const req = opts.req
  const today = opts.today ?? toISODate(new Date())
  const [catalogue, criteria, { agencies, items: agencyItems }, published, cases] = await Promise.all([
    loadCatalogue(payload, req),
    loadCriteria(payload, req),
    loadAgencies(payload, req),
    loadPublishedItems(payload, req),
    loadCaseItems(payload, today, req),
  ])
  const all = [...agencyItems, ...published, ...cases].filter((i) => i.publishedOn <= today)
  const byAgency = groupByAgency(all)
  const earliest = published.reduce<string | null>((min, i) => (min === null || i.publishedOn < min ? i.publishedOn : min), null)
  const plans = periodsToCompute(today, earliest)

  const existingRes = await payload.find({
    collection: SNAPSHOTS,
    where: { periodKey: { in: plans.map((p) => periodKey(p.period)) } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { key: true, inputs: true },
    req,
  })
  const existing = new Map(existingRes.docs.map((d) => [d.key, { id: d.id, inputs: storedInputs(d) }]))

  const calendar = vnCalendar()
  const computedAt = new Date()
  const result: RecomputeResult = { today, criteriaVersion: criteria.version, periods: plans.map((p) => periodKey(p.period)), created: 0, updated: 0, kept: 0 }
  const context = { skipRevalidate: true }

  for (const plan of plans as PeriodPlan[]) {
    for (const agency of agencies) {
      const key = snapshotKey(agency.id, periodKey(plan.period))
      const prior = existing.get(key)
      if (prior && plan.mode === 'backfill' && !opts.full) {
        result.kept++
        continue
      }
      // Weights of a closed period stay the ones its snapshot was first made with.
      const set = plan.mode !== 'open' && prior?.inputs.criteria?.version ? prior.inputs.criteria : criteria
      const items = byAgency.get(agency.id) ?? []
      // Scored from the period its obligations start: the admin's override on the agency, else the
      // day of its first item on the portal (earlier years are "no data", never 0). A case someone
      // else started (a question, a dossier) does not start the agency's disclosure duties.
      const obligationsFrom = obligationsStart(agency.obligationsFrom, items.filter((i) => !i.case).map((i) => i.publishedOn))
      const score = roundScore(scoreAgency({ agency: { id: agency.id, kind: agency.kind, obligationsFrom }, catalogue, criteria: set, items, period: plan.period, today, calendar, dueDate }))
      const data = snapshotData(score, agency.rawId, { criteria: set, catalogue, itemCount: items.length }, computedAt)
      if (prior) {
        await payload.update({ collection: SNAPSHOTS, id: prior.id, data, overrideAccess: true, depth: 0, context, req })
        result.updated++
      } else {
        await payload.create({ collection: SNAPSHOTS, data, overrideAccess: true, depth: 0, context, req })
        result.created++
      }
    }
  }
  if (!opts.skipRevalidate) await expireTags([tags.collection(SNAPSHOTS)])
  payload.logger.info(`transparency: ${result.created} snapshots created, ${result.updated} updated, ${result.kept} kept (${result.periods.join(', ')}, criteria ${criteria.version})`)
  return result
}
