/** Data of the admin dashboard's transparency panel (server-side, Local API). */
import type { Payload } from 'payload'
import type { Agency } from '@/payload-types'
import { agencyIdsWithRole, isAdmin, type PortalUser } from '@/access/roles'
import { toISODate, vnCalendar } from '@/domain/calendar'
import { dueDate } from '@/domain/deadlines'
import type { AgencyScore, CatalogueEntry, Evidence } from '@/domain/transparency'
import { losingEvidence } from './export'
import { agencyItem, type AgencyDoc } from './items'
import { loadCatalogue, loadPending, loadPublishedItems } from './load'
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
    const a = (await payload.findByID({ collection: 'agencies', id, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as (AgencyDoc & Pick<Agency, 'slug' | 'kind'> & { name?: string }) | null
    if (!a) continue
    const snaps = await payload.find({ collection: 'transparency-snapshots', where: { agency: { equals: id } }, sort: '-periodTo', limit: 1, depth: 0, overrideAccess: true })
    const snap = snaps.docs[0] as unknown as { periodLabel: string; total?: number | null; score: AgencyScore; inputs?: { catalogue?: CatalogueEntry[] } } | undefined
    const titles = new Map((snap?.inputs?.catalogue ?? catalogue).map((e) => [e.id, e.title]))
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
      name: typeof a.name === 'string' ? a.name : a.slug,
      period: snap?.periodLabel ?? null,
      total: snap?.total ?? null,
      missing: snap ? losingEvidence(snap.score).slice(0, 8).map((e) => ({ ...e, entryTitle: titles.get(e.entryId) ?? { vi: e.entryId, en: e.entryId } })) : [],
      // Cut each list apart, so many overdue reports never hide the ones due this week.
      upcoming: [...upcoming.filter((u) => u.due < today).slice(0, 8), ...upcoming.filter((u) => u.due >= today).slice(0, 8)],
    })
  }
  let province: TransparencyDashboard['province'] = null
  if (admin) {
    const latest = await payload.find({ collection: 'transparency-snapshots', sort: '-periodTo', limit: 1, depth: 0, overrideAccess: true, select: { periodKey: true } })
    const period = (latest.docs[0] as { periodKey?: string } | undefined)?.periodKey
    if (period) {
      const all = await payload.find({ collection: 'transparency-snapshots', where: { periodKey: { equals: period } }, pagination: false, depth: 0, overrideAccess: true, select: { total: true } })
      const totals = all.docs.map((d) => (d as { total?: number | null }).total).filter((v): v is number => typeof v === 'number')
      province = { period, average: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null, count: totals.length }
    }
  }
  return { isAdmin: admin, agencies, province }
}
