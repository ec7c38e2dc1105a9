import type { AnyBulkWriteOperation, Collection, Db, Filter } from 'mongodb'
import { analyze, fold, normalizeDocNumber, type WordInfo } from './fold'
import { highlight, snippet } from './highlight'
import type { QueryTerm } from './query'
import { textSignals } from './rank'
import { orderSuggestions, runMatch, runSearch, suggestInput, type MatchStore, type VocabularyStore } from './engine'
import { docVocabulary, VocabDelta } from './spell'
import type {
  SearchDoc,
  SearchDocRef,
  SearchHit,
  SearchIndex,
  SearchLocale,
  SearchQuery,
  SearchResult,
} from './types'

/**
 * MongoDB implementation of SearchIndex (same semantics as the SQLite one):
 * a text index with `default_language: "none"` over application-folded fields
 * (no stemming, no stop words; đ→d handled by us), AND semantics enforced with a
 * multikey token array, exact-diacritic tier via a second token array, tiered ranking
 * shared with the SQLite backend (src/search/rank.ts). Not exercised in CI here.
 */
export interface MongoSearchOptions {
  /** Default `search_docs`. */
  collectionName?: string
  /** Default `search_terms`. */
  termsCollectionName?: string
  /** Counts stop at this many matches (then lower bounds). Default 1000. */
  countCap?: number
  /** Extra candidates for deep pages. Default 300. */
  candidateLimit?: number
}

interface StoredDoc {
  /** `${collection}\0${docId}\0${locale}` */
  _id: string
  collection: string
  docId: string
  docIdNum: boolean
  locale: SearchLocale
  title: string
  body: string
  docNumber?: string
  docKey?: string
  agency?: string
  agencyName?: string
  year?: number
  docType?: string
  url: string
  date?: string
  abstract?: string
  issuer?: string
  issuerLang?: SearchLocale
  fieldText?: string
  /** Space-separated issuer keys. */
  issuerKeys?: string
  /** Folded text, text-indexed. `fTitle` = title + field words (issuer, type, year): the head. */
  fTitle: string
  fAbstract: string
  fBody: string
  fNum: string
  /** Unique folded tokens (AND semantics) and exact tokens (diacritic tier). */
  fTokens: string[]
  xTokens: string[]
  /** Insertion order, tie-breaker. */
  seq: number
}

interface TermDoc {
  /** `${locale}\0${term}` */
  _id: string
  locale: SearchLocale
  term: string
  df: number
  display: string | null
}

type Projected = Pick<StoredDoc, '_id' | 'collection' | 'title' | 'date' | 'seq' | 'fieldText' | 'abstract' | 'docType' | 'year' | 'issuerKeys'>

const WINDOW_PROJECTION = { _id: 1, collection: 1, title: 1, date: 1, seq: 1, fieldText: 1, abstract: 1, docType: 1, year: 1, issuerKeys: 1 } as const
const TEXT_INDEX = 'search_text_v2'

function storedId(collection: string, docId: string | number, locale: string): string {
  return `${collection}\u0000${String(docId)}\u0000${locale}`
}

function uniqueFolded(...parts: WordInfo[][]): string[] {
  const s = new Set<string>()
  for (const words of parts) for (const w of words) if (w.folded) s.add(w.folded)
  return [...s]
}
function uniqueExact(...parts: WordInfo[][]): string[] {
  const s = new Set<string>()
  for (const words of parts) for (const w of words) if (w.exact) s.add(w.exact)
  return [...s]
}
function joinFoldedWords(words: WordInfo[]): string {
  return words
    .map((w) => w.folded)
    .filter(Boolean)
    .join(' ')
}

let seqCounter = 0
function nextSeq(): number {
  seqCounter = (seqCounter + 1) % 1000
  return Date.now() * 1000 + seqCounter
}

export function createMongoSearchIndex(db: Db, options: MongoSearchOptions = {}): SearchIndex {
  const docs: Collection<StoredDoc> = db.collection<StoredDoc>(options.collectionName ?? 'search_docs')
  const termsCol: Collection<TermDoc> = db.collection<TermDoc>(options.termsCollectionName ?? 'search_terms')
  const cap = Math.max(1, options.countCap ?? 1000)
  const candidateLimit = Math.max(20, options.candidateLimit ?? 300)

  async function init(): Promise<void> {
    // The text index before field-aware ranking (no abstract): replaced (rows need `npm run search:reindex`).
    await docs.dropIndex('search_text').catch(() => undefined)
    await docs.createIndexes([
      {
        key: { locale: 1, fTitle: 'text', fAbstract: 'text', fBody: 'text', fNum: 'text' },
        name: TEXT_INDEX,
        default_language: 'none',
        language_override: 'searchLanguageUnused',
        weights: { fTitle: 6, fAbstract: 3, fBody: 1, fNum: 10 },
      },
      { key: { locale: 1, collection: 1 } },
      { key: { locale: 1, agency: 1 } },
      { key: { locale: 1, year: 1 } },
      { key: { locale: 1, docType: 1 } },
      { key: { locale: 1, date: -1 } },
      { key: { docKey: 1 }, sparse: true },
      { key: { collection: 1, docId: 1 } },
    ])
    await termsCol.createIndexes([{ key: { locale: 1, term: 1 } }])
  }

  // ---------------------------------------------------------------- writes

  function toStored(d: SearchDoc, title: WordInfo[], body: WordInfo[], head: WordInfo[], abstract: WordInfo[]): StoredDoc {
    const docKey = d.docNumber ? normalizeDocNumber(d.docNumber) : undefined
    const out: StoredDoc = {
      _id: storedId(d.collection, d.docId, d.locale),
      collection: d.collection,
      docId: String(d.docId),
      docIdNum: typeof d.docId === 'number',
      locale: d.locale,
      title: d.title ?? '',
      body: d.body ?? '',
      url: d.url,
      fTitle: [joinFoldedWords(title), joinFoldedWords(head)].filter(Boolean).join(' '),
      fAbstract: joinFoldedWords(abstract),
      fBody: joinFoldedWords(body),
      fNum: docKey ?? '',
      fTokens: uniqueFolded(title, head, abstract, body, docKey ? analyze(docKey) : []),
      xTokens: uniqueExact(title, head, abstract, body),
      seq: nextSeq(),
    }
    if (d.docNumber) out.docNumber = d.docNumber
    if (docKey) out.docKey = docKey
    if (d.agency) out.agency = d.agency
    if (d.agencyName) out.agencyName = d.agencyName
    if (d.year != null) out.year = d.year
    if (d.docType) out.docType = d.docType
    if (d.date) out.date = d.date
    if (d.abstract) out.abstract = d.abstract
    if (d.issuer) out.issuer = d.issuer
    if (d.issuerLang) out.issuerLang = d.issuerLang
    if (d.fieldText) out.fieldText = d.fieldText
    if (d.issuerKeys?.length) out.issuerKeys = d.issuerKeys.join(' ')
    return out
  }

  async function applyVocab(deltas: Map<SearchLocale, VocabDelta>): Promise<void> {
    for (const [locale, delta] of deltas) {
      const ops: AnyBulkWriteOperation<TermDoc>[] = []
      const negatives: string[] = []
      for (const [term, n] of delta.df) {
        if (n === 0) continue
        const _id = `${locale}\u0000${term}`
        if (n < 0) negatives.push(_id)
        ops.push({
          updateOne: {
            filter: { _id },
            update: { $inc: { df: n }, $setOnInsert: { locale, term, display: delta.display.get(term) ?? null } },
            upsert: true,
          },
        })
      }
      for (let i = 0; i < ops.length; i += 1000) await termsCol.bulkWrite(ops.slice(i, i + 1000), { ordered: false })
      if (negatives.length) await termsCol.deleteMany({ _id: { $in: negatives }, df: { $lte: 0 } })
    }
  }

  function deltaFor(m: Map<SearchLocale, VocabDelta>, locale: SearchLocale): VocabDelta {
    let d = m.get(locale)
    if (!d) m.set(locale, (d = new VocabDelta()))
    return d
  }

  async function upsert(input: SearchDoc[]): Promise<void> {
    const unique = new Map<string, SearchDoc>()
    for (const d of input) unique.set(storedId(d.collection, d.docId, d.locale), d)
    const all = [...unique.values()]
    for (let i = 0; i < all.length; i += 500) {
      const batch = all.slice(i, i + 500)
      const deltas = new Map<SearchLocale, VocabDelta>()
      const ids = batch.map((d) => storedId(d.collection, d.docId, d.locale))
      const old = await docs.find({ _id: { $in: ids } }, { projection: { locale: 1, title: 1, abstract: 1, body: 1 } }).toArray()
      for (const o of old) deltaFor(deltas, o.locale).add(docVocabulary(analyze(o.title), analyze(o.abstract ?? ''), analyze(o.body)), -1)
      const ops: AnyBulkWriteOperation<StoredDoc>[] = batch.map((d) => {
        const title = analyze(d.title ?? '')
        const body = analyze(d.body ?? '')
        const abstract = analyze(d.abstract ?? '')
        deltaFor(deltas, d.locale).add(docVocabulary(title, abstract, body), 1)
        const stored = toStored(d, title, body, analyze(d.fieldText ?? ''), abstract)
        return { replaceOne: { filter: { _id: stored._id }, replacement: stored, upsert: true } }
      })
      await docs.bulkWrite(ops, { ordered: false })
      await applyVocab(deltas)
    }
  }

  async function remove(refs: SearchDocRef[]): Promise<void> {
    for (let i = 0; i < refs.length; i += 500) {
      const batch = refs.slice(i, i + 500)
      const filter: Filter<StoredDoc> = {
        $or: batch.map((r) => {
          const f: Filter<StoredDoc> = { collection: r.collection, docId: String(r.docId) }
          if (r.locale) f.locale = r.locale
          return f
        }),
      }
      const rows = await docs.find(filter, { projection: { _id: 1, locale: 1, title: 1, abstract: 1, body: 1 } }).toArray()
      if (rows.length === 0) continue
      const deltas = new Map<SearchLocale, VocabDelta>()
      for (const o of rows) deltaFor(deltas, o.locale).add(docVocabulary(analyze(o.title), analyze(o.abstract ?? ''), analyze(o.body)), -1)
      await docs.deleteMany({ _id: { $in: rows.map((r) => r._id) } })
      await applyVocab(deltas)
    }
  }

  async function clear(): Promise<void> {
    await docs.deleteMany({})
    await termsCol.deleteMany({})
  }

  async function stats(): Promise<{ docs: number; bytes?: number }> {
    const n = await docs.countDocuments()
    try {
      const [s] = await docs
        .aggregate<{ storageStats?: { size?: number; totalIndexSize?: number } }>([{ $collStats: { storageStats: {} } }])
        .toArray()
      const bytes = (s?.storageStats?.size ?? 0) + (s?.storageStats?.totalIndexSize ?? 0)
      return { docs: n, bytes }
    } catch {
      return { docs: n }
    }
  }

  // ---------------------------------------------------------------- reads

  function baseFilter(query: SearchQuery, withSection: boolean): Filter<StoredDoc> {
    const f: Filter<StoredDoc> = { locale: query.locale }
    if (withSection && query.section) f.collection = query.section
    if (query.agency) f.agency = query.agency
    if (query.year != null) f.year = query.year
    if (query.docType) f.docType = query.docType
    return f
  }

  /** $text retrieves (OR of tokens, via the text index); fTokens/$all enforces AND; quoted phrases enforce adjacency. */
  function textFilter(terms: QueryTerm[], base: Filter<StoredDoc>): Filter<StoredDoc> {
    const tokens = [...new Set(terms.flatMap((t) => t.tokens))]
    const phrases = terms.filter((t) => t.tokens.length > 1).map((t) => `"${t.tokens.join(' ')}"`)
    return {
      ...base,
      $text: { $search: [...tokens, ...phrases].join(' ') },
      fTokens: { $all: tokens },
    }
  }

  async function window(filter: Filter<StoredDoc>, limit: number): Promise<Projected[]> {
    // No sort: the text stage streams and stops at `limit` (bounded cost for common words).
    return docs.find(filter, { projection: WINDOW_PROJECTION }).limit(limit).toArray()
  }

  function toHit(d: StoredDoc, terms: QueryTerm[], score: number): SearchHit {
    const hit: SearchHit = {
      id: `${d.collection}:${d.docId}`,
      collection: d.collection,
      docId: d.docIdNum ? Number(d.docId) : d.docId,
      locale: d.locale,
      title: d.title,
      titleHighlighted: highlight(d.title, terms),
      snippetHighlighted: snippet(d.abstract ? `${d.abstract}\n${d.body}` : d.body, terms),
      url: d.url,
      score,
    }
    if (d.docNumber) hit.docNumber = d.docNumber
    if (d.agency) hit.agency = d.agency
    if (d.agencyName) hit.agencyName = d.agencyName
    if (d.year != null) hit.year = d.year
    if (d.date) hit.date = d.date
    if (d.docType) hit.docType = d.docType
    if (d.issuer) hit.issuer = d.issuer
    if (d.issuerLang) hit.issuerLang = d.issuerLang
    return hit
  }

  async function browse(query: SearchQuery, page: number, pageSize: number): Promise<SearchResult> {
    const f = baseFilter(query, true)
    const total = await docs.countDocuments(f, { limit: cap + 1 })
    const rows = await docs
      .find(f)
      .sort({ date: -1, seq: -1 })
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .toArray()
    const facetRows = await docs
      .aggregate<{ _id: string; n: number }>([
        { $match: baseFilter(query, false) },
        { $limit: cap * 10 },
        { $group: { _id: '$collection', n: { $sum: 1 } } },
      ])
      .toArray()
    return {
      total: Math.min(total, cap),
      totalIsLowerBound: total > cap,
      page,
      pageSize,
      hits: rows.map((r) => toHit(r, [], 0)),
      facets: {
        section: Object.fromEntries(facetRows.map((r) => [r._id, r.n])),
        lowerBound: facetRows.reduce((n, r) => n + r.n, 0) >= cap * 10,
      },
      suggestions: [],
    }
  }

  /** Storage primitives of "did you mean" (engine.ts spellSuggestions). */
  const vocabulary: VocabularyStore = {
    async df(locale, tokens) {
      const known = await termsCol.find({ locale, term: { $in: tokens } }).toArray()
      return new Map(known.map((t) => [t.term, t.df]))
    },
    async near(locale, first, minLength, maxLength) {
      const next = String.fromCodePoint(first.codePointAt(0)! + 1)
      const rows = await termsCol
        .find({ locale, term: { $gte: first, $lt: next } }, { projection: { term: 1, df: 1, display: 1 } })
        .limit(20_000)
        .toArray()
      return rows.filter((c) => c.term.length >= minLength && c.term.length <= maxLength)
    },
    async hasMatch(locale, terms) {
      return (await docs.countDocuments(textFilter(terms, { locale }), { limit: 1 })) > 0
    },
  }

  function search(query: SearchQuery): Promise<SearchResult> {
    return runSearch(
      {
        browse: (qy, p) => browse(qy, p.page, p.pageSize),
        match: (qy, parsed, terms, fields, p) => runMatch(matchStore, candidateLimit, qy, parsed, terms, fields, p),
      },
      query,
    )
  }

  /** MongoDB's side of a matched search (engine.ts runMatch): windows over the text index. */
  const matchStore: MatchStore<string, Projected, StoredDoc> = {
    describe: (r) => ({ id: r._id, seq: r.seq, fields: r }),
    async matches(query, terms) {
      // One window of cap + 1 (no sort: the text stage streams and stops) gives the count, the
      // section facets and the candidates.
      const all = await window(textFilter(terms, baseFilter(query, false)), cap + 1)
      const facetsLowerBound = all.length > cap
      const section: Record<string, number> = {}
      for (const r of all.slice(0, cap)) section[r.collection] = (section[r.collection] ?? 0) + 1
      let rows = query.section ? all.filter((r) => r.collection === query.section) : all
      let lowerBound = query.section ? false : facetsLowerBound
      if (query.section && facetsLowerBound) {
        rows = await window(textFilter(terms, baseFilter(query, true)), cap + 1)
        lowerBound = rows.length > cap
      }
      return { count: Math.min(rows.length, cap), lowerBound, section, facetsLowerBound, rows: rows.slice(0, cap) }
    },
    titleMatches(query, terms, k) {
      const filter: Filter<StoredDoc> = textFilter(terms, baseFilter(query, true))
      for (const t of terms) (filter.$and ??= []).push({ fTitle: { $regex: `(^| )${t.tokens.join(' ')}( |$)` } })
      return window(filter, k)
    },
    exactMatches(_query, _terms, accented, among) {
      // Marks the candidates found so far (the text index has no diacritic-exact phrase search).
      const exactTokens = [...new Set(accented.flatMap((t) => t.exactTokens))]
      return docs.find({ _id: { $in: among }, xTokens: { $all: exactTokens } }, { projection: WINDOW_PROJECTION }).toArray()
    },
    async numbered(query, key) {
      const rows = await docs
        .find(
          { ...baseFilter(query, true), docKey: { $gte: key, $lt: key + '!' } },
          { projection: { ...WINDOW_PROJECTION, docKey: 1 } },
        )
        .limit(50)
        .toArray()
      return rows.map((row) => ({ row, key: row.docKey ?? '' }))
    },
    numberedMatches(query, terms, prefix) {
      return docs
        .find({ ...textFilter(terms, baseFilter(query, true)), docKey: { $gte: prefix, $lt: prefix + '!' } }, { projection: WINDOW_PROJECTION })
        .limit(50)
        .toArray()
    },
    fetch: async (ids) => new Map((await docs.find({ _id: { $in: ids } }).toArray()).map((d) => [d._id, d])),
    toHit,
    vocabulary,
  }

  async function suggest(prefixText: string, locale: SearchLocale, limit = 8): Promise<string[]> {
    const input = suggestInput(prefixText)
    if (!input) return []
    let completions: string[] = []
    if (input.tail) {
      const tok = input.tail
      const rows = await termsCol
        .find({ locale, term: { $gte: tok, $lt: tok + '\u{10FFFF}' } }, { projection: { term: 1, df: 1 } })
        .limit(2000)
        .toArray()
      completions = rows
        .sort((a, b) => b.df - a.df)
        .slice(0, 8)
        .map((r) => r.term)
      if (completions.length === 0) return []
    }
    const terms = input.fixed
    const fixedTokens = [...new Set(terms.flatMap((t) => t.tokens))]
    if (fixedTokens.length === 0 && completions.length === 0) return []
    const filter: Filter<StoredDoc> = {
      locale,
      $text: { $search: [...fixedTokens, ...completions].join(' ') },
    }
    if (fixedTokens.length) filter.fTokens = { $all: fixedTokens }
    const typed = input.parsed.terms.map((t) => t.folded).join(' ')
    const rows = (await window(filter, 200)).filter((r) => {
      const words = analyze(r.title).map((w) => w.folded)
      const okFixed = terms.length === 0 || textSignals(r.title, terms).tier >= 2
      const okTail = completions.length === 0 || completions.some((c) => words.includes(c))
      return okFixed && okTail
    })
    return orderSuggestions(rows, typed, fold, limit)
  }

  return { init, upsert, remove, search, suggest, clear, stats }
}
