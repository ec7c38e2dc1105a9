import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest, Where } from 'payload'
import { keepingLocale } from '@/lib/requestLocale'
import { tags } from '@/lib/cacheTags'
import { expireTags } from '@/hooks/revalidate'
import { documentPath } from '@/routes/documents'
import { isLocale, LOCALES, type Locale } from '@/routes/locales'
import { getSearchIndex } from './payload-index'
import { searchSource, searchSources, type SearchSource } from './sources'
import type { SearchDoc, SearchIndex } from './types'
import { agencyIssuerFields } from './fields'

type Doc = Record<string, unknown>
type ID = number | string

/**
 * Keeps the search index in step with published content. Only what the public can read is
 * indexed: a published (not trashed) document, one row per locale that has a title. Every change
 * re-reads the stored document (draft: false) instead of trusting the hook's `doc`, which is the
 * draft for a draft save: an autosave never removes the published row, an unpublish always does.
 */

const idOf = (ref: unknown): ID | null =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? ((ref as { id?: ID }).id ?? null) : (ref as ID)

interface AgencyInfo {
  slug: string
  name: Partial<Record<Locale, string>>
}

/** Agency slug and names by id, read once per sync (locale 'all': both names in one query). */
export function agencyResolver(payload: Payload, req?: PayloadRequest) {
  const cache = new Map<string, Promise<AgencyInfo | null>>()
  const load = async (id: ID): Promise<AgencyInfo | null> => {
    const found = await payload.find({
      collection: 'agencies',
      where: { id: { equals: id } },
      locale: 'all',
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      select: { slug: true, name: true },
      ...(req ? { req } : {}),
    })
    const a = found.docs[0] as unknown as { slug?: string; name?: Partial<Record<Locale, string>> | string } | undefined
    if (!a?.slug) return null
    return { slug: a.slug, name: typeof a.name === 'string' ? { vi: a.name } : (a.name ?? {}) }
  }
  return {
    get(ref: unknown): Promise<AgencyInfo | null> {
      const id = idOf(ref)
      if (id === null) return Promise.resolve(null)
      let p = cache.get(String(id))
      if (!p) cache.set(String(id), (p = load(id)))
      return p
    },
    prime(id: ID, info: AgencyInfo) {
      cache.set(String(id), Promise.resolve(info))
    },
  }
}
export type AgencyResolver = ReturnType<typeof agencyResolver>

const isoDate = (v: unknown): string | undefined => {
  if (typeof v !== 'string' || !v) return undefined
  const d = new Date(v)
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString()
}

/** The index row of one stored document in one locale, or null when that locale has nothing to show. */
export async function toIndexRow(source: SearchSource, doc: Doc, locale: Locale, agencies: AgencyResolver): Promise<SearchDoc | null> {
  const base = source.toSearchDocs(doc, locale)
  const title = base?.title?.trim()
  // No title in this locale = not translated: the English edition does not list it.
  if (!base || !title) return null
  const slug = typeof doc.slug === 'string' ? doc.slug : null
  const url = slug ? documentPath(locale, source.collection, slug) : null
  if (!url) return null
  const agency = await agencies.get(source.agencyRef ? source.agencyRef(doc) : doc.agency)
  const date = base.date ?? isoDate(source.date ? source.date(doc) : doc.publishedAt)
  const row: SearchDoc = {
    id: `${source.collection}:${String(doc.id)}`,
    collection: source.collection,
    docId: doc.id as ID,
    locale,
    title,
    body: base.body ?? '',
    url,
  }
  if (base.docNumber) row.docNumber = base.docNumber
  if (base.year != null && Number.isFinite(base.year)) row.year = base.year
  if (base.docType) row.docType = base.docType
  if (date) row.date = date
  if (agency) {
    row.agency = agency.slug
    const name = agency.name[locale] ?? agency.name.vi
    if (name) row.agencyName = name
  }
  if (base.abstract) row.abstract = base.abstract
  const words: string[] = [...(base.fieldWords ?? [])]
  if (base.issuer) {
    row.issuer = base.issuer.name
    if (base.issuer.lang && base.issuer.lang !== locale) row.issuerLang = base.issuer.lang
    words.push(...base.issuer.forms)
    row.issuerKeys = base.issuer.keys
  } else if (source.issuerAgencyRef) {
    const issuing = await agencies.get(source.issuerAgencyRef(doc))
    if (issuing) {
      const f = agencyIssuerFields(issuing.name, locale)
      if (f.name) row.issuer = f.name
      if (f.lang) row.issuerLang = f.lang
      words.push(...f.forms)
      row.issuerKeys = f.keys
    }
  }
  if (words.length) row.fieldText = [...new Set(words)].join(' · ')
  return row
}

function hasDrafts(payload: Payload, collection: string): boolean {
  const config = payload.collections[collection as keyof Payload['collections']]?.config
  return Boolean(config?.versions && typeof config.versions === 'object' && config.versions.drafts)
}

/** Public state of one stored document: published (when the collection has drafts) and not trashed. */
function isPublic(doc: Doc | null | undefined, drafts: boolean): boolean {
  if (!doc) return false
  if (doc.deletedAt) return false
  return drafts ? doc._status === 'published' : true
}

/** Re-reads one document in the given locales and writes (or removes) its rows. */
export async function syncDocument(
  payload: Payload,
  index: SearchIndex,
  source: SearchSource,
  id: ID,
  locales: readonly Locale[],
  req?: PayloadRequest,
): Promise<void> {
  const drafts = hasDrafts(payload, source.collection)
  const agencies = agencyResolver(payload, req)
  const upserts: SearchDoc[] = []
  const removals: Locale[] = []
  for (const locale of locales) {
    const found = await payload.find({
      collection: source.collection as 'news',
      where: { id: { equals: id } },
      locale,
      fallbackLocale: false,
      depth: 0,
      draft: false,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    const doc = found.docs[0] as unknown as Doc | undefined
    const row = doc && isPublic(doc, drafts) ? await toIndexRow(source, doc, locale, agencies) : null
    if (row) upserts.push(row)
    else removals.push(locale)
  }
  if (removals.length) await index.remove(removals.map((locale) => ({ collection: source.collection, docId: id, locale })))
  if (upserts.length) await index.upsert(upserts)
}

/**
 * Which locales a change can have touched. One locale only when a published document is saved
 * published again, in that locale, without changing what every locale's row shares (slug,
 * agency, dates, numbers…); every locale otherwise (publish, unpublish, trash, restore, create).
 */
export function localesToSync(args: {
  source: SearchSource
  drafts: boolean
  operation: 'create' | 'update'
  reqLocale: unknown
  doc: Doc
  previousDoc: Doc | null | undefined
}): readonly Locale[] {
  const { source, drafts, operation, reqLocale, doc, previousDoc } = args
  if (!isLocale(reqLocale) || operation === 'create' || !previousDoc) return LOCALES
  if (!isPublic(doc, drafts) || !isPublic(previousDoc, drafts)) return LOCALES
  const shared = (d: Doc) =>
    JSON.stringify([d.slug, idOf(d.agency), d.publishedAt ?? null, ...source.shared.map((f) => (f.endsWith('Agency') ? idOf(d[f]) : (d[f] ?? null)))])
  return shared(doc) === shared(previousDoc) ? [reqLocale] : LOCALES
}

function logFailure(payload: Payload, err: unknown, what: string) {
  // The save itself succeeded; the index can be rebuilt (`npm run search:reindex`).
  payload.logger.error({ err, msg: `search index: ${what} failed; run \`npm run search:reindex\`` })
}

export const syncSearchAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const source = searchSource(collection.slug)
  if (!source || req.context?.skipSearchSync) return doc
  try {
    const locales = localesToSync({
      source,
      drafts: hasDrafts(req.payload, collection.slug),
      operation,
      reqLocale: req.locale,
      doc: doc as Doc,
      previousDoc: previousDoc as Doc | undefined,
    })
    const index = await getSearchIndex(req.payload)
    await keepingLocale(req, async () => {
      await syncDocument(req.payload, index, source, (doc as Doc).id as ID, locales, req)
      if (collection.slug === 'agencies') await syncAgencyDocuments(req.payload, index, doc as Doc, previousDoc as Doc | undefined, req)
    })
    if (!req.context?.skipRevalidate) await expireTags([tags.search])
  } catch (err) {
    logFailure(req.payload, err, `sync of ${collection.slug} ${String((doc as Doc).id)}`)
  }
  return doc
}

export const syncSearchAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  const source = searchSource(collection.slug)
  if (!source || req.context?.skipSearchSync) return doc
  try {
    const index = await getSearchIndex(req.payload)
    await index.remove([{ collection: collection.slug, docId: (id ?? (doc as Doc).id) as ID }])
    if (!req.context?.skipRevalidate) await expireTags([tags.search])
  } catch (err) {
    logFailure(req.payload, err, `removal of ${collection.slug} ${String(id)}`)
  }
  return doc
}

/** Rows of other collections show the agency's slug and name: refresh them when those change. */
async function syncAgencyDocuments(payload: Payload, index: SearchIndex, doc: Doc, previous: Doc | undefined, req: PayloadRequest) {
  if (!previous) return
  const changed = doc.slug !== previous.slug || JSON.stringify(doc.name) !== JSON.stringify(previous.name)
  if (!changed) return
  for (const source of searchSources()) {
    if (source.collection === 'agencies' || !payload.collections[source.collection as 'news']) continue
    const fields = source.collection === 'legal-documents' ? ['agency', 'issuingAgency'] : ['agency']
    await indexCollection(payload, index, source, { or: fields.map((f) => ({ [f]: { equals: doc.id } })) }, req)
  }
}

/**
 * Indexes every public document of one collection matching `where`, in pages (the reindex
 * command and agency renames). Returns the number of rows written.
 */
export async function indexCollection(
  payload: Payload,
  index: SearchIndex,
  source: SearchSource,
  where?: Where,
  req?: PayloadRequest,
  agencies: AgencyResolver = agencyResolver(payload, req),
): Promise<number> {
  const drafts = hasDrafts(payload, source.collection)
  let written = 0
  for (const locale of LOCALES) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: source.collection as 'news',
        where: { and: [...(drafts ? [{ _status: { equals: 'published' } }] : []), ...(where ? [where] : [])] },
        locale,
        fallbackLocale: false,
        depth: 0,
        draft: false,
        page,
        limit: 200,
        sort: 'id',
        overrideAccess: true,
        ...(req ? { req } : {}),
      })
      const rows: SearchDoc[] = []
      const empty: ID[] = []
      for (const d of result.docs as unknown as Doc[]) {
        const row = isPublic(d, drafts) ? await toIndexRow(source, d, locale, agencies) : null
        if (row) rows.push(row)
        else empty.push(d.id as ID)
      }
      if (empty.length) await index.remove(empty.map((docId) => ({ collection: source.collection, docId, locale })))
      if (rows.length) await index.upsert(rows)
      written += rows.length
      if (!result.hasNextPage) break
    }
  }
  return written
}

/** Clears the index and rebuilds it from every published document (npm run search:reindex). */
export async function rebuildSearchIndex(payload: Payload, log: (msg: string) => void = () => {}): Promise<Record<string, number>> {
  const index = await getSearchIndex(payload)
  await index.clear()
  const agencies = agencyResolver(payload)
  const counts: Record<string, number> = {}
  for (const source of searchSources()) {
    if (!payload.collections[source.collection as 'news']) continue
    counts[source.collection] = await indexCollection(payload, index, source, undefined, undefined, agencies)
    log(`${source.collection}: ${counts[source.collection]} rows`)
  }
  await index.optimize?.()
  await expireTags([tags.search])
  return counts
}
