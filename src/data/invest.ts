import type { Where } from 'payload'
import { capitalBounds, type ProjectFilters } from '@/domain/invest'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { at, byId, pickRich, pickText, translationInfo, type LRich, type LText, type TranslationInfo } from './localized'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { ATTACHMENT_CARD, PUBLISHED } from './populate'

type Row = Record<string, unknown>
type Slug = 'investment-projects' | 'zones' | 'investment-guides'

const PAGE_SIZE = 12

/**
 * Reads published documents in the page's locale and, on the English site, the same documents in
 * Vietnamese: untranslated fields are then shown in Vietnamese, marked lang="vi", never silently.
 */
async function readBoth(
  collection: Slug,
  locale: Locale,
  query: { where?: Where; sort?: string; page?: number; limit?: number; depth?: number; populate?: Record<string, Record<string, true>> },
) {
  const payload = await payloadClient()
  const common = { collection, fallbackLocale: false as const, overrideAccess: false, depth: query.depth ?? 1, populate: query.populate }
  const own = await payload.find({
    ...common,
    locale,
    where: query.where && Object.keys(query.where).length ? { and: [PUBLISHED, query.where] } : PUBLISHED,
    sort: query.sort,
    page: query.page ?? 1,
    limit: query.limit ?? 100,
  })
  let vi = new Map<string, Row>()
  if (locale !== 'vi' && own.docs.length) {
    const ids = own.docs.map((d) => (d as unknown as Row).id as number)
    const viDocs = await payload.find({
      ...common,
      locale: 'vi',
      where: { id: { in: ids } },
      limit: ids.length,
      pagination: false,
    })
    vi = byId(viDocs.docs as unknown as Row[])
  }
  return { own: own.docs as unknown as Row[], vi, page: own.page ?? 1, totalPages: own.totalPages, totalDocs: own.totalDocs }
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)

export interface ZoneRef {
  slug: string
  title: LText | null
}

function zoneRef(locale: Locale, own: unknown, vi: unknown): ZoneRef | null {
  if (!own || typeof own !== 'object') return null
  const o = own as Row
  return { slug: o.slug as string, title: pickText(locale, o.title, (vi as Row | undefined)?.title) }
}

function agencyRef(locale: Locale, own: unknown, vi: unknown) {
  if (!own || typeof own !== 'object') return null
  const o = own as Row
  return {
    id: o.id as number | string,
    slug: o.slug as string,
    name: pickText(locale, o.name, (vi as Row | undefined)?.name),
    phone: str(o.phone),
    email: str(o.email),
  }
}

export interface ProjectCard {
  id: number | string
  slug: string
  title: LText
  summary: LText | null
  sector: string
  status: string
  area: string | null
  zone: ZoneRef | null
  landAreaHa: number | null
  capitalMillionVnd: number | null
  capitalUsd: number | null
  investmentForm: string | null
}

function projectCard(locale: Locale, own: Row, vi: Row | undefined): ProjectCard {
  return {
    id: own.id as number,
    slug: own.slug as string,
    title: pickText(locale, own.title, vi?.title) ?? { text: own.slug as string, lang: 'vi' },
    summary: pickText(locale, own.summary, vi?.summary),
    sector: own.sector as string,
    status: own.projectStatus as string,
    area: str(at(own, 'location.area')),
    zone: zoneRef(locale, at(own, 'location.zone'), at(vi, 'location.zone')),
    landAreaHa: num(own.landAreaHa),
    capitalMillionVnd: num(own.capitalMillionVnd),
    capitalUsd: num(own.capitalUsd),
    investmentForm: str(own.investmentForm),
  }
}

const PROJECT_POPULATE = {
  zones: { title: true, slug: true },
  agencies: { name: true, slug: true, phone: true, email: true },
  attachments: ATTACHMENT_CARD,
} as Record<string, Record<string, true>>

/** Published projects matching the investor's filters (URL query string), newest first. */
export const listProjects = cachedRead(
  'invest:projects',
  async (locale: Locale, filters: ProjectFilters) => {
    const and: Where[] = []
    if (filters.sector) and.push({ sector: { equals: filters.sector } })
    if (filters.status) and.push({ projectStatus: { equals: filters.status } })
    if (filters.area) and.push({ 'location.area': { equals: filters.area } })
    if (filters.capital) {
      const { min, max } = capitalBounds(filters.capital)
      and.push({ capitalMillionVnd: { greater_than_equal: min } })
      if (max !== null) and.push({ capitalMillionVnd: { less_than: max } })
    }
    if (filters.zone) {
      const payload = await payloadClient()
      const zone = await payload.find({ collection: 'zones', where: { and: [PUBLISHED, { slug: { equals: filters.zone } }] }, limit: 1, depth: 0, overrideAccess: false, select: {} })
      and.push({ 'location.zone': { equals: zone.docs[0]?.id ?? -1 } })
    }
    const result = await readBoth('investment-projects', locale, {
      where: and.length ? { and } : undefined,
      sort: '-publishedAt',
      page: filters.page,
      limit: PAGE_SIZE,
      populate: PROJECT_POPULATE,
    })
    return {
      items: result.own.map((d) => projectCard(locale, d, result.vi.get(String(d.id)))),
      page: result.page,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  },
  () => [tags.collection('investment-projects'), tags.collection('zones')],
)

export interface Attachment {
  title: LText | null
  url: string
  filename: string
  filesize: number | null
  mimeType: string | null
}

export interface ProjectDetail extends ProjectCard {
  description: LRich | null
  incentives: LRich | null
  site: LText | null
  commune: ReturnType<typeof agencyRef>
  contactAgency: ReturnType<typeof agencyRef>
  contactPerson: { name: string | null; title: LText | null; phone: string | null; email: string | null }
  attachments: Attachment[]
  publishedAt: string | null
  updatedAt: string
  translation: TranslationInfo | null
}

function attachmentsOf(locale: Locale, own: unknown, vi: unknown): Attachment[] {
  const list = Array.isArray(own) ? (own as Row[]) : []
  const viList = byId(Array.isArray(vi) ? (vi as Row[]).filter((r) => r && typeof r === 'object') : [])
  return list
    .filter((a) => a && typeof a === 'object' && typeof a.url === 'string')
    .map((a) => ({
      title: pickText(locale, a.title, viList.get(String(a.id))?.title),
      url: a.url as string,
      filename: a.filename as string,
      filesize: num(a.filesize),
      mimeType: str(a.mimeType),
    }))
}

export const getProjectBySlug = cachedRead(
  'invest:project',
  async (locale: Locale, slug: string): Promise<ProjectDetail | null> => {
    const { own, vi } = await readBoth('investment-projects', locale, { where: { slug: { equals: slug } }, limit: 1, populate: PROJECT_POPULATE })
    const doc = own[0]
    if (!doc) return null
    const v = vi.get(String(doc.id))
    return {
      ...projectCard(locale, doc, v),
      description: pickRich(locale, doc.description, v?.description),
      incentives: pickRich(locale, doc.incentives, v?.incentives),
      site: pickText(locale, at(doc, 'location.address'), at(v, 'location.address')),
      commune: agencyRef(locale, at(doc, 'location.commune'), at(v, 'location.commune')),
      contactAgency: agencyRef(locale, doc.contactAgency, v?.contactAgency),
      contactPerson: {
        name: str(at(doc, 'contactPerson.name')),
        title: pickText(locale, at(doc, 'contactPerson.title'), at(v, 'contactPerson.title')),
        phone: str(at(doc, 'contactPerson.phone')),
        email: str(at(doc, 'contactPerson.email')),
      },
      attachments: attachmentsOf(locale, doc.attachments, v?.attachments),
      publishedAt: str(doc.publishedAt),
      updatedAt: doc.updatedAt as string,
      translation: translationInfo(doc),
    }
  },
  (_locale, slug) => [tags.docSlug('investment-projects', slug), tags.collection('zones'), tags.collection('agencies')],
)

export interface ZoneCard {
  id: number | string
  slug: string
  title: LText
  summary: LText | null
  kind: string
  area: string | null
  areaHa: number | null
  occupancyPercent: number | null
}

function zoneCard(locale: Locale, own: Row, vi: Row | undefined): ZoneCard {
  return {
    id: own.id as number,
    slug: own.slug as string,
    title: pickText(locale, own.title, vi?.title) ?? { text: own.slug as string, lang: 'vi' },
    summary: pickText(locale, own.summary, vi?.summary),
    kind: own.zoneKind as string,
    area: str(own.area),
    areaHa: num(own.areaHa),
    occupancyPercent: num(own.occupancyPercent),
  }
}

export const listZones = cachedRead(
  'invest:zones',
  async (locale: Locale): Promise<ZoneCard[]> => {
    const { own, vi } = await readBoth('zones', locale, { sort: 'slug', depth: 0 })
    return own.map((d) => zoneCard(locale, d, vi.get(String(d.id))))
  },
  () => [tags.collection('zones')],
)

export interface ZoneDetail extends ZoneCard {
  description: LRich | null
  infrastructure: LRich | null
  incentives: LRich | null
  tenants: { name: string; country: LText | null; activity: LText | null }[]
  contacts: { office: LText | null; address: LText | null; phone: string | null; email: string | null; website: string | null }
  projects: ProjectCard[]
  updatedAt: string
  translation: TranslationInfo | null
}

export const getZoneBySlug = cachedRead(
  'invest:zone',
  async (locale: Locale, slug: string): Promise<ZoneDetail | null> => {
    const { own, vi } = await readBoth('zones', locale, { where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    const doc = own[0]
    if (!doc) return null
    const v = vi.get(String(doc.id))
    const viTenants = byId(Array.isArray(v?.tenants) ? (v!.tenants as Row[]) : [])
    const projects = await readBoth('investment-projects', locale, {
      where: { 'location.zone': { equals: doc.id } },
      sort: '-publishedAt',
      limit: 50,
      populate: PROJECT_POPULATE,
    })
    return {
      ...zoneCard(locale, doc, v),
      description: pickRich(locale, doc.description, v?.description),
      infrastructure: pickRich(locale, doc.infrastructure, v?.infrastructure),
      incentives: pickRich(locale, doc.incentives, v?.incentives),
      tenants: (Array.isArray(doc.tenants) ? (doc.tenants as Row[]) : []).map((t) => ({
        name: t.name as string,
        country: pickText(locale, t.country, viTenants.get(String(t.id))?.country),
        activity: pickText(locale, t.activity, viTenants.get(String(t.id))?.activity),
      })),
      contacts: {
        office: pickText(locale, at(doc, 'contacts.office'), at(v, 'contacts.office')),
        address: pickText(locale, at(doc, 'contacts.address'), at(v, 'contacts.address')),
        phone: str(at(doc, 'contacts.phone')),
        email: str(at(doc, 'contacts.email')),
        website: str(at(doc, 'contacts.website')),
      },
      projects: projects.own.map((p) => projectCard(locale, p, projects.vi.get(String(p.id)))),
      updatedAt: doc.updatedAt as string,
      translation: translationInfo(doc),
    }
  },
  (_locale, slug) => [tags.docSlug('zones', slug), tags.collection('investment-projects')],
)

export interface GuideCard {
  id: number | string
  slug: string
  title: LText
  summary: LText | null
}

export const listGuides = cachedRead(
  'invest:guides',
  async (locale: Locale): Promise<GuideCard[]> => {
    const { own, vi } = await readBoth('investment-guides', locale, { sort: 'order', depth: 0 })
    return own.map((d) => {
      const v = vi.get(String(d.id))
      return {
        id: d.id as number,
        slug: d.slug as string,
        title: pickText(locale, d.title, v?.title) ?? { text: d.slug as string, lang: 'vi' as const },
        summary: pickText(locale, d.summary, v?.summary),
      }
    })
  },
  () => [tags.collection('investment-guides')],
)

export interface GuideDetail extends GuideCard {
  steps: { title: LText | null; body: LRich | null; timeLimit: LText | null; authority: LText | null }[]
  legalDocuments: { slug: string; number: string | null; title: LText | null }[]
  publicServices: { label: LText | null; url: string }[]
  updatedAt: string
  translation: TranslationInfo | null
}

export const getGuideBySlug = cachedRead(
  'invest:guide',
  async (locale: Locale, slug: string): Promise<GuideDetail | null> => {
    const { own, vi } = await readBoth('investment-guides', locale, {
      where: { slug: { equals: slug } },
      limit: 1,
      populate: { 'legal-documents': { number: true, title: true, slug: true, _status: true } },
    })
    const doc = own[0]
    if (!doc) return null
    const v = vi.get(String(doc.id))
    const viSteps = byId(Array.isArray(v?.steps) ? (v!.steps as Row[]) : [])
    const viServices = byId(Array.isArray(v?.publicServices) ? (v!.publicServices as Row[]) : [])
    const viLegal = byId((Array.isArray(v?.legalDocuments) ? (v!.legalDocuments as Row[]) : []).filter((d) => d && typeof d === 'object'))
    return {
      id: doc.id as number,
      slug: doc.slug as string,
      title: pickText(locale, doc.title, v?.title) ?? { text: doc.slug as string, lang: 'vi' },
      summary: pickText(locale, doc.summary, v?.summary),
      steps: (Array.isArray(doc.steps) ? (doc.steps as Row[]) : []).map((s) => {
        const vs = viSteps.get(String(s.id))
        return {
          title: pickText(locale, s.title, vs?.title),
          body: pickRich(locale, s.body, vs?.body),
          timeLimit: pickText(locale, s.timeLimit, vs?.timeLimit),
          authority: pickText(locale, s.authority, vs?.authority),
        }
      }),
      // Unpublished legal documents are not populated for anonymous readers (access returns no doc).
      legalDocuments: (Array.isArray(doc.legalDocuments) ? (doc.legalDocuments as Row[]) : [])
        .filter((d) => d && typeof d === 'object' && typeof d.slug === 'string')
        .map((d) => ({ slug: d.slug as string, number: str(d.number), title: pickText(locale, d.title, viLegal.get(String(d.id))?.title) })),
      publicServices: (Array.isArray(doc.publicServices) ? (doc.publicServices as Row[]) : []).map((s) => ({
        label: pickText(locale, s.label, viServices.get(String(s.id))?.label),
        url: s.url as string,
      })),
      updatedAt: doc.updatedAt as string,
      translation: translationInfo(doc),
    }
  },
  (_locale, slug) => [tags.docSlug('investment-guides', slug), tags.collection('legal-documents')],
)
