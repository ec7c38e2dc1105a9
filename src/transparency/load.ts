/**
 * Reads the scoring inputs through the Local API (adapter-neutral: no SQL, no Mongo). System
 * reads: the job acts for the province, so access is overridden, and only what the public can
 * see (published documents) is counted — except `loadPending`, which the dashboard uses to warn an
 * agency about its own unpublished documents.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Agency } from '@/payload-types'
import type { AgencyKind, CatalogueEntry, CriteriaSet } from '@/domain/transparency'
import { AGENCY_KINDS } from '@/domain/transparency'
import { findByLocale, inEveryLocale } from '@/lib/localeFallback'
import { SOURCE_COLLECTIONS, toCatalogue, type CatalogueDoc, type SourceCollection } from './catalogue'
import { toCriteriaSet } from './criteria'
import { agencyItem, toItem, type AgencyDoc, type AgencyItem, type SourceDoc } from './items'

type Req = Partial<PayloadRequest> | undefined

export interface ScoredAgency {
  id: string
  /** The id as stored (typed as the generated `Agency['id']`; MongoDB's strings pass through at run time). */
  rawId: Agency['id']
  kind: AgencyKind
  slug: string
  /** The admin's override of the day its obligations start (`transparencyFrom`), if any. */
  obligationsFrom?: string
}

const isAgencyKind = (k: string | null | undefined): k is AgencyKind => typeof k === 'string' && (AGENCY_KINDS as readonly string[]).includes(k)

const hasCollection = (payload: Payload, slug: string) => Boolean(payload.collections?.[slug as keyof typeof payload.collections])
const hasDrafts = (payload: Payload, slug: string) => {
  const versions = payload.collections[slug as keyof typeof payload.collections]?.config.versions
  return Boolean(versions && typeof versions === 'object' && versions.drafts)
}

export async function loadCatalogue(payload: Payload, req?: Req): Promise<CatalogueEntry[]> {
  const res = await findByLocale(payload, { collection: 'disclosure-catalogue', depth: 0, pagination: false, sort: 'order', overrideAccess: true, req })
  return toCatalogue(res.docs.map((d): CatalogueDoc => ({ ...d.vi, title: inEveryLocale(d, (x) => x.title) })))
}

export async function loadCriteria(payload: Payload, req?: Req): Promise<CriteriaSet> {
  const doc = await payload.findGlobal({ slug: 'transparency-criteria', depth: 0, overrideAccess: true, req })
  return toCriteriaSet(doc)
}

export async function loadAgencies(payload: Payload, req?: Req): Promise<{ agencies: ScoredAgency[]; items: AgencyItem[] }> {
  const res = await findByLocale(payload, { collection: 'agencies', depth: 0, pagination: false, overrideAccess: true, req })
  const agencies: ScoredAgency[] = []
  const items: AgencyItem[] = []
  for (const both of res.docs) {
    const agency = both.vi
    if (!isAgencyKind(agency.kind)) continue
    agencies.push({
      id: String(agency.id),
      rawId: agency.id,
      kind: agency.kind,
      slug: agency.slug ?? String(agency.id),
      ...(agency.transparencyFrom ? { obligationsFrom: agency.transparencyFrom } : {}),
    })
    const doc: AgencyDoc = { ...agency, name: inEveryLocale(both, (x) => x.name) }
    const item = agencyItem(doc)
    if (item) items.push(item)
  }
  return { agencies, items }
}

async function loadSource(payload: Payload, collection: Exclude<SourceCollection, 'agencies'>, status: 'published' | 'draft', req: Req, agencyId?: number | string): Promise<AgencyItem[]> {
  if (!hasCollection(payload, collection)) return []
  const drafts = hasDrafts(payload, collection)
  if (status === 'draft' && !drafts) return []
  const and: Where[] = []
  if (drafts) and.push({ _status: { equals: status } })
  if (agencyId !== undefined) and.push({ agency: { equals: agencyId } })
  const res = await findByLocale(payload, {
    collection,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: status === 'draft',
    where: and.length ? { and } : undefined,
    req,
  })
  const out: AgencyItem[] = []
  for (const both of res.docs) {
    const doc: SourceDoc = { ...both.vi, title: inEveryLocale(both, (x) => x.title) }
    // A draft has no publication day yet: it is dated by its issue date, and kept only with one.
    const src = status === 'draft' ? { ...doc, publishedAt: doc.issueDate ?? doc.documentDate ?? null, createdAt: null } : doc
    const item = toItem(collection, src)
    if (item && (status === 'published' || item.createdOn)) out.push(item)
  }
  return out
}

const SOURCES = Object.keys(SOURCE_COLLECTIONS).filter((c) => c !== 'agencies') as Exclude<SourceCollection, 'agencies'>[]

/** Every published item of every source collection present in this build. */
export async function loadPublishedItems(payload: Payload, req?: Req, agencyId?: number | string): Promise<AgencyItem[]> {
  const lists = await Promise.all(SOURCES.map((c) => loadSource(payload, c, 'published', req, agencyId)))
  return lists.flat()
}

/** One agency's issued-but-unpublished documents (drafts with an issue date). */
export async function loadPending(payload: Payload, agencyId: number | string, req?: Req): Promise<AgencyItem[]> {
  const lists = await Promise.all(SOURCES.map((c) => loadSource(payload, c, 'draft', req, agencyId)))
  return lists.flat().filter((i) => i.createdOn)
}
