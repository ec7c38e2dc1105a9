/** Data of the admin dashboard's transparency panel (server-side, Local API). */
import type { Payload } from 'payload'
import { agencyIdsWithRole, isAdmin, type PortalUser } from '@/access/roles'
import { toISODate, vnCalendar } from '@/domain/calendar'
import { dueDate } from '@/domain/deadlines'
import type { CatalogueEntry, Evidence } from '@/domain/transparency'
import { losingEvidence } from './export'
import { agencyItem } from './items'
import { loadCatalogue, loadPending, loadPublishedItems } from './load'
import { storedInputs, storedScore } from './stored'
import { upcomingDeadlines, type Upcoming } from './upcoming'

export interface AgencyPanel {
  id: string
  slug: string
  name: string
  period: string | null
  total: number | null
  missing: (Evidence & { entryTitle: { vi: string; en: string } })[]
  upcoming: Upcoming[]
}

export interface TransparencyDashboard {
  isAdmin: boolean
  agencies: AgencyPanel[]
  province: { period: string; average: number | null; count: number } | null
}

const MAX_AGENCIES = 5

export async function transparencyDashboard(payload: Payload, user: PortalUser): Promise<TransparencyDashboard> {
  const admin = isAdmin(user)
  const ids = agencyIdsWithRole(user).slice(0, MAX_AGENCIES)
  const today = toISODate(new Date())
  const catalogue: CatalogueEntry[] = ids.length ? await loadCatalogue(payload) : []
  const agencies: AgencyPanel[] = []
  for (const id of ids) {
    const a = await payload.findByID({ collection: 'agencies', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!a) continue
    const snaps = await payload.find({ collection: 'transparency-snapshots', where: { agency: { equals: id } }, sort: '-periodTo', limit: 1, depth: 0, overrideAccess: true })
    const snap = snaps.docs[0]
    const titles = new Map(((snap && storedInputs(snap).catalogue) ?? catalogue).map((e) => [e.id, e.title]))
    const own = agencyItem(a)
    const published = (await loadPublishedItems(payload, undefined, id)).map(({ agencyId: _a, ...i }) => i)
    const publishedIds = new Set(published.map((i) => i.id))
    const pending = (await loadPending(payload, id)).filter((i) => !publishedIds.has(i.id)).map(({ agencyId: _a, ...i }) => i)
    const upcoming = upcomingDeadlines({
      agencyKind: a.kind,
      catalogue,
      items: own ? [...published, (({ agencyId: _a, ...i }) => i)(own)] : published,
      pending,
      today,
      horizonDays: 7,
      calendar: vnCalendar(),
      dueDate,
    })
    agencies.push({
      id: String(id),
      slug: a.slug,
      name: a.name || a.slug,
      period: snap?.periodLabel ?? null,
      total: snap?.total ?? null,
      missing: snap ? losingEvidence(storedScore(snap)).slice(0, 8).map((e) => ({ ...e, entryTitle: titles.get(e.entryId) ?? { vi: e.entryId, en: e.entryId } })) : [],
      // Cut each list apart, so many overdue reports never hide the ones due this week.
      upcoming: [...upcoming.filter((u) => u.due < today).slice(0, 8), ...upcoming.filter((u) => u.due >= today).slice(0, 8)],
    })
  }
  let province: TransparencyDashboard['province'] = null
  if (admin) {
    const latest = await payload.find({ collection: 'transparency-snapshots', sort: '-periodTo', limit: 1, depth: 0, overrideAccess: true, select: { periodKey: true } })
    const period = latest.docs[0]?.periodKey
    if (period) {
      const all = await payload.find({ collection: 'transparency-snapshots', where: { periodKey: { equals: period } }, pagination: false, depth: 0, overrideAccess: true, select: { total: true } })
      const totals = all.docs.map((d) => d.total).filter((v): v is number => typeof v === 'number')
      province = { period, average: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null, count: totals.length }
    }
  }
  return { isAdmin: admin, agencies, province }
}
