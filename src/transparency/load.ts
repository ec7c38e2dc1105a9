/**
 * Reads the scoring inputs through the Local API (adapter-neutral: no SQL, no Mongo). System
 * reads: the job acts for the province, so access is overridden, and only what the public can
 * see (published documents) is counted — except `loadPending`, which the dashboard uses to warn an
 * agency about its own unpublished documents.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import type { Agency, Config } from '@/payload-types'
import type { AgencyKind, CatalogueEntry, CriteriaSet } from '@/domain/transparency'
import { AGENCY_KINDS } from '@/domain/transparency'
import { findByLocale, inEveryLocale } from '@/lib/localeFallback'
import { SOURCE_COLLECTIONS, toCatalogue, type CatalogueDoc, type SourceCollection } from './catalogue'
import { toCriteriaSet } from './criteria'
import { agencyItem, toItem, vnDay, type AgencyDoc, type AgencyItem, type SourceDoc } from './items'
import type { WorkingCalendar } from '@/domain/calendar'
import { mergeRules, type PeriodRule } from '@/domain/consultations'
import { consultationItems, dossierItems, questionItem, requestItem, type AgencyCase } from '@/domain/transparency'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'

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

/** A stored date (Payload's ISO timestamp or a plain day) → the Vietnamese calendar day. */
const day = (v: unknown): string | null => vnDay(v) ?? null
const ref = (v: unknown): number | string | null => (v === null || v === undefined ? null : typeof v === 'object' ? ((v as { id?: number | string }).id ?? null) : (v as number | string))

/** The working-day calendar in force (built-in holidays with the admin's corrections), as the case engine uses it. */
export async function loadCalendar(payload: Payload, req?: Req): Promise<WorkingCalendar> {
  if (!payload.globals?.config?.some((g) => g.slug === 'holidays')) return calendarFromEntries([])
  const global = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: true, req })) as { entries?: HolidayEntry[] | null }
  return calendarFromEntries(global.entries)
}

/**
 * The cases of the two-way sections as scoring items (src/domain/transparency/cases.ts). Each read
 * selects only the fields the rules need: no personal field (src/domain/cases/privacy.ts) is
 * ever read here, so none can reach a snapshot.
 */
type CaseCollection = 'questions' | 'information-requests' | 'dossiers' | 'consultations'

export async function loadCaseItems(payload: Payload, today: string, req?: Req): Promise<AgencyCase[]> {
  const cal = await loadCalendar(payload, req)
  const read = async <T extends CaseCollection>(collection: T, select: Config['collectionsSelect'][T], where?: Where) => {
    if (!hasCollection(payload, collection)) return []
    const res = await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true, select, where, locale: 'vi', req })
    return res.docs as unknown as Record<string, unknown>[]
  }
  const [questions, requests, dossiers, consultations] = await Promise.all([
    read('questions', { code: true, title: true, agency: true, state: true, askerKind: true, consentToPublish: true, receivedOn: true, assignedOn: true, dueOn: true, closedOn: true }),
    read('information-requests', { code: true, publicSummary: true, agency: true, state: true, channel: true, receivedOn: true, extensionDays: true, dueOn: true, closedOn: true, history: { action: true, at: true } }),
    read('dossiers', { code: true, procedureCode: true, agency: true, handlingUnit: true, receivedAt: true, dueAt: true, resultAt: true, status: true, history: { status: true, at: true } }),
    read('consultations', { title: true, agency: true, draftKind: true, openDate: true, closeDate: true, concluded: true, reportPublishedAt: true }, hasDrafts(payload, 'consultations') ? { _status: { equals: 'published' } } : undefined),
  ])
  const out: AgencyCase[] = []
  for (const q of questions) {
    const item = questionItem(
      { id: q.id as number, code: String(q.code ?? q.id), title: q.title as string, agency: ref(q.agency), state: String(q.state), askerKind: q.askerKind as string, consentToPublish: Boolean(q.consentToPublish), receivedOn: day(q.receivedOn), assignedOn: day(q.assignedOn), dueOn: day(q.dueOn), closedOn: day(q.closedOn) },
      cal,
    )
    if (item) out.push(item)
  }
  for (const r of requests) {
    const history = (r.history as { action?: string; at?: string }[] | null) ?? []
    const item = requestItem(
      {
        id: r.id as number,
        code: String(r.code ?? r.id),
        publicSummary: r.publicSummary as string,
        agency: ref(r.agency),
        state: String(r.state),
        channel: r.channel as string,
        receivedOn: day(r.receivedOn),
        noticeSentOn: day(history.find((h) => h.action === 'sendNotice')?.at),
        extensionDays: typeof r.extensionDays === 'number' ? r.extensionDays : null,
        dueOn: day(r.dueOn),
        closedOn: day(r.closedOn),
      },
      cal,
    )
    if (item) out.push(item)
  }
  for (const d of dossiers) {
    const history = ((d.history as { status?: string; at?: string }[] | null) ?? []).map((h) => ({ status: h.status ?? null, at: day(h.at) }))
    out.push(...dossierItems({ id: d.id as number, code: String(d.code ?? d.id), procedureCode: d.procedureCode as string, agency: ref(d.agency), handlingUnit: d.handlingUnit as string, receivedAt: day(d.receivedAt), dueAt: day(d.dueAt), resultAt: day(d.resultAt), status: d.status as string, history }, today, cal))
  }
  if (consultations.length) {
    const g = payload.globals?.config?.some((x) => x.slug === 'consultation-periods')
      ? ((await payload.findGlobal({ slug: 'consultation-periods', depth: 0, overrideAccess: true, req })) as { rules?: Partial<PeriodRule>[] | null; law64From?: string | null })
      : { rules: [], law64From: null }
    const rules = mergeRules((g.rules ?? []).map((r) => ({ regime: r.regime, kind: r.kind, minDays: r.minDays, legalBasis: r.legalBasis ?? undefined, verified: Boolean(r.verified) })))
    const law64From = day(g.law64From) ?? undefined
    for (const c of consultations) {
      out.push(
        ...consultationItems(
          { id: c.id as number, title: c.title as string, agency: ref(c.agency), draftKind: c.draftKind as string, openDate: day(c.openDate), closeDate: day(c.closeDate), concluded: Boolean(c.concluded), reportPublishedOn: day(c.reportPublishedAt) },
          today,
          rules,
          law64From,
        ),
      )
    }
  }
  return out
}
