/**
 * Search benchmark: builds a synthetic Vietnamese corpus in a fresh temp SQLite
 * database through the same SearchIndex the site uses, then times a fixed,
 * seeded mix of queries.
 *
 *   BENCH_DOCS=100000 BENCH_QUERIES=300 npx tsx scripts/bench-search.ts
 *
 * The last line of output is one JSON object with the figures.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { createClient } from '@libsql/client'
import { createSqliteSearchIndex } from '../src/search/sqlite-fts'
import { fold, normalizeDocNumber } from '../src/search/fold'
import type { SearchDoc } from '../src/search/types'
import {
  AGENCIES,
  COMMON_PHRASES,
  DOC_TYPES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  OPENERS,
  RARE_WORDS,
  SECTIONS,
  WORDS,
} from '../src/search/bench/words'

const DOCS = Math.max(100, Math.min(2_000_000, Number(process.env.BENCH_DOCS ?? 100_000)))
const QUERIES = Math.max(10, Math.min(5_000, Number(process.env.BENCH_QUERIES ?? 300)))
const SEED = Number(process.env.BENCH_SEED ?? 20_240_601)
const CHUNK = 2_000

// ------------------------------------------------------------ seeded random

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rnd = mulberry32(SEED)
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1))
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]

/** Zipf-like sampler over a list ordered from most to least frequent. */
function zipf<T>(xs: readonly T[], s = 1): () => T {
  const cum: number[] = []
  let total = 0
  for (let i = 0; i < xs.length; i++) cum.push((total += 1 / Math.pow(i + 1, s)))
  return () => {
    const r = rnd() * total
    let lo = 0
    let hi = cum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < r) lo = mid + 1
      else hi = mid
    }
    return xs[lo]
  }
}

const common = zipf(COMMON_PHRASES, 0.8)
const mid = zipf(WORDS, 0.9)
const rare = zipf(RARE_WORDS, 0.7)
const agencyOf = zipf(AGENCIES, 0.8)
const typeOf = zipf(DOC_TYPES, 0.7)

const rareTail = () => RARE_WORDS[int(Math.floor(RARE_WORDS.length / 2), RARE_WORDS.length - 1)]
const personName = () => `${pick(FAMILY_NAMES)} ${pick(MIDDLE_NAMES)} ${pick(GIVEN_NAMES)}`
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function docNumber(year: number): string {
  const t = typeOf()
  const a = agencyOf()
  return `${int(1, 400)}/${year}/${t.code}-${a.code}`
}

function phraseRun(n: number): string {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const r = rnd()
    if (r < 0.45) out.push(common())
    else if (r < 0.95) out.push(mid())
    else if (r < 0.97) out.push(rare())
    else out.push(personName())
  }
  return out.join(' ')
}

function sentence(): string {
  const parts: string[] = []
  if (rnd() < 0.3) parts.push(pick(OPENERS))
  parts.push(phraseRun(int(6, 18)))
  if (rnd() < 0.15) parts.push(`theo văn bản số ${docNumber(int(2010, 2025))}`)
  return cap(parts.join(' ')) + '.'
}

// Samples collected while generating, used to build queries that have answers.
const docNumberSamples: string[] = []
const phraseSamples: string[] = []

function genDoc(i: number): SearchDoc {
  const r = rnd()
  const section = r < 0.5 ? SECTIONS[0] : r < 0.8 ? SECTIONS[1] : r < 0.95 ? SECTIONS[2] : SECTIONS[3]
  const year = int(2010, 2025)
  const date = `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`
  const agency = agencyOf()
  const type = typeOf()
  let title: string
  let num: string | undefined
  if (section === 'legal-documents') {
    num = `${int(1, 400)}/${year}/${type.code}-${agency.code}`
    title = `${type.name} ${num} về việc ${phraseRun(int(3, 7))}`
  } else {
    title = cap(phraseRun(int(4, 9)))
  }
  const body = Array.from({ length: int(3, 7) }, sentence).join(' ')
  if (num && docNumberSamples.length < 5000 && rnd() < 0.2) docNumberSamples.push(num)
  if (phraseSamples.length < 5000 && rnd() < 0.1) {
    const words = fold(body).split(' ')
    const at = int(0, Math.max(0, words.length - 3))
    phraseSamples.push(words.slice(at, at + 3).join(' '))
  }
  return {
    id: `${section}:${i}`,
    collection: section,
    docId: i,
    locale: 'vi',
    title,
    body,
    docNumber: num,
    agency: agency.slug,
    agencyName: agency.name,
    year,
    docType: type.code,
    url: `/${section}/${i}`,
    date,
  }
}

// ------------------------------------------------------------ queries

const COMMON_QUERIES = [
  'ủy ban nhân dân tỉnh',
  'uy ban nhan dan tinh',
  'hội đồng nhân dân',
  'tinh ha tinh',
  'quyết định',
  'thực hiện theo quy định',
  'ke hoach trien khai',
  'nhà nước',
  'nghi quyet hoi dong nhan dan tinh',
  '"ủy ban nhân dân" hà tĩnh',
  'chu tich uy ban nhan dan',
  'xã phường thị trấn',
]

function stripAccents(s: string): string {
  return fold(s)
}

function makeQueries(): Record<string, string[]> {
  const classes: Record<string, string[]> = { rare: [], common: [], docnum: [], phrase3: [] }
  for (let i = 0; i < QUERIES; i++) {
    // Tail of the rare list (each in well under 1% of documents), or a person's name.
    const x = rnd()
    const r = x < 0.5 ? rareTail() : x < 0.7 ? `${rareTail()} ${mid()}` : personName()
    classes.rare.push(rnd() < 0.5 ? r : stripAccents(r))
    classes.common.push(COMMON_QUERIES[i % COMMON_QUERIES.length])
    const n = pick(docNumberSamples)
    const style = i % 4
    classes.docnum.push(
      style === 0 ? n : style === 1 ? n.toLowerCase() : style === 2 ? normalizeDocNumber(n).toUpperCase() : `số ${n}`,
    )
    classes.phrase3.push(pick(phraseSamples))
  }
  return classes
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return Math.round(sorted[idx] * 100) / 100
}

// ------------------------------------------------------------ main

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-search-'))
  const dbPath = path.join(dir, 'bench.db')
  const client = createClient({ url: 'file:' + dbPath })
  try {
    const index = createSqliteSearchIndex(client, { tuneConnection: true })
    await index.init()

    console.log(`building index: ${DOCS} documents (seed ${SEED}) in ${dbPath}`)
    const t0 = performance.now()
    let genMs = 0
    for (let start = 0; start < DOCS; start += CHUNK) {
      const g = performance.now()
      const chunk: SearchDoc[] = []
      for (let i = start; i < Math.min(DOCS, start + CHUNK); i++) chunk.push(genDoc(i + 1))
      genMs += performance.now() - g
      await index.upsert(chunk)
      if ((start / CHUNK) % 10 === 9) console.log(`  ${start + CHUNK} docs, ${((performance.now() - t0) / 1000).toFixed(1)}s`)
    }
    const tOpt = performance.now()
    await index.optimize()
    const buildMs = performance.now() - t0 - genMs
    console.log(
      `build: ${(buildMs / 1000).toFixed(1)}s (excl. ${(genMs / 1000).toFixed(1)}s corpus generation; optimize ${((performance.now() - tOpt) / 1000).toFixed(1)}s)`,
    )
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    const wal = dbPath + '-wal'
    const indexBytes = statSync(dbPath).size + (existsSync(wal) ? statSync(wal).size : 0)
    const st = await index.stats()
    console.log(`index size: ${(indexBytes / 1024 / 1024).toFixed(1)} MiB db file; ${st.docs} docs`)

    const classes = makeQueries()
    // Warm-up (page cache, statement parsing), not measured.
    for (const qs of Object.values(classes)) for (const q of qs.slice(0, 10)) await index.search({ q, locale: 'vi' })

    const out: Record<string, { p50: number; p95: number; p99: number }> = {}
    const checks: string[] = []
    for (const [name, qs] of Object.entries(classes)) {
      const times: number[] = []
      let answered = 0
      let top1 = 0
      for (const q of qs) {
        const t = performance.now()
        const r = await index.search({ q, locale: 'vi' })
        times.push(performance.now() - t)
        if (r.total > 0) answered++
        if (name === 'docnum' && r.hits[0]?.docNumber && normalizeDocNumber(r.hits[0].docNumber) === normalizeDocNumber(q)) top1++
      }
      times.sort((a, b) => a - b)
      out[name] = { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) }
      console.log(
        `${name.padEnd(8)} n=${qs.length}  p50 ${out[name].p50} ms  p95 ${out[name].p95} ms  p99 ${out[name].p99} ms  max ${percentile(times, 100)} ms  (with results: ${answered}/${qs.length})`,
      )
      if (name === 'docnum') checks.push(`docnum top-1 correct: ${top1}/${qs.length}`)
    }

    // Extras (not part of the target): type-ahead and misspelled queries.
    const extra: Record<string, number[]> = { suggest: [], typo: [] }
    for (let i = 0; i < Math.min(100, QUERIES); i++) {
      const p = fold(classes.phrase3[i]).slice(0, int(4, 12))
      let t = performance.now()
      await index.suggest(p, 'vi', 8)
      extra.suggest.push(performance.now() - t)
      const w = fold(mid()).replace(/[aeiou]/, 'x')
      t = performance.now()
      await index.search({ q: w, locale: 'vi' })
      extra.typo.push(performance.now() - t)
    }
    for (const [name, times] of Object.entries(extra)) {
      times.sort((a, b) => a - b)
      console.log(`${name.padEnd(8)} n=${times.length}  p50 ${percentile(times, 50)} ms  p95 ${percentile(times, 95)} ms  (extra)`)
    }
    for (const c of checks) console.log(c)

    console.log(
      JSON.stringify({
        docs: DOCS,
        build_s: Math.round(buildMs / 100) / 10,
        index_bytes: indexBytes,
        classes: out,
      }),
    )
  } finally {
    client.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
