import type { Client, InArgs, InValue } from '@libsql/client'
import { analyze, fold, joinExact, joinFolded, normalizeDocNumber, type WordInfo } from './fold'
import { orderSuggestions, runMatch, runSearch, suggestInput, type MatchStore, type VocabularyStore } from './engine'
import { highlight, snippet, type HighlightTerm } from './highlight'
import { parseQuery, type QueryTerm } from './query'
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

export interface SqliteSearchOptions {
  /** Table name prefix: `<prefix>_docs`, `<prefix>_fts`, `<prefix>_terms`. Default `search`. */
  tablePrefix?: string
  /** Counts (total, facets) stop at this many matches and are then reported as lower bounds. Default 1000. */
  countCap?: number
  /** Candidates read per window (newest matches, title matches, exact matches); grows with page * pageSize up to 1000. Default 100. */
  candidateLimit?: number
  /** Documents per write transaction. Default 250. */
  batchSize?: number
  /** `init()` also sets journal_mode=WAL and synchronous=NORMAL on the connection. Default false. */
  tuneConnection?: boolean
}

export type SqliteSearchIndex = SearchIndex & { optimize(): Promise<void> }

/**
 * Title tokens are also stored with this prefix (column `tkey`), so "all terms in the title"
 * is a plain doclist intersection instead of a column filter (which FTS5 evaluates row by
 * row on position lists). Folded words never start with "0z".
 */
const TITLE_PREFIX = '0z'
/** What ranking reads of each candidate (rank.ts CandidateFields). */
const RANK_COLUMNS = 'd.rid, d.collection, d.title, d.date, d.field_text, d.abstract, d.doc_type, d.year, d.issuer_keys'

interface Row {
  [k: string]: unknown
}

const utf8 = new TextEncoder()
function hex(s: string): string {
  let out = ''
  for (const b of utf8.encode(s)) out += b.toString(16).padStart(2, '0')
  return out
}
/** Filter values become single opaque FTS tokens in the `meta` column (exact, case-sensitive). */
function metaToken(kind: 'l' | 'c' | 'a' | 'y' | 't', value: string | number): string {
  return 'z' + kind + hex(String(value))
}
function phrase(tokens: string[]): string {
  return '"' + tokens.join(' ').replace(/"/g, '""') + '"'
}
function docKeyOf(collection: string, docId: string | number, locale: string): string {
  return `${collection}\u0000${String(docId)}\u0000${locale}`
}


export function createSqliteSearchIndex(client: Client, options: SqliteSearchOptions = {}): SqliteSearchIndex {
  const prefix = options.tablePrefix ?? 'search'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) throw new Error(`invalid tablePrefix: ${prefix}`)
  const DOCS = `${prefix}_docs`
  const FTS = `${prefix}_fts`
  const TERMS = `${prefix}_terms`
  const cap = Math.max(1, options.countCap ?? 1000)
  const candidateLimit = Math.max(20, options.candidateLimit ?? 100)
  const batchSize = Math.max(1, options.batchSize ?? 250)


  const q = async (sql: string, args: InArgs = []): Promise<Row[]> =>
    (await client.execute({ sql, args })).rows as unknown as Row[]

  async function init(): Promise<void> {
    if (options.tuneConnection) {
      await client.execute('PRAGMA journal_mode=WAL')
      await client.execute('PRAGMA synchronous=NORMAL')
    }
    await client.batch(
      [
        `CREATE TABLE IF NOT EXISTS ${DOCS} (
          rid INTEGER PRIMARY KEY,
          collection TEXT NOT NULL,
          doc_id TEXT NOT NULL,
          doc_id_num INTEGER NOT NULL DEFAULT 0,
          locale TEXT NOT NULL,
          title TEXT NOT NULL,
          body TEXT NOT NULL,
          doc_number TEXT,
          doc_key TEXT,
          agency TEXT,
          agency_name TEXT,
          year INTEGER,
          doc_type TEXT,
          url TEXT NOT NULL,
          date TEXT,
          abstract TEXT,
          issuer TEXT,
          issuer_lang TEXT,
          field_text TEXT,
          issuer_keys TEXT,
          UNIQUE (collection, doc_id, locale)
        )`,
        `CREATE INDEX IF NOT EXISTS ${DOCS}_locale_collection ON ${DOCS}(locale, collection)`,
        `CREATE INDEX IF NOT EXISTS ${DOCS}_locale_agency ON ${DOCS}(locale, agency)`,
        `CREATE INDEX IF NOT EXISTS ${DOCS}_locale_year ON ${DOCS}(locale, year)`,
        `CREATE INDEX IF NOT EXISTS ${DOCS}_locale_doc_type ON ${DOCS}(locale, doc_type)`,
        `CREATE INDEX IF NOT EXISTS ${DOCS}_locale_date ON ${DOCS}(locale, date)`,
        `CREATE INDEX IF NOT EXISTS ${DOCS}_doc_key ON ${DOCS}(doc_key) WHERE doc_key IS NOT NULL`,
        // Contentless: original text lives in DOCS; FTS holds folded/exact/key/filter tokens only.
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS} USING fts5(
          body, tkey, exact, num, meta,
          content='', contentless_delete=1,
          tokenize = "unicode61 remove_diacritics 2"
        )`,
        `CREATE TABLE IF NOT EXISTS ${TERMS} (
          locale TEXT NOT NULL,
          term TEXT NOT NULL,
          df INTEGER NOT NULL,
          display TEXT,
          PRIMARY KEY (locale, term)
        ) WITHOUT ROWID`,
      ],
      'write',
    )
    // Tables made before the field-aware columns: add them (rows get them on `npm run search:reindex`).
    const have = new Set((await q(`PRAGMA table_info(${DOCS})`)).map((r) => String(r.name)))
    for (const col of ['abstract', 'issuer', 'issuer_lang', 'field_text', 'issuer_keys']) {
      if (!have.has(col)) await client.execute(`ALTER TABLE ${DOCS} ADD COLUMN ${col} TEXT`)
    }
  }

  // ---------------------------------------------------------------- writes

  function ftsValues(d: SearchDoc, title: WordInfo[], body: WordInfo[], head: WordInfo[], abstract: WordInfo[]): InValue[] {
    const key = d.docNumber ? normalizeDocNumber(d.docNumber) : ''
    const meta = [metaToken('l', d.locale), metaToken('c', d.collection)]
    if (d.agency) meta.push(metaToken('a', d.agency))
    if (d.year != null) meta.push(metaToken('y', d.year))
    if (d.docType) meta.push(metaToken('t', d.docType))
    const tkey: string[] = []
    // Title and field words (issuer, type, year) are the "head": all query words there beats the body.
    for (const w of title) if (w.folded) tkey.push(TITLE_PREFIX + w.folded)
    for (const w of head) if (w.folded) tkey.push(TITLE_PREFIX + w.folded)
    return [
      [title, head, abstract, body].map(joinFolded).join(' '),
      tkey.join(' '),
      [title, head, abstract, body].map(joinExact).join(' '),
      key,
      meta.join(' '),
    ]
  }

  function docValues(d: SearchDoc): InValue[] {
    return [
      d.collection,
      String(d.docId),
      typeof d.docId === 'number' ? 1 : 0,
      d.locale,
      d.title ?? '',
      d.body ?? '',
      d.docNumber ?? null,
      d.docNumber ? normalizeDocNumber(d.docNumber) : null,
      d.agency ?? null,
      d.agencyName ?? null,
      d.year ?? null,
      d.docType ?? null,
      d.url,
      d.date ?? null,
      d.abstract || null,
      d.issuer ?? null,
      d.issuerLang ?? null,
      d.fieldText || null,
      d.issuerKeys?.length ? d.issuerKeys.join(' ') : null,
    ]
  }

  /**
   * Writes go through `client.batch()`: one synchronous BEGIN … COMMIT on the client's own
   * connection. `client.transaction()` is avoided on purpose: on a local file it hands the
   * connection to the transaction and lazily opens a new one for the client, which loses the
   * per-connection pragmas the owner set (Payload's `busy_timeout`), and it keeps the write lock
   * across awaits, where another request's write on the new connection would busy-wait and block
   * the event loop. Old rows are read just before their batch to account the vocabulary.
   */
  type Stmt = { sql: string; args: InValue[] }

  function deltaFor(m: Map<string, VocabDelta>, locale: string): VocabDelta {
    let d = m.get(locale)
    if (!d) m.set(locale, (d = new VocabDelta()))
    return d
  }

  function forgetVocabulary(rows: Row[], deltas: Map<string, VocabDelta>): void {
    for (const r of rows) {
      deltaFor(deltas, String(r.locale)).add(docVocabulary(analyze(String(r.title)), analyze(String(r.abstract ?? '')), analyze(String(r.body))), -1)
    }
  }

  function deleteByRid(rids: number[]): Stmt[] {
    if (rids.length === 0) return []
    const ph = rids.map(() => '?').join(',')
    return [
      { sql: `DELETE FROM ${FTS} WHERE rowid IN (${ph})`, args: rids },
      { sql: `DELETE FROM ${DOCS} WHERE rid IN (${ph})`, args: rids },
    ]
  }

  function vocabStatements(deltas: Map<string, VocabDelta>): Stmt[] {
    const out: Stmt[] = []
    for (const [locale, delta] of deltas) {
      const entries = [...delta.df].filter(([, n]) => n !== 0)
      const negatives: string[] = []
      for (let i = 0; i < entries.length; i += 400) {
        const chunk = entries.slice(i, i + 400)
        const args: InValue[] = []
        for (const [term, n] of chunk) {
          args.push(locale, term, n, delta.display.get(term) ?? null)
          if (n < 0) negatives.push(term)
        }
        out.push({
          sql: `INSERT INTO ${TERMS}(locale, term, df, display) VALUES ${chunk.map(() => '(?,?,?,?)').join(',')}
                ON CONFLICT(locale, term) DO UPDATE SET df = df + excluded.df, display = coalesce(display, excluded.display)`,
          args,
        })
      }
      for (let i = 0; i < negatives.length; i += 400) {
        const chunk = negatives.slice(i, i + 400)
        out.push({
          sql: `DELETE FROM ${TERMS} WHERE locale = ? AND term IN (${chunk.map(() => '?').join(',')}) AND df <= 0`,
          args: [locale, ...chunk],
        })
      }
    }
    return out
  }

  async function upsert(docs: SearchDoc[]): Promise<void> {
    // Last write wins within one call.
    const unique = new Map<string, SearchDoc>()
    for (const d of docs) unique.set(docKeyOf(d.collection, d.docId, d.locale), d)
    const all = [...unique.values()]
    for (let i = 0; i < all.length; i += batchSize) {
      const batch = all.slice(i, i + batchSize)
      const deltas = new Map<string, VocabDelta>()
      const keyArgs: InValue[] = []
      for (const d of batch) keyArgs.push(d.collection, String(d.docId), d.locale)
      const keyValues = batch.map(() => '(?,?,?)').join(',')
      const existing = await q(
        `SELECT rid, locale, title, abstract, body FROM ${DOCS} WHERE (collection, doc_id, locale) IN (VALUES ${keyValues})`,
        keyArgs,
      )
      forgetVocabulary(existing, deltas)
      const docArgs: InValue[] = []
      const ftsArgs: InValue[] = []
      for (const d of batch) {
        docArgs.push(...docValues(d))
        const title = analyze(d.title ?? '')
        const body = analyze(d.body ?? '')
        const abstract = analyze(d.abstract ?? '')
        ftsArgs.push(d.collection, String(d.docId), d.locale, ...ftsValues(d, title, body, analyze(d.fieldText ?? ''), abstract))
        deltaFor(deltas, d.locale).add(docVocabulary(title, abstract, body), 1)
      }
      await client.batch(
        [
          // By key, not by the rids read above: a concurrent writer cannot leave a duplicate.
          {
            sql: `DELETE FROM ${FTS} WHERE rowid IN (SELECT rid FROM ${DOCS} WHERE (collection, doc_id, locale) IN (VALUES ${keyValues}))`,
            args: keyArgs,
          },
          { sql: `DELETE FROM ${DOCS} WHERE (collection, doc_id, locale) IN (VALUES ${keyValues})`, args: keyArgs },
          // rid = INTEGER PRIMARY KEY without AUTOINCREMENT: max(rid) + 1, so rid order = insertion order.
          {
            sql: `INSERT INTO ${DOCS}(collection, doc_id, doc_id_num, locale, title, body, doc_number, doc_key,
                    agency, agency_name, year, doc_type, url, date, abstract, issuer, issuer_lang, field_text, issuer_keys)
                  VALUES ${batch.map(() => '(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
            args: docArgs,
          },
          {
            sql: `INSERT INTO ${FTS}(rowid, body, tkey, exact, num, meta)
                  SELECT d.rid, v.column4, v.column5, v.column6, v.column7, v.column8
                  FROM (VALUES ${batch.map(() => '(?,?,?,?,?,?,?,?)').join(',')}) AS v
                  JOIN ${DOCS} d ON d.collection = v.column1 AND d.doc_id = v.column2 AND d.locale = v.column3`,
            args: ftsArgs,
          },
          ...vocabStatements(deltas),
        ],
        'write',
      )
    }
  }

  async function remove(refs: SearchDocRef[]): Promise<void> {
    for (let i = 0; i < refs.length; i += batchSize) {
      const batch = refs.slice(i, i + batchSize)
      const args: InValue[] = []
      for (const r of batch) args.push(r.collection, String(r.docId))
      const rows = await q(
        `SELECT rid, collection, doc_id, locale, title, abstract, body FROM ${DOCS}
         WHERE (collection, doc_id) IN (VALUES ${batch.map(() => '(?,?)').join(',')})`,
        args,
      )
      const wanted = rows.filter((row) =>
        batch.some(
          (r) =>
            r.collection === row.collection &&
            String(r.docId) === row.doc_id &&
            (r.locale === undefined || r.locale === row.locale),
        ),
      )
      if (wanted.length === 0) continue
      const deltas = new Map<string, VocabDelta>()
      forgetVocabulary(wanted, deltas)
      await client.batch([...deleteByRid(wanted.map((r) => Number(r.rid))), ...vocabStatements(deltas)], 'write')
    }
  }

  async function clear(): Promise<void> {
    await client.batch(
      [`DELETE FROM ${DOCS}`, `INSERT INTO ${FTS}(${FTS}) VALUES ('delete-all')`, `DELETE FROM ${TERMS}`],
      'write',
    )
  }

  async function optimize(): Promise<void> {
    await client.execute(`INSERT INTO ${FTS}(${FTS}) VALUES ('optimize')`)
    await client.execute('PRAGMA optimize')
  }

  async function stats(): Promise<{ docs: number; bytes?: number }> {
    const docs = Number((await q(`SELECT count(*) AS n FROM ${DOCS}`))[0].n)
    let bytes: number | undefined
    try {
      const names = await q(`SELECT name FROM sqlite_master WHERE name = ? OR name LIKE ? ESCAPE '\\'`, [
        TERMS,
        `${prefix.replace(/_/g, '\\_')}\\_%`,
      ])
      bytes = 0
      for (const n of names) {
        const r = await q(`SELECT coalesce(sum(pgsize), 0) AS b FROM dbstat WHERE name = ?`, [String(n.name)])
        bytes += Number(r[0].b)
      }
    } catch {
      bytes = undefined // dbstat not compiled in
    }
    return { docs, bytes }
  }

  // ---------------------------------------------------------------- reads

  function filterTokens(query: SearchQuery, withSection: boolean): string[] {
    const toks = [metaToken('l', query.locale)]
    if (withSection && query.section) toks.push(metaToken('c', query.section))
    if (query.agency) toks.push(metaToken('a', query.agency))
    if (query.year != null) toks.push(metaToken('y', query.year))
    if (query.docType) toks.push(metaToken('t', query.docType))
    return toks
  }

  /**
   * FTS5 match expression. Token spaces are disjoint (folded words, "0z" title tokens, exact
   * encodings with tone letters, "z…" filter tokens), so no column filters are needed and
   * every query is a pure doclist intersection.
   */
  function matchExpr(terms: QueryTerm[], filters: string[], titleOnly = false): string {
    const parts = terms.map((t) => phrase(titleOnly ? t.tokens.map((x) => TITLE_PREFIX + x) : t.tokens))
    for (const f of filters) parts.push(phrase([f]))
    return parts.join(' AND ')
  }

  async function cappedCount(match: string, limit = cap): Promise<number> {
    const r = await q(`SELECT count(*) AS n FROM (SELECT rowid FROM ${FTS} WHERE ${FTS} MATCH ? LIMIT ?)`, [
      match,
      limit + 1,
    ])
    return Number(r[0].n)
  }

  /** `op = '+'` stops SQLite from choosing the filter indexes (when another index should drive). */
  function sqlFilters(query: SearchQuery, op = ''): { where: string; args: InValue[] } {
    const parts = [`${op}locale = ?`]
    const args: InValue[] = [query.locale]
    const add = (column: string, value: InValue) => {
      parts.push(`${op}${column} = ?`)
      args.push(value)
    }
    if (query.section) add('collection', query.section)
    if (query.agency) add('agency', query.agency)
    if (query.year != null) add('year', query.year)
    if (query.docType) add('doc_type', query.docType)
    return { where: parts.join(' AND '), args }
  }

  function toHit(r: Row, terms: HighlightTerm[], score: number): SearchHit {
    const title = String(r.title)
    const hit: SearchHit = {
      id: `${r.collection}:${r.doc_id}`,
      collection: String(r.collection),
      docId: Number(r.doc_id_num) === 1 ? Number(r.doc_id) : String(r.doc_id),
      locale: String(r.locale) as SearchLocale,
      title,
      titleHighlighted: highlight(title, terms),
      snippetHighlighted: snippet(r.abstract ? `${String(r.abstract)}\n${String(r.body)}` : String(r.body), terms),
      url: String(r.url),
      score,
    }
    if (r.doc_number != null) hit.docNumber = String(r.doc_number)
    if (r.agency != null) hit.agency = String(r.agency)
    if (r.agency_name != null) hit.agencyName = String(r.agency_name)
    if (r.year != null) hit.year = Number(r.year)
    if (r.date != null) hit.date = String(r.date)
    if (r.doc_type != null) hit.docType = String(r.doc_type)
    if (r.issuer != null) hit.issuer = String(r.issuer)
    if (r.issuer_lang != null) hit.issuerLang = String(r.issuer_lang) as SearchLocale
    return hit
  }

  async function fetchRows(rids: number[]): Promise<Map<number, Row>> {
    if (rids.length === 0) return new Map()
    const rows = await q(`SELECT * FROM ${DOCS} WHERE rid IN (${rids.map(() => '?').join(',')})`, rids)
    return new Map(rows.map((r) => [Number(r.rid), r]))
  }

  async function browse(query: SearchQuery, page: number, pageSize: number): Promise<SearchResult> {
    const f = sqlFilters(query)
    const total = Number(
      (await q(`SELECT count(*) AS n FROM (SELECT 1 FROM ${DOCS} WHERE ${f.where} LIMIT ?)`, [...f.args, cap + 1]))[0]
        .n,
    )
    const rows = await q(`SELECT * FROM ${DOCS} WHERE ${f.where} ORDER BY date DESC, rid DESC LIMIT ? OFFSET ?`, [
      ...f.args,
      pageSize,
      (page - 1) * pageSize,
    ])
    const nf = sqlFilters({ ...query, section: undefined })
    const facetRows = await q(
      `SELECT collection, count(*) AS n FROM (SELECT collection FROM ${DOCS} WHERE ${nf.where} LIMIT ?) GROUP BY collection`,
      [...nf.args, cap * 10],
    )
    return {
      total: Math.min(total, cap),
      totalIsLowerBound: total > cap,
      page,
      pageSize,
      hits: rows.map((r) => toHit(r, [], 0)),
      facets: {
        section: Object.fromEntries(facetRows.map((r) => [String(r.collection), Number(r.n)])),
        lowerBound: facetRows.reduce((n, r) => n + Number(r.n), 0) >= cap * 10,
      },
      suggestions: [],
    }
  }

  /** Storage primitives of "did you mean" (engine.ts spellSuggestions). */
  const vocabulary: VocabularyStore = {
    async df(locale, tokens) {
      const rows = await q(`SELECT term, df FROM ${TERMS} WHERE locale = ? AND term IN (${tokens.map(() => '?').join(',')})`, [locale, ...tokens])
      return new Map(rows.map((r) => [String(r.term), Number(r.df)]))
    },
    async near(locale, first, minLength, maxLength) {
      const next = String.fromCodePoint(first.codePointAt(0)! + 1)
      // Bounded: one first letter, length ±2, at most 20k vocabulary rows.
      const rows = await q(
        `SELECT term, df, display FROM ${TERMS}
         WHERE locale = ? AND term >= ? AND term < ? AND length(term) BETWEEN ? AND ? LIMIT 20000`,
        [locale, first, next, minLength, maxLength],
      )
      return rows.map((r) => ({ term: String(r.term), df: Number(r.df), display: r.display == null ? null : String(r.display) }))
    },
    async hasMatch(locale, terms) {
      return (await cappedCount(matchExpr(terms, [metaToken('l', locale)]), 1)) > 0
    },
  }

  /** Match window: the newest `limit` matches with the fields ranking needs. */
  async function window(match: string, limit: number): Promise<Row[]> {
    return q(
      `SELECT ${RANK_COLUMNS} FROM (
         SELECT rowid AS rid FROM ${FTS} WHERE ${FTS} MATCH ? ORDER BY rowid DESC LIMIT ?
       ) f JOIN ${DOCS} d ON d.rid = f.rid`,
      [match, limit],
    )
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

  const str = (v: unknown) => (v == null ? null : String(v))

  /**
   * SQLite's side of a matched search (engine.ts runMatch): windows over FTS5 newest first —
   * FTS5 bm25() is not used: its IDF set-up scans the complete doclist of every phrase (incl. the
   * locale filter token present in every row), ~80 ms at 100k documents even with LIMIT 3.
   */
  const matchStore: MatchStore<number, Row> = {
    describe: (r) => ({
      id: Number(r.rid),
      seq: Number(r.rid),
      fields: {
        title: String(r.title),
        fieldText: str(r.field_text),
        abstract: str(r.abstract),
        docType: str(r.doc_type),
        year: r.year == null ? null : Number(r.year),
        issuerKeys: str(r.issuer_keys),
        date: str(r.date),
      },
    }),
    async matches(query, terms, k) {
      // Count (capped) and section facets, ignoring the section filter: rowids + collection only.
      const noSection = matchExpr(terms, filterTokens(query, false))
      const facetRows = await q(
        `SELECT d.collection AS c, count(*) AS n FROM (
           SELECT rowid AS rid FROM ${FTS} WHERE ${FTS} MATCH ? ORDER BY rowid DESC LIMIT ?
         ) f JOIN ${DOCS} d ON d.rid = f.rid GROUP BY d.collection`,
        [noSection, cap + 1],
      )
      const seen = facetRows.reduce((n, r) => n + Number(r.n), 0)
      const facetsLowerBound = seen > cap
      const section: Record<string, number> = {}
      for (const r of facetRows) section[String(r.c)] = Math.min(cap, Number(r.n))
      let count = Math.min(seen, cap)
      let lowerBound = facetsLowerBound
      const match = query.section ? matchExpr(terms, filterTokens(query, true)) : noSection
      if (query.section) {
        if (facetsLowerBound) {
          count = await cappedCount(match)
          lowerBound = count > cap
          count = Math.min(count, cap)
        } else {
          count = section[query.section] ?? 0
        }
      }
      return { count, lowerBound, section, facetsLowerBound, rows: count > 0 ? await window(match, k) : [] }
    },
    titleMatches: (query, terms, k) => window(matchExpr(terms, filterTokens(query, true), true), k),
    exactMatches(query, terms, accented, _among, k) {
      const exact = accented.map((t) => phrase(t.exactTokens)).join(' AND ')
      return window(`${matchExpr(terms, filterTokens(query, true))} AND ${exact}`, k)
    },
    async numbered(query, key) {
      const f = sqlFilters(query, '+')
      // [key, key + '!') = the key itself and every longer key starting with `key `.
      const rows = await q(
        `SELECT ${RANK_COLUMNS.replace(/d\./g, '')}, doc_key FROM ${DOCS}
         WHERE doc_key IS NOT NULL AND doc_key >= ? AND doc_key < ? AND ${f.where} LIMIT 50`,
        [key, key + '!', ...f.args],
      )
      return rows.map((row) => ({ row, key: String(row.doc_key) }))
    },
    async numberedMatches(query, terms, prefix) {
      const f = sqlFilters(query, '+')
      const numbered = await q(
        `SELECT rid FROM ${DOCS} WHERE doc_key IS NOT NULL AND doc_key >= ? AND doc_key < ? AND ${f.where} LIMIT 50`,
        [prefix, prefix + '!', ...f.args],
      )
      if (numbered.length === 0) return []
      const rids = numbered.map((r) => Number(r.rid))
      return q(
        `SELECT ${RANK_COLUMNS} FROM (
           SELECT rowid AS rid FROM ${FTS} WHERE ${FTS} MATCH ? AND rowid IN (${rids.map(() => '?').join(',')})
         ) f JOIN ${DOCS} d ON d.rid = f.rid`,
        [matchExpr(terms, filterTokens(query, true)), ...rids],
      )
    },
    fetch: fetchRows,
    toHit,
    vocabulary,
  }

  async function suggest(prefixText: string, locale: SearchLocale, limit = 8): Promise<string[]> {
    const input = suggestInput(prefixText)
    if (!input) return []
    let tail = ''
    if (input.tail) {
      const tok = input.tail
      // Expand the prefix to its most frequent completions (bounded vocabulary scan).
      const rows = await q(`SELECT term, df FROM ${TERMS} WHERE locale = ? AND term >= ? AND term < ? LIMIT 2000`, [locale, tok, tok + '\u{10FFFF}'])
      const top = rows
        .map((r) => ({ term: String(r.term), df: Number(r.df) }))
        .sort((a, b) => b.df - a.df)
        .slice(0, 8)
        .map((r) => phrase([TITLE_PREFIX + r.term]))
      tail = top.length ? `(${top.join(' OR ')})` : `${phrase([TITLE_PREFIX + tok])} *`
    }
    const parts = input.fixed.map((t) => phrase(t.tokens.map((x) => TITLE_PREFIX + x)))
    if (tail) parts.push(tail)
    if (parts.length === 0) return []
    const match = `${parts.join(' AND ')} AND ${phrase([metaToken('l', locale)])}`
    const typed = parseQuery(prefixText.trim()).terms.map((t) => t.folded).join(' ')
    const rows = (await window(match, 100)).map((r) => ({ title: String(r.title), date: r.date == null ? null : String(r.date), seq: Number(r.rid) }))
    return orderSuggestions(rows, typed, fold, limit)
  }

  return { init, upsert, remove, search, suggest, clear, stats, optimize }
}
