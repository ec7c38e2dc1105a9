/**
 * Disclosure scoring engine: how well an agency met its publication duties
 * (the catalogue) in a period. Pure: all inputs are passed in, including the
 * calendar and the `dueDate` function from src/domain/deadlines.
 *
 * Rules
 * - Only items with publishedOn ≤ today exist. The evaluation day for state
 *   ("is it there / is it fresh") is min(today, period.to).
 * - Applicability: an entry whose `appliesTo` lacks the agency kind yields one
 *   `not-applicable` completeness row and nothing else.
 * - Matching: same `collection` and, for every `where` key, attrs[key] equals
 *   the value (or is one of the values, for arrays).
 * - Items of an entry "in the period":
 *   · periodic/issued rules (working-days-after, days-after,
 *     days-after-period-end): reference date (periodEnd ?? createdOn ??
 *     publishedOn) within [from, to]; items published late, after the period,
 *     still count for completeness (and are late in timeliness);
 *   · standing rules (continuous, on-change): any item published on or before
 *     the evaluation day (an organisation chart published years ago still counts).
 * - completeness: per entry, credit = min(found, required) / required. Missing
 *   slots of periodic entries whose latest possible deadline
 *   (dueDate(rule, { issuedOn: period.to, periodEnd: period.to }), or counted
 *   from the entry's `reportPeriodEnd` day when it reports on part of the
 *   period, e.g. a first-quarter report in a calendar year) is today or later are `not-due-yet` (publishing on the due date is on time) and carry
 *   no weight. Standing entries are always due.
 * - timeliness: per item of periodic entries, on time iff publishedOn ≤ due
 *   (the due date itself is on time). Late is binary (no partial credit);
 *   daysLate / workingDaysLate explain by how much. Items whose due date cannot
 *   be computed (e.g. no createdOn) get a zero-weight `not-applicable` row.
 * - answers / dossiers: entries in those categories are scored like
 *   timeliness, under their own criterion, and skip completeness (the number of
 *   questions or dossiers is not a duty).
 * - cases (items carrying `case` facts: questions, information requests, dossiers,
 *   consultations — see ./cases.ts): each case of the period (by its reference day) is one row
 *   of its entry, all rows weighing the same, under the entry's special criterion ('answers',
 *   'dossiers'), else timeliness for deadline cases and completeness for duty checks. A deadline
 *   case answered on or before its own due date is `on-time`, after it `late`; still open after
 *   it (on `today`) `overdue`; still open and not yet due `not-due-yet` (no weight). A case with
 *   no due date of its own is due by the entry's deadline rule from its reference day. A duty check
 *   is `present` or `incomplete` (naming what is missing). Case entries have no completeness
 *   count (the number of cases is not a duty), so an agency with no cases of a kind has no row:
 *   "no data" for that entry, never 0 or 100.
 * - freshness: per on-change entry, the latest publication/update on or before
 *   the evaluation day; older than maxAgeDays ⇒ `stale`. No item ⇒ no row
 *   (completeness already counts it missing).
 * - english: per requiresEnglish entry, each in-period item (for standing
 *   entries: the latest one) with/without English.
 * - Inside a criterion every entry with assessable rows weighs the same; inside
 *   an entry the rows share its weight (completeness: slots of 1/required).
 * - Criteria with no assessable row (or weight 0, or absent from the set) are
 *   excluded and the remaining weights renormalised to sum to 1 — e.g. an
 *   agency with no 'answers' entries is not penalised on 'answers'.
 * - Every point lost is on an evidence row: for each criterion,
 *   Σ pointsLost = maxPoints − points, so Σ over all rows = 100 − total.
 */
import { addDays, assertIsoDate, daysOffAfter, diffDays, isIsoDate, maxDate, minDate, workingDaysAfter } from './dates'
import {
  CRITERION_KEYS,
  type AgencyScore,
  type Agency,
  type Calendar,
  type CatalogueEntry,
  type CriteriaSet,
  type CriterionKey,
  type CriterionResult,
  type DueDateFn,
  type Evidence,
  type ISODate,
  type Item,
  type Period,
} from './types'

export interface ScoreInput<C extends Calendar> {
  agency: Agency
  catalogue: readonly CatalogueEntry[]
  criteria: CriteriaSet
  items: readonly Item[]
  period: Period
  today: ISODate
  calendar: C
  dueDate: DueDateFn<C>
}

/** Evidence row plus its internal weight inside its criterion and earned credit (0..1). */
interface Row {
  ev: Omit<Evidence, 'pointsLost'>
  w: number
  credit: number
}

const SPECIAL: Partial<Record<string, CriterionKey>> = { answers: 'answers', dossiers: 'dossiers' }

export function itemMatches(entry: CatalogueEntry, item: Item): boolean {
  if (item.collection !== entry.matcher.collection) return false
  for (const [key, want] of Object.entries(entry.matcher.where ?? {})) {
    const have = item.attrs?.[key]
    if (have === undefined) return false
    if (Array.isArray(want) ? !want.includes(have) : have !== want) return false
  }
  return true
}

const isStanding = (e: CatalogueEntry) => e.deadline.kind === 'continuous' || e.deadline.kind === 'on-change'
const referenceDate = (i: Item): ISODate => i.periodEnd ?? i.createdOn ?? i.publishedOn
const byPublished = (a: Item, b: Item) => a.publishedOn.localeCompare(b.publishedOn) || a.id.localeCompare(b.id)

function itemRef(i: Item): Pick<Evidence, 'itemId' | 'itemTitle' | 'publishedOn'> {
  return { itemId: i.id, itemTitle: i.title, publishedOn: i.publishedOn }
}

function externalNote(i: Item, note?: string): string | undefined {
  if (!i.external) return note
  return note ? `${note}; published on an external system` : 'published on an external system'
}

/** Latest date an item was published or updated, not after `on`. */
function lastTouched(i: Item, on: ISODate): ISODate {
  return i.updatedOn && i.updatedOn <= on ? maxDate(i.publishedOn, i.updatedOn) : i.publishedOn
}

function validate<C extends Calendar>(input: ScoreInput<C>): void {
  const { period, today, criteria, catalogue, items, agency } = input
  assertIsoDate(today, 'today')
  assertIsoDate(period.from, 'period.from')
  assertIsoDate(period.to, 'period.to')
  if (period.from > period.to) throw new RangeError(`period.from ${period.from} is after period.to ${period.to}`)
  if (!agency?.id) throw new TypeError('agency.id is required')
  if (!criteria?.version) throw new TypeError('criteria.version is required')
  const seen = new Set<string>()
  for (const c of criteria.criteria) {
    if (!CRITERION_KEYS.includes(c.key)) throw new RangeError(`unknown criterion "${c.key}"`)
    if (seen.has(c.key)) throw new RangeError(`duplicate criterion "${c.key}"`)
    seen.add(c.key)
    if (!Number.isFinite(c.weight) || c.weight < 0) throw new RangeError(`criterion "${c.key}": weight must be a finite number ≥ 0`)
  }
  const ids = new Set<string>()
  for (const e of catalogue) {
    if (ids.has(e.id)) throw new RangeError(`duplicate catalogue entry "${e.id}"`)
    ids.add(e.id)
    const r = e.requiredPerPeriod ?? 1
    if (!Number.isInteger(r) || r < 1) throw new RangeError(`entry "${e.id}": requiredPerPeriod must be an integer ≥ 1`)
  }
  for (const i of items) {
    assertIsoDate(i.publishedOn, `item ${i.id} publishedOn`)
    if (i.case?.due !== undefined) assertIsoDate(i.case.due, `item ${i.id} case.due`)
    if (i.case?.closedOn !== undefined) assertIsoDate(i.case.closedOn, `item ${i.id} case.closedOn`)
    for (const k of ['createdOn', 'periodEnd', 'updatedOn'] as const) if (i[k] !== undefined) assertIsoDate(i[k], `item ${i.id} ${k}`)
  }
}

/** End of the part of `period` an entry reports on (`reportPeriodEnd`), else the period's end. */
function reportEnd(entry: CatalogueEntry, period: Period): ISODate {
  const mmdd = entry.reportPeriodEnd
  if (!mmdd || !/^\d{2}-\d{2}$/.test(mmdd)) return period.to
  const d = `${period.to.slice(0, 4)}-${mmdd}`
  return isIsoDate(d) && d >= period.from && d <= period.to ? d : period.to
}

function lateNote(due: ISODate, published: ISODate, calendar: Calendar): string {
  const days = diffDays(due, published)
  const wd = workingDaysAfter(due, published, calendar)
  const off = daysOffAfter(due, published, calendar)
  const parts = [`published ${days} day${days === 1 ? '' : 's'} after the due date (${wd} working day${wd === 1 ? '' : 's'})`]
  if (off.holidays.length) parts.push(`holidays in between: ${off.holidays.join(', ')}`)
  return parts.join('; ')
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** One row per case of an entry (see the rules above); weighted rows share the entry equally. */
function caseRows(entryId: string, criterion: CriterionKey, items: readonly Item[], today: ISODate, calendar: Calendar, ruleDue: (i: Item) => ISODate | null): Row[] {
  const out: { ev: Row['ev']; weighted: boolean; credit: number }[] = []
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ') || undefined
  for (const item of items) {
    const base = { entryId, criterion, itemId: item.id, itemTitle: item.title, rule: item.rule }
    // A case without a due date of its own (e.g. a reception report) is due by the entry's rule.
    const own = item.case
    const c = own && own.gaps === undefined && !own.due ? { ...own, due: ruleDue(item) ?? undefined } : own
    if (!c || (c.gaps === undefined && !c.due)) {
      out.push({ ev: { ...base, status: 'not-applicable', note: join('cannot assess: no due date', c?.note) }, weighted: false, credit: 0 })
    } else if (c.gaps !== undefined) {
      const ok = c.gaps.length === 0
      out.push({ ev: { ...base, status: ok ? 'present' : 'incomplete', note: join(ok ? undefined : `missing: ${c.gaps.join(', ')}`, c.note) }, weighted: true, credit: ok ? 1 : 0 })
    } else if (c.closedOn) {
      const due = c.due!
      if (c.closedOn <= due) {
        out.push({ ev: { ...base, status: 'on-time', due, closedOn: c.closedOn, note: c.note }, weighted: true, credit: 1 })
      } else {
        const days = diffDays(due, c.closedOn)
        const wd = workingDaysAfter(due, c.closedOn, calendar)
        out.push({
          ev: { ...base, status: 'late', due, closedOn: c.closedOn, daysLate: days, workingDaysLate: wd, note: join(`closed ${plural(days, 'day')} after the due date (${plural(wd, 'working day')})`, c.note) },
          weighted: true,
          credit: 0,
        })
      }
    } else if (today > c.due!) {
      const due = c.due!
      const days = diffDays(due, today)
      const wd = workingDaysAfter(due, today, calendar)
      out.push({
        ev: { ...base, status: 'overdue', due, daysLate: days, workingDaysLate: wd, note: join(`still open ${plural(days, 'day')} after the due date (${plural(wd, 'working day')}) on ${today}`, c.note) },
        weighted: true,
        credit: 0,
      })
    } else {
      out.push({ ev: { ...base, status: 'not-due-yet', due: c.due, note: join(`open, due ${c.due}`, c.note) }, weighted: false, credit: 0 })
    }
  }
  const n = out.filter((r) => r.weighted).length
  return out.map((r) => ({ ev: r.ev, w: r.weighted ? 1 / n : 0, credit: r.credit }))
}

/**
 * "No data" is not a zero: a period that ends before the agency's obligations start gets no
 * score (total and every criterion null, excluded from averages and trends) and no evidence.
 */
function noDataScore<C extends Calendar>(input: ScoreInput<C>): AgencyScore {
  const weightOf = new Map(input.criteria.criteria.map((c) => [c.key, c.weight]))
  const byCriterion = {} as Record<CriterionKey, CriterionResult>
  for (const key of CRITERION_KEYS) byCriterion[key] = { score: null, weight: weightOf.get(key) ?? 0, effectiveWeight: 0, points: 0, maxPoints: 0, applicable: false }
  return {
    agencyId: input.agency.id,
    agencyKind: input.agency.kind,
    period: { ...input.period },
    today: input.today,
    criteriaVersion: input.criteria.version,
    total: null,
    byCriterion,
    evidence: [],
    noData: 'before-obligations',
  }
}

export function scoreAgency<C extends Calendar>(input: ScoreInput<C>): AgencyScore {
  validate(input)
  const { agency, catalogue, criteria, period, today, calendar, dueDate } = input
  if (agency.obligationsFrom && period.to < agency.obligationsFrom) return noDataScore(input)
  const evalOn = minDate(today, period.to)
  const published = input.items.filter((i) => i.publishedOn <= today)

  // Rows grouped per criterion, then per entry (each entry weighs the same inside a criterion).
  const groups = new Map<CriterionKey, Row[][]>(CRITERION_KEYS.map((k) => [k, []]))
  const add = (k: CriterionKey, rows: Row[]) => {
    if (rows.length) groups.get(k)!.push(rows)
  }

  for (const entry of catalogue) {
    const base = { entryId: entry.id }
    if (!entry.appliesTo.includes(agency.kind)) {
      add('completeness', [{ ev: { ...base, criterion: 'completeness', status: 'not-applicable', note: `does not apply to ${agency.kind}` }, w: 0, credit: 0 }])
      continue
    }
    const matched = published.filter((i) => itemMatches(entry, i)).sort(byPublished)
    const standing = isStanding(entry)
    const cases = matched.some((i) => i.case)
    const inPeriod = standing && !cases
      ? matched.filter((i) => i.publishedOn <= evalOn)
      : matched.filter((i) => {
          const ref = referenceDate(i)
          return ref >= period.from && ref <= period.to
        })
    const special = SPECIAL[entry.category]

    // cases of the two-way sections: one row per case, no count, no deadline rule of the entry
    if (cases) {
      const crit = special ?? (matched.some((i) => i.case?.gaps !== undefined) ? 'completeness' : 'timeliness')
      add(crit, caseRows(entry.id, crit, inPeriod, today, calendar, (i) => dueDate(entry.deadline, { issuedOn: i.createdOn, periodEnd: i.periodEnd }, calendar)))
      continue
    }

    // completeness
    if (!special) {
      const required = entry.requiredPerPeriod ?? 1
      const rows: Row[] = inPeriod.map((i, k) => ({
        ev: { ...base, criterion: 'completeness', status: 'present', ...itemRef(i), note: externalNote(i, k < required ? undefined : 'beyond the required count') },
        w: k < required ? 1 / required : 0,
        credit: 1,
      }))
      const missing = Math.max(0, required - inPeriod.length)
      if (missing) {
        const due = standing ? null : dueDate(entry.deadline, { issuedOn: period.to, periodEnd: reportEnd(entry, period) }, calendar)
        if (due && due >= today) {
          rows.push({ ev: { ...base, criterion: 'completeness', status: 'not-due-yet', due, note: `${missing} of ${required} not due until ${due}` }, w: 0, credit: 0 })
        } else {
          for (let s = 0; s < missing; s++) {
            const ev: Row['ev'] = { ...base, criterion: 'completeness', status: 'missing', note: `${inPeriod.length} of ${required} required item${required === 1 ? '' : 's'} published` }
            if (due) ev.due = due
            rows.push({ ev, w: 1 / required, credit: 0 })
          }
        }
      }
      add('completeness', rows)
    }

    // timeliness (or answers / dossiers)
    if (!standing) {
      const crit = special ?? 'timeliness'
      const assessed: { item: Item; due: ISODate }[] = []
      const rows: Row[] = []
      for (const item of inPeriod) {
        const due = dueDate(entry.deadline, { issuedOn: item.createdOn, periodEnd: item.periodEnd }, calendar)
        if (due === null) {
          const why = entry.deadline.kind === 'days-after-period-end' ? (item.periodEnd ? 'no due date' : 'periodEnd unknown') : item.createdOn ? 'no due date' : 'createdOn unknown'
          rows.push({ ev: { ...base, criterion: crit, status: 'not-applicable', ...itemRef(item), note: `cannot assess timeliness: ${why}` }, w: 0, credit: 0 })
        } else assessed.push({ item, due })
      }
      for (const { item, due } of assessed) {
        const w = 1 / assessed.length
        if (item.publishedOn <= due) {
          rows.push({ ev: { ...base, criterion: crit, status: 'on-time', ...itemRef(item), due, note: externalNote(item), rule: item.rule }, w, credit: 1 })
        } else {
          rows.push({
            ev: {
              ...base,
              criterion: crit,
              status: 'late',
              ...itemRef(item),
              due,
              daysLate: diffDays(due, item.publishedOn),
              workingDaysLate: workingDaysAfter(due, item.publishedOn, calendar),
              note: externalNote(item, lateNote(due, item.publishedOn, calendar)),
              rule: item.rule,
            },
            w,
            credit: 0,
          })
        }
      }
      add(crit, rows)
    }

    // freshness
    if (entry.deadline.kind === 'on-change' && inPeriod.length) {
      const maxAge = entry.deadline.maxAgeDays
      let latest = inPeriod[0]
      for (const i of inPeriod) if (lastTouched(i, evalOn) > lastTouched(latest, evalOn)) latest = i
      const touched = lastTouched(latest, evalOn)
      const age = diffDays(touched, evalOn)
      const ref = { ...itemRef(latest) }
      if (age > maxAge) {
        add('freshness', [{
          ev: { ...base, criterion: 'freshness', status: 'stale', ...ref, due: addDays(touched, maxAge), daysLate: age - maxAge, note: `last updated ${touched}, ${age} days before ${evalOn} (max ${maxAge})` },
          w: 1,
          credit: 0,
        }])
      } else {
        add('freshness', [{ ev: { ...base, criterion: 'freshness', status: 'fresh', ...ref, note: `last updated ${touched} (${age} of max ${maxAge} days)` }, w: 1, credit: 1 }])
      }
    }

    // english
    if (entry.requiresEnglish && inPeriod.length) {
      const targets = standing ? [inPeriod.reduce((a, b) => (lastTouched(b, evalOn) > lastTouched(a, evalOn) ? b : a))] : inPeriod
      add('english', targets.map((i) => ({
        ev: { ...base, criterion: 'english', status: i.hasEnglish ? 'english-ok' : 'english-missing', ...itemRef(i) },
        w: 1 / targets.length,
        credit: i.hasEnglish ? 1 : 0,
      })))
    }
  }

  // Per-criterion raw scores.
  const weightOf = new Map(criteria.criteria.map((c) => [c.key, c.weight]))
  const raw = new Map<CriterionKey, { score: number | null; rows: { row: Row; share: number }[] }>()
  for (const key of CRITERION_KEYS) {
    const entries = groups.get(key)!
    const scored = entries.filter((rows) => rows.some((r) => r.w > 0))
    const rows: { row: Row; share: number }[] = []
    let earned = 0
    for (const group of entries) {
      const gw = group.reduce((s, r) => s + r.w, 0)
      for (const row of group) {
        // share of this row in the criterion (0..1)
        const share = gw > 0 ? row.w / gw / scored.length : 0
        earned += share * row.credit
        rows.push({ row, share })
      }
    }
    raw.set(key, { score: scored.length ? 100 * earned : null, rows })
  }

  const applicable = CRITERION_KEYS.filter((k) => raw.get(k)!.score !== null && (weightOf.get(k) ?? 0) > 0)
  const weightSum = applicable.reduce((s, k) => s + weightOf.get(k)!, 0)

  const byCriterion = {} as Record<CriterionKey, CriterionResult>
  const evidence: Evidence[] = []
  let total: number | null = weightSum > 0 ? 0 : null
  for (const key of CRITERION_KEYS) {
    const { score, rows } = raw.get(key)!
    const isApplicable = applicable.includes(key)
    const effectiveWeight = isApplicable ? weightOf.get(key)! / weightSum : 0
    const maxPoints = 100 * effectiveWeight
    const points = isApplicable ? (score! / 100) * maxPoints : 0
    byCriterion[key] = { score, weight: weightOf.get(key) ?? 0, effectiveWeight, points, maxPoints, applicable: isApplicable }
    if (total !== null) total += points
    if (!weightOf.has(key)) continue // criterion not in this set: no evidence either
    for (const { row, share } of rows) {
      const ev: Evidence = { ...row.ev, pointsLost: isApplicable ? share * (1 - row.credit) * maxPoints : 0 }
      for (const k of Object.keys(ev) as (keyof Evidence)[]) if (ev[k] === undefined) delete ev[k]
      evidence.push(ev)
    }
  }

  return {
    agencyId: agency.id,
    agencyKind: agency.kind,
    period: { ...period },
    today,
    criteriaVersion: criteria.version,
    total,
    byCriterion,
    evidence,
  }
}

/**
 * Recomputes a snapshot's total from the weights and scores it carries,
 * independent of the current criteria set. Equals `snapshot.total` for any
 * snapshot produced by scoreAgency.
 */
export function snapshotTotal(snapshot: Pick<AgencyScore, 'byCriterion'>): number | null {
  const rows = Object.values(snapshot.byCriterion).filter((c) => c.applicable && c.score !== null && c.weight > 0)
  const w = rows.reduce((s, c) => s + c.weight, 0)
  if (w === 0) return null
  return rows.reduce((s, c) => s + (c.score! * c.weight) / w, 0)
}
