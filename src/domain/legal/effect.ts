/**
 * Effect status ("tình trạng hiệu lực") of a Vietnamese legal document,
 * computed for a given day from the document's own dates and the relations
 * pointing at it. Never stored by hand: call `effectStatus` at render time.
 *
 * Decisions (Law on Promulgation of Legal Documents, arts. 151–154 of the 2015 law):
 * - The effective date itself is in force ("có hiệu lực từ ngày X" ⇒ in force on X).
 * - The expiry date itself is expired ("hết hiệu lực từ ngày X" ⇒ expired ON X).
 * - `replaces` / `repeals` expire the target once the relation (or, failing that,
 *   the source document) is effective. The earliest of those and the expiry date wins.
 * - `suspends` ⇒ suspended once effective (there is no "lifting" relation yet).
 * - `partly-repeals` ⇒ partly expired once effective.
 * - `amends` never expires the target: it stays in force and is listed in `amendedBy`.
 * - `legal-basis`, `guides`, `consolidates`, `corrects`, `related` do not affect status.
 * - A relation with no known date (neither `effectiveDate` nor `fromDocEffectiveDate`)
 *   is never treated as effective; it is reported in `upcoming` without `on`.
 * - A document without `effectiveDate` is taken as effective from `issueDate`;
 *   with neither date it is assumed in force.
 * Precedence: expired > not-yet-in-force > suspended > partly-expired > in-force.
 */

/** A calendar day `YYYY-MM-DD`: the one declaration is in domain/calendar. */
import type { ISODate } from '../calendar'
export type { ISODate }

export type EffectStatus = 'not-yet-in-force' | 'in-force' | 'partly-expired' | 'expired' | 'suspended'

export type RelationKind =
  | 'legal-basis'
  | 'guides'
  | 'amends'
  | 'replaces'
  | 'consolidates'
  | 'corrects'
  | 'related'
  | 'suspends'
  | 'partly-repeals'
  | 'repeals'

/** Directed edge: `from` <kind> `to` (e.g. from=new decision, kind=replaces, to=old decision). */
export interface Relation {
  from: string
  to: string
  kind: RelationKind
  /** Date the relation takes effect (e.g. the repealing clause's own date). */
  effectiveDate?: ISODate
  /** Effective date of the `from` document; fallback when `effectiveDate` is absent. */
  fromDocEffectiveDate?: ISODate
}

export interface EffectDoc {
  id: string
  effectiveDate?: ISODate
  expiryDate?: ISODate
  issueDate?: ISODate
}

export type StatusRelationKind = 'amends' | 'replaces' | 'suspends' | 'partly-repeals' | 'repeals'

export interface EffectResult {
  status: EffectStatus
  /** Day the current status began, when known. */
  since?: ISODate
  /** Relation that caused the status (absent when driven by the document's own dates). */
  because?: { kind: StatusRelationKind; by: string }
  /** Effective amending documents (status stays in force). */
  amendedBy?: string[]
  /** Status-changing relations not yet effective (future date, or no date known). */
  upcoming?: { kind: StatusRelationKind; by: string; on?: ISODate }[]
}

const ISO_RE = /^\d{4}-\d{2}-\d{2}$/

function assertIso(d: string, what: string): void {
  if (!ISO_RE.test(d)) throw new RangeError(`${what}: expected YYYY-MM-DD, got "${d}"`)
}

const STATUS_KINDS: ReadonlySet<RelationKind> = new Set<RelationKind>([
  'amends',
  'replaces',
  'suspends',
  'partly-repeals',
  'repeals',
])

/** The date a relation takes effect, if known. */
export function relationEffectiveDate(r: Relation): ISODate | undefined {
  return r.effectiveDate ?? r.fromDocEffectiveDate
}

interface Event {
  kind: StatusRelationKind
  by: string
  on: ISODate
}

function earliest(events: Event[]): Event | undefined {
  let best: Event | undefined
  for (const e of events) {
    if (!best || e.on < best.on || (e.on === best.on && e.by < best.by)) best = e
  }
  return best
}

/**
 * Effect status of `doc` on `today`. `incoming` may contain any edges; only
 * those with `to === doc.id` are considered.
 */
export function effectStatus(doc: EffectDoc, today: ISODate, incoming: readonly Relation[]): EffectResult {
  assertIso(today, 'today')
  const startsOn = doc.effectiveDate ?? doc.issueDate
  if (startsOn) assertIso(startsOn, 'effectiveDate')
  if (doc.expiryDate) assertIso(doc.expiryDate, 'expiryDate')

  const effective: Event[] = []
  const upcoming: { kind: StatusRelationKind; by: string; on?: ISODate }[] = []
  for (const r of incoming) {
    if (r.to !== doc.id || r.from === doc.id || !STATUS_KINDS.has(r.kind)) continue
    const kind = r.kind as StatusRelationKind
    const on = relationEffectiveDate(r)
    if (on) assertIso(on, `relation ${r.from}->${r.to} date`)
    if (on && on <= today) effective.push({ kind, by: r.from, on })
    else upcoming.push(on ? { kind, by: r.from, on } : { kind, by: r.from })
  }
  upcoming.sort((a, b) => (a.on ?? '9999').localeCompare(b.on ?? '9999') || a.by.localeCompare(b.by))

  const of = (...kinds: StatusRelationKind[]) => effective.filter((e) => kinds.includes(e.kind))
  const amendedBy = [...new Set(of('amends').sort((a, b) => a.on.localeCompare(b.on)).map((e) => e.by))]
  const extra = (r: EffectResult): EffectResult => {
    if (amendedBy.length) r.amendedBy = amendedBy
    if (upcoming.length) r.upcoming = upcoming
    return r
  }

  // 1. Expired: own expiry date or an effective replace/repeal, whichever came first.
  const ending = earliest(of('replaces', 'repeals'))
  const ownExpiry = doc.expiryDate && doc.expiryDate <= today ? doc.expiryDate : undefined
  if (ownExpiry && (!ending || ownExpiry <= ending.on)) return extra({ status: 'expired', since: ownExpiry })
  if (ending) return extra({ status: 'expired', since: ending.on, because: { kind: ending.kind, by: ending.by } })

  // 2. Not yet in force.
  if (startsOn && today < startsOn) {
    return extra(doc.issueDate && doc.issueDate <= today ? { status: 'not-yet-in-force', since: doc.issueDate } : { status: 'not-yet-in-force' })
  }

  // 3. Suspended.
  const susp = earliest(of('suspends'))
  if (susp) return extra({ status: 'suspended', since: susp.on, because: { kind: 'suspends', by: susp.by } })

  // 4. Partly expired.
  const partly = earliest(of('partly-repeals'))
  if (partly) return extra({ status: 'partly-expired', since: partly.on, because: { kind: 'partly-repeals', by: partly.by } })

  // 5. In force.
  return extra(startsOn ? { status: 'in-force', since: startsOn } : { status: 'in-force' })
}

/** Labels for effect statuses. */
export const EFFECT_STATUS_LABELS: Record<EffectStatus, { vi: string; en: string }> = {
  'not-yet-in-force': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  'partly-expired': { vi: 'Hết hiệu lực một phần', en: 'Partly expired' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'Expired' },
  suspended: { vi: 'Ngưng hiệu lực', en: 'Suspended' },
}
