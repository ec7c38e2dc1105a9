import type { Payload, Where } from 'payload'
import { agencyIdsWithRole, EDITING_ROLES, isAdmin, PUBLISHING_ROLES, staffId, type PortalUser } from '@/access/roles'

export interface DashboardItem {
  collection: string
  collectionLabel: string
  id: number | string
  title: string
  updatedAt: string
}

export interface DashboardData {
  myDrafts: DashboardItem[]
  awaitingReview: DashboardItem[] | null // null: the user reviews nothing
  recentlyPublished: DashboardItem[]
  englishMissing: DashboardItem[]
}

const LIMIT = 8

type Row = { id: number | string; title?: unknown; slug?: unknown; updatedAt?: unknown }

function labelOf(labels: unknown, language: string, fallback: string): string {
  if (typeof labels === 'string') return labels
  if (labels && typeof labels === 'object') {
    const l = labels as Record<string, string>
    return l[language] ?? l.vi ?? fallback
  }
  return fallback
}

function newest(items: DashboardItem[]): DashboardItem[] {
  return items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, LIMIT)
}

/**
 * The editorial dashboard's four lists for one user, read with the user's own access rights
 * (overrideAccess: false), so nobody sees another agency's drafts here either.
 */
export async function dashboardData(payload: Payload, user: PortalUser, language: string): Promise<DashboardData> {
  const admin = isAdmin(user)
  const mine = agencyIdsWithRole(user, EDITING_ROLES)
  const reviewing = agencyIdsWithRole(user, PUBLISHING_ROLES)
  // Publishable agency content: agency-scoped, with drafts (so `_status` and `workflowState`) and a title.
  const scoped = payload.config.collections.filter(
    (c) => c.custom?.agencyScoped && Boolean(c.versions?.drafts) && c.flattenedFields.some((f) => f.name === 'title') && c.flattenedFields.some((f) => f.name === 'workflowState'),
  )
  const inAgencies = (ids: (number | string)[]): Where[] => (admin ? [] : [{ agency: { in: ids } }])

  const run = async (slug: string, where: Where, opts: { draft?: boolean; locale?: 'vi' | 'en' } = {}) => {
    const config = scoped.find((c) => c.slug === slug)!
    const found = await payload.find({
      collection: slug as 'news',
      where,
      draft: opts.draft,
      locale: opts.locale ?? 'vi',
      fallbackLocale: false,
      depth: 0,
      limit: LIMIT,
      sort: '-updatedAt',
      overrideAccess: false,
      user: user,
      select: { title: true, slug: true, updatedAt: true },
    })
    return (found.docs as unknown as Row[]).map((d) => ({
      collection: slug,
      collectionLabel: labelOf(config.labels?.plural, language, slug),
      id: d.id,
      title: typeof d.title === 'string' && d.title ? d.title : String(d.slug ?? d.id),
      updatedAt: String(d.updatedAt ?? ''),
    }))
  }

  // My drafts: documents I created or edited (from the audit log) whose latest version is a draft not yet submitted.
  const touched = await payload.find({
    collection: 'audit-log',
    where: { and: [{ user: { equals: staffId(user) ?? -1 } }, { action: { in: ['created', 'edited'] } }] },
    sort: '-createdAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
    select: { targetCollection: true, documentId: true },
  })
  const touchedBy = new Map<string, Set<string>>()
  for (const e of touched.docs as { targetCollection: string; documentId: string }[]) {
    if (!touchedBy.has(e.targetCollection)) touchedBy.set(e.targetCollection, new Set())
    touchedBy.get(e.targetCollection)!.add(e.documentId)
  }

  const lists = await Promise.all(
    scoped.map(async (c) => {
      const ids = [...(touchedBy.get(c.slug) ?? [])]
      const [drafts, review, published, english] = await Promise.all([
        ids.length
          ? run(c.slug, { and: [{ id: { in: ids } }, { _status: { equals: 'draft' } }, { workflowState: { not_equals: 'submitted' } }] }, { draft: true })
          : Promise.resolve([]),
        admin || reviewing.length
          ? run(c.slug, { and: [{ workflowState: { equals: 'submitted' } }, { _status: { equals: 'draft' } }, ...inAgencies(reviewing)] }, { draft: true })
          : Promise.resolve([]),
        admin || mine.length ? run(c.slug, { and: [{ _status: { equals: 'published' } }, ...inAgencies(mine)] }) : Promise.resolve([]),
        admin || mine.length
          ? run(c.slug, { and: [{ _status: { equals: 'published' } }, { title: { exists: false } }, ...inAgencies(mine)] }, { locale: 'en' })
          : Promise.resolve([]),
      ])
      return { drafts, review, published, english }
    }),
  )
  // Titles of the English-missing list are Vietnamese: read them again in vi.
  const englishMissing = newest(lists.flatMap((l) => l.english))
  for (const item of englishMissing) {
    const doc = (await payload.findByID({ collection: item.collection as 'news', id: item.id, locale: 'vi', depth: 0, overrideAccess: false, user: user, select: { title: true } }).catch(() => null)) as Row | null
    if (doc && typeof doc.title === 'string') item.title = doc.title
  }
  return {
    myDrafts: newest(lists.flatMap((l) => l.drafts)),
    awaitingReview: admin || reviewing.length ? newest(lists.flatMap((l) => l.review)) : null,
    recentlyPublished: newest(lists.flatMap((l) => l.published)),
    englishMissing,
  }
}
