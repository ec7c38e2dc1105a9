/**
 * What an agency must publish soon: the admin dashboard's "due in the next 7 days". Pure.
 * - report-type entries (N days after a period ends) whose period end is known from the matcher
 *   (budget execution families): the report of the current or previous year not yet published;
 * - on-change entries (contacts, leaders): the latest update expires within the horizon;
 * - documents the agency has issued but not yet published (drafts with an issue date): their
 *   publication deadline under the matching entry.
 * Rows already overdue are included (due before today) so nothing silently drops off.
 */
import { addDays, diffDays, type AgencyKind, type CatalogueEntry, type DeadlineRule, type DueDateContext, type ISODate, type Item, itemMatches } from '@/domain/transparency'
import { isBudgetReportFamily, periodEnd } from '@/domain/deadlines'

export interface Upcoming {
  entryId: string
  title: { vi: string; en: string }
  due: ISODate
  kind: 'report' | 'refresh' | 'draft'
  itemTitle?: string
  overdue: boolean
}

export interface UpcomingInput<C> {
  agencyKind: AgencyKind
  catalogue: readonly CatalogueEntry[]
  /** Published items of the agency. */
  items: readonly Item[]
  /** Issued but unpublished items of the agency (drafts with createdOn). */
  pending: readonly Item[]
  today: ISODate
  horizonDays: number
  calendar: C
  dueDate: (rule: DeadlineRule, ctx: DueDateContext, calendar: C) => ISODate | null
}

export function upcomingDeadlines<C>(input: UpcomingInput<C>): Upcoming[] {
  const { today, horizonDays, calendar, dueDate } = input
  const until = addDays(today, horizonDays)
  const out: Upcoming[] = []
  const push = (entry: CatalogueEntry, due: ISODate | null, kind: Upcoming['kind'], itemTitle?: string) => {
    if (!due || due > until) return
    // Long-overdue report slots are the ranking's "missing" rows, not news for the dashboard.
    if (kind === 'report' && diffDays(due, today) > 366) return
    out.push({ entryId: entry.id, title: entry.title, due, kind, ...(itemTitle ? { itemTitle } : {}), overdue: due < today })
  }
  const year = Number(today.slice(0, 4))
  for (const entry of input.catalogue) {
    if (!entry.appliesTo.includes(input.agencyKind)) continue
    const matched = input.items.filter((i) => itemMatches(entry, i) && i.publishedOn <= today)
    const rule = entry.deadline
    if (rule.kind === 'days-after-period-end') {
      const families = [entry.matcher.where?.family ?? []].flat().filter(isBudgetReportFamily)
      for (const family of families) {
        for (const y of [year - 1, year]) {
          const end = periodEnd(family, y)
          if (!end || end >= today) continue
          if (matched.some((i) => i.attrs.family === family && i.periodEnd === end)) continue
          push(entry, dueDate(rule, { periodEnd: end }, calendar), 'report')
        }
      }
    } else if (rule.kind === 'on-change' && matched.length) {
      const latest = matched.map((i) => (i.updatedOn && i.updatedOn > i.publishedOn ? i.updatedOn : i.publishedOn)).sort().at(-1)!
      push(entry, addDays(latest, rule.maxAgeDays), 'refresh')
    }
    if (rule.kind === 'working-days-after' || rule.kind === 'days-after') {
      for (const p of input.pending) {
        if (!p.createdOn || !itemMatches(entry, p)) continue
        push(entry, dueDate(rule, { issuedOn: p.createdOn }, calendar), 'draft', p.title)
      }
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.entryId.localeCompare(b.entryId))
}
