import type { PopulateType, Where } from 'payload'
import { capitalBounds, type ProjectFilters } from '@/domain/invest'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { findByLocale, pairs, pickRich, pickText, type ByLocale, type LRich, type LText } from '@/lib/localeFallback'
import type { Agency, InvestmentProject, Zone } from '@/payload-types'
import { translationInfo, type TranslationInfo } from './localized'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { ATTACHMENT_CARD, PUBLISHED } from './populate'

type Slug = 'investment-projects' | 'zones' | 'investment-guides'

const PAGE_SIZE = 12

/**
 * Published documents read once in every locale (src/lib/localeFallback.ts): on the English site
 * untranslated fields are then shown in Vietnamese, marked lang="vi", never silently.
 */
async function readPublished<S extends Slug>(
  collection: S,
  query: { where?: Where; sort?: string; page?: number; limit?: number; depth?: number; populate?: PopulateType },
) {
  const payload = await payloadClient()
  const result = await findByLocale(payload, {
    collection,
    overrideAccess: false,
    depth: query.depth ?? 1,
    populate: query.populate,
    where: query.where && Object.keys(query.where).length ? { and: [PUBLISHED, query.where] } : PUBLISHED,
    sort: query.sort,
    page: query.page ?? 1,
    limit: query.limit ?? 100,
  })
  return { docs: result.docs, page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
}

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const str = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() ? v : null)
const populated = <T extends object>(v: number | T | null | undefined): T | null => (v && typeof v === 'object' ? v : null)

export interface ZoneRef {
  slug: string
  title: LText | null
}

function zoneRef(locale: Locale, own: number | Zone | null | undefined, vi: number | Zone | null | undefined): ZoneRef | null {
  const o = populated(own)
  if (!o) return null
  return { slug: o.slug, title: pickText(locale, o.title, populated(vi)?.title) }
}

function agencyRef(locale: Locale, own: number | Agency | null | undefined, vi: number | Agency | null | undefined) {
  const o = populated(own)
  if (!o) return null
  return {
    id: o.id,
    slug: o.slug,
    name: pickText(locale, o.name, populated(vi)?.name),
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

function projectCard(locale: Locale, { [locale]: own, vi }: ByLocale<InvestmentProject>): ProjectCard {
  return {
    id: own.id,
    slug: own.slug,
    title: pickText(locale, own.title, vi.title) ?? { text: own.slug, lang: 'vi' },
    summary: pickText(locale, own.summary, vi.summary),
    sector: own.sector,
    status: own.projectStatus,
    area: str(own.location?.area),
    zone: zoneRef(locale, own.location?.zone, vi.location?.zone),
    landAreaHa: num(own.landAreaHa),
    capitalMillionVnd: num(own.capitalMillionVnd),
    capitalUsd: num(own.capitalUsd),
    investmentForm: str(own.investmentForm),
  }
}

const PROJECT_POPULATE: PopulateType = {
  zones: { title: true, slug: true },
  agencies: { name: true, slug: true, phone: true, email: true },
  attachments: ATTACHMENT_CARD,
}

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
    const result = await readPublished('investment-projects', {
      where: and.length ? { and } : undefined,
      sort: '-publishedAt',
      page: filters.page,
      limit: PAGE_SIZE,
      populate: PROJECT_POPULATE,
    })
    return {
      items: result.docs.map((d) => projectCard(locale, d)),
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

function attachmentsOf(locale: Locale, own: InvestmentProject['attachments'], vi: InvestmentProject['attachments']): Attachment[] {
  return pairs(own, vi).flatMap(([a, v]) =>
    typeof a === 'object' && typeof a.url === 'string'
      ? [{ title: pickText(locale, a.title, populated(v)?.title), url: a.url, filename: a.filename ?? '', filesize: num(a.filesize), mimeType: str(a.mimeType) }]
      : [],
  )
}

export const getProjectBySlug = cachedRead(
  'invest:project',
  async (locale: Locale, slug: string): Promise<ProjectDetail | null> => {
    const { docs } = await readPublished('investment-projects', { where: { slug: { equals: slug } }, limit: 1, populate: PROJECT_POPULATE })
    const both = docs[0]
    if (!both) return null
    const { [locale]: doc, vi: v } = both
    return {
      ...projectCard(locale, both),
      description: pickRich(locale, doc.description, v.description),
      incentives: pickRich(locale, doc.incentives, v.incentives),
      site: pickText(locale, doc.location?.address, v.location?.address),
      commune: agencyRef(locale, doc.location?.commune, v.location?.commune),
      contactAgency: agencyRef(locale, doc.contactAgency, v.contactAgency),
      contactPerson: {
        name: str(doc.contactPerson?.name),
        title: pickText(locale, doc.contactPerson?.title, v.contactPerson?.title),
        phone: str(doc.contactPerson?.phone),
        email: str(doc.contactPerson?.email),
      },
      attachments: attachmentsOf(locale, doc.attachments, v.attachments),
      publishedAt: str(doc.publishedAt),
      updatedAt: doc.updatedAt,
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

function zoneCard(locale: Locale, { [locale]: own, vi }: ByLocale<Zone>): ZoneCard {
  return {
    id: own.id,
    slug: own.slug,
    title: pickText(locale, own.title, vi.title) ?? { text: own.slug, lang: 'vi' },
    summary: pickText(locale, own.summary, vi.summary),
    kind: own.zoneKind,
    area: str(own.area),
    areaHa: num(own.areaHa),
    occupancyPercent: num(own.occupancyPercent),
  }
}

export const listZones = cachedRead(
  'invest:zones',
  async (locale: Locale): Promise<ZoneCard[]> => {
    const { docs } = await readPublished('zones', { sort: 'slug', depth: 0 })
    return docs.map((d) => zoneCard(locale, d))
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
    const { docs } = await readPublished('zones', { where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    const both = docs[0]
    if (!both) return null
    const { [locale]: doc, vi: v } = both
    const projects = await readPublished('investment-projects', {
      where: { 'location.zone': { equals: doc.id } },
      sort: '-publishedAt',
      limit: 50,
      populate: PROJECT_POPULATE,
    })
    return {
      ...zoneCard(locale, both),
      description: pickRich(locale, doc.description, v.description),
      infrastructure: pickRich(locale, doc.infrastructure, v.infrastructure),
      incentives: pickRich(locale, doc.incentives, v.incentives),
      tenants: pairs(doc.tenants, v.tenants).map(([t, vt]) => ({
        name: t.name,
        country: pickText(locale, t.country, vt?.country),
        activity: pickText(locale, t.activity, vt?.activity),
      })),
      contacts: {
        office: pickText(locale, doc.contacts?.office, v.contacts?.office),
        address: pickText(locale, doc.contacts?.address, v.contacts?.address),
        phone: str(doc.contacts?.phone),
        email: str(doc.contacts?.email),
        website: str(doc.contacts?.website),
      },
      projects: projects.docs.map((p) => projectCard(locale, p)),
      updatedAt: doc.updatedAt,
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
    const { docs } = await readPublished('investment-guides', { sort: 'order', depth: 0 })
    return docs.map(({ [locale]: d, vi: v }) => ({
      id: d.id,
      slug: d.slug,
      title: pickText(locale, d.title, v.title) ?? { text: d.slug, lang: 'vi' as const },
      summary: pickText(locale, d.summary, v.summary),
    }))
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
    const { docs } = await readPublished('investment-guides', {
      where: { slug: { equals: slug } },
      limit: 1,
      populate: { 'legal-documents': { number: true, title: true, slug: true, _status: true } },
    })
    const both = docs[0]
    if (!both) return null
    const { [locale]: doc, vi: v } = both
    return {
      id: doc.id,
      slug: doc.slug,
      title: pickText(locale, doc.title, v.title) ?? { text: doc.slug, lang: 'vi' },
      summary: pickText(locale, doc.summary, v.summary),
      steps: pairs(doc.steps, v.steps).map(([s, vs]) => ({
        title: pickText(locale, s.title, vs?.title),
        body: pickRich(locale, s.body, vs?.body),
        timeLimit: pickText(locale, s.timeLimit, vs?.timeLimit),
        authority: pickText(locale, s.authority, vs?.authority),
      })),
      // Unpublished legal documents are not populated for anonymous readers (access returns no doc).
      legalDocuments: pairs(doc.legalDocuments, v.legalDocuments).flatMap(([d, vd]) =>
        typeof d === 'object' && typeof d.slug === 'string' ? [{ slug: d.slug, number: str(d.number), title: pickText(locale, d.title, populated(vd)?.title) }] : [],
      ),
      publicServices: pairs(doc.publicServices, v.publicServices).map(([s, vs]) => ({
        label: pickText(locale, s.label, vs?.label),
        url: s.url,
      })),
      updatedAt: doc.updatedAt,
      translation: translationInfo(doc),
    }
  },
  (_locale, slug) => [tags.docSlug('investment-guides', slug), tags.collection('legal-documents')],
)
