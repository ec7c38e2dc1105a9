/**
 * Search quality benchmark: imports real legal documents (number, type, issuer, date, title — no
 * body text, as most imported documents arrive; scripts/search-quality/*.txt, each line traceable
 * by its number on thuvienphapluat.vn / vbpl.vn) into a fresh SQLite database through the site's
 * indexing path (the legal-documents search source → toIndexRow → SearchIndex.upsert), then runs
 * fixed queries of four kinds and prints recall@1, recall@5, MRR and latency per kind.
 *
 * Side by side, a reference measured in the same run: the same engine over the same documents
 * indexed as before field-aware ranking (type name and number in the body; no issuer, type or year
 * fields, no abstract apart).
 *
 *   npm run bench:search-quality
 *
 * The last line of output is one JSON object with the figures.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createClient } from '@libsql/client'
import '../src/collections/searchSources'
import { getDocType, parseDocNumber } from '../src/domain/legal'
import { searchSource } from '../src/search/sources'
import { createSqliteSearchIndex } from '../src/search/sqlite-fts'
import { toIndexRow, type AgencyResolver } from '../src/search/sync'
import type { SearchDoc, SearchIndex } from '../src/search/types'
import { QUERIES, type QualityQuery } from './search-quality/queries'

interface RealDoc {
  number: string
  docType: string
  centralIssuer: string
  issueDate?: string
  title: string
  source: string
}

const dir = path.resolve(import.meta.dirname, 'search-quality')

function load(file: string, lawFile: boolean): RealDoc[] {
  const out: RealDoc[] = []
  for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue
    const cells = line.split('|').map((c) => c.trim())
    const [number, docType] = cells
    const [issuer, date, title] = lawFile ? ['quoc-hoi', cells[2], cells[3]] : [cells[2], cells[3], cells[4]]
    if (!number || !docType || !issuer || !title || !getDocType(docType)) throw new Error(`bad line: ${line}`)
    out.push({
      number,
      docType,
      centralIssuer: issuer,
      issueDate: date || undefined,
      title,
      source: `https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=${encodeURIComponent(number)}`,
    })
  }
  return out
}

const DOCS = [...load('laws.txt', true), ...load('documents.txt', false)]
const numbers = new Set<string>()
for (const d of DOCS) {
  if (numbers.has(d.number)) throw new Error(`duplicate number ${d.number}`)
  numbers.add(d.number)
}
for (const q of QUERIES) if (!numbers.has(q.expect)) throw new Error(`query "${q.q}" expects unknown ${q.expect}`)

// Every document is filed under the Department of Justice, as a province files central documents.
const owner = { slug: 'so-tu-phap', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } }
const agencies = { get: async () => owner, prime: () => {} } as unknown as AgencyResolver

async function rows(): Promise<SearchDoc[]> {
  const source = searchSource('legal-documents')
  if (!source) throw new Error('legal-documents search source not registered')
  const out: SearchDoc[] = []
  let id = 0
  for (const d of DOCS) {
    id++
    const stored = {
      id,
      slug: d.number.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      number: parseDocNumber(d.number)?.normalized ?? d.number,
      docType: d.docType,
      title: d.title,
      issueDate: d.issueDate ? `${d.issueDate}T00:00:00.000Z` : undefined,
      centralIssuer: d.centralIssuer,
      agency: 1,
      _status: 'published',
    }
    const row = await toIndexRow(source, stored, 'vi', agencies)
    if (row) out.push(row)
  }
  return out
}

/** The reference: rows as indexed before field-aware ranking (type name and number in the body). */
function asBefore(r: SearchDoc): SearchDoc {
  const { fieldText: _f, issuer: _i, issuerKeys: _k, issuerLang: _l, abstract, ...rest } = r
  return { ...rest, body: [getDocType(r.docType ?? '')?.vi, r.docNumber, abstract, r.body].filter(Boolean).join('\n') }
}

async function build(docs: SearchDoc[]): Promise<{ index: SearchIndex; close: () => void; ms: number }> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'bench-quality-'))
  const client = createClient({ url: 'file:' + path.join(tmp, 'search.db') })
  const index = createSqliteSearchIndex(client)
  const t0 = performance.now()
  await index.init()
  await index.upsert(docs)
  const ms = performance.now() - t0
  return {
    index,
    ms,
    close: () => {
      client.close()
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

interface Figures {
  queries: number
  recallAt1: number
  recallAt5: number
  mrr: number
  p50Ms: number
  p95Ms: number
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d

function figures(ranks: number[], times: number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
  return {
    queries: ranks.length,
    recallAt1: round(ranks.filter((r) => r === 1).length / ranks.length),
    recallAt5: round(ranks.filter((r) => r >= 1 && r <= 5).length / ranks.length),
    mrr: round(ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / ranks.length),
    p50Ms: round(at(0.5), 2),
    p95Ms: round(at(0.95), 2),
  }
}

async function run(index: SearchIndex, label: string, verbose: boolean) {
  // Warm-up (statement caches, word analysis memo).
  for (const q of QUERIES.slice(0, 10)) await index.search({ q: q.q, locale: 'vi', pageSize: 10 })
  const byKind = new Map<QualityQuery['kind'], { ranks: number[]; times: number[] }>()
  const all = { ranks: [] as number[], times: [] as number[] }
  const misses: string[] = []
  for (const q of QUERIES) {
    const t0 = performance.now()
    const r = await index.search({ q: q.q, locale: 'vi', pageSize: 10 })
    const ms = performance.now() - t0
    const rank = r.hits.findIndex((h) => h.docNumber === (parseDocNumber(q.expect)?.normalized ?? q.expect)) + 1
    let k = byKind.get(q.kind)
    if (!k) byKind.set(q.kind, (k = { ranks: [], times: [] }))
    k.ranks.push(rank)
    k.times.push(ms)
    all.ranks.push(rank)
    all.times.push(ms)
    if (rank !== 1) misses.push(`  ${label}: "${q.q}" → ${q.expect} at ${rank || 'not in top 10'}; first: ${r.hits[0]?.docNumber ?? '–'} ${r.hits[0]?.title ?? ''}`)
  }
  if (verbose) for (const m of misses) console.log(m)
  return { all: figures(all.ranks, all.times), kinds: Object.fromEntries([...byKind].map(([kind, v]) => [kind, figures(v.ranks, v.times)])) }
}

const indexed = await rows()
const current = await build(indexed)
const reference = await build(indexed.map(asBefore))
console.log(`search quality: ${indexed.length} real documents, ${QUERIES.length} queries (${new Set(QUERIES.map((q) => q.kind)).size} kinds)`)
console.log(`indexed in ${round(current.ms, 0)} ms (reference ${round(reference.ms, 0)} ms)`)
const now = await run(current.index, 'field-aware', true)
const before = await run(reference.index, 'reference', false)
current.close()
reference.close()

const pad = (s: string, n: number) => s.padEnd(n)
console.log(`\n${pad('kind', 22)}${pad('queries', 9)}${pad('recall@1', 20)}${pad('recall@5', 20)}${pad('MRR', 20)}p95 ms`)
for (const kind of Object.keys(now.kinds)) {
  const a = now.kinds[kind]!
  const b = before.kinds[kind]!
  console.log(
    `${pad(kind, 22)}${pad(String(a.queries), 9)}${pad(`${a.recallAt1} (ref ${b.recallAt1})`, 20)}${pad(`${a.recallAt5} (ref ${b.recallAt5})`, 20)}${pad(`${a.mrr} (ref ${b.mrr})`, 20)}${a.p95Ms} (ref ${b.p95Ms})`,
  )
}
const a = now.all
const b = before.all
console.log(
  `${pad('all', 22)}${pad(String(a.queries), 9)}${pad(`${a.recallAt1} (ref ${b.recallAt1})`, 20)}${pad(`${a.recallAt5} (ref ${b.recallAt5})`, 20)}${pad(`${a.mrr} (ref ${b.mrr})`, 20)}${a.p95Ms} (ref ${b.p95Ms})`,
)
console.log(JSON.stringify({ documents: indexed.length, ...a, kinds: now.kinds, reference: { ...b, kinds: before.kinds } }))
process.exit(0)
