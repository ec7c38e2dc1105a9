#!/usr/bin/env node
/**
 * `npm run bench:load`: throughput and latency of the portal's pages, every row in the same run on
 * the same machine, so the ratios hold even when the machine is busy (the load average is printed).
 *
 * Rows, for each page (home vi/en, a list, a legal document, a news item, a budget disclosure, and a
 * filtered list): through the front (nginx micro-cache → two instances), one instance (as the front
 * reaches it, `X-Portal-Site` set), one instance reached directly (the request-time proxy runs),
 * two instances behind the front with its cache off, a bare Next.js 16 app serving the same bytes
 * from its static route cache, and nginx serving the same bytes from disk. Then the JavaScript each
 * page type loads (total and first-party, gzip). Last line: one JSON object.
 *
 * Needs nginx, redis-server and wrk (Debian: apt-get install -y nginx-light redis-server wrk).
 * BENCH_DURATION (s per row, default 5), BENCH_CONNECTIONS (64), BENCH_THREADS (2).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as stack from './lib/stack.mjs'

const duration = Number(process.env.BENCH_DURATION ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64)
const threads = Number(process.env.BENCH_THREADS ?? 2)
const { ports, log } = stack

if (!stack.hasTools() || spawnSync('sh', ['-c', 'command -v wrk']).status !== 0) {
  console.error('bench:load needs nginx, redis-server and wrk (Debian: apt-get install -y nginx-light redis-server wrk)')
  process.exit(2)
}

const PORTAL = { 'X-Portal-Site': 'portal' }
const a = (p) => `http://127.0.0.1:${ports.a}${p}`

async function firstLink(listPath, prefix) {
  const html = await (await fetch(a(listPath), { headers: PORTAL })).text()
  const match = html.match(new RegExp(`href="(${prefix}/[a-z0-9-]+)"`))
  if (!match) throw new Error(`no ${prefix}/… link on ${listPath}`)
  return match[1]
}

function parseWrk(text) {
  const unit = (v, u) => Number(v) * ({ us: 0.001, ms: 1, s: 1000 }[u] ?? 1)
  const lat = (pct) => {
    const m = text.match(new RegExp(`\\s${pct}%\\s+([\\d.]+)(us|ms|s)`))
    return m ? Number(unit(m[1], m[2]).toFixed(2)) : null
  }
  const rps = Number(text.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)
  const bad = Number(text.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0)
  const errors = text.match(/Socket errors:[^\n]*/)?.[0] ?? null
  return { rps: Math.round(rps), p50: lat(50), p99: lat(99), non2xx: bad, errors }
}

function wrk(url, headers = {}) {
  const args = ['-t', String(threads), '-c', String(connections), '-d', `${duration}s`, '--latency', '-H', 'Accept-Encoding: gzip']
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`)
  const out = spawnSync('wrk', [...args, url], { encoding: 'utf8' })
  return parseWrk(out.stdout)
}

async function warm(url, headers = {}) {
  for (let i = 0; i < 5; i++) await (await fetch(url, { headers })).arrayBuffer()
}

/** Scripts a page loads, gzip sizes; "framework" = React / Next.js runtime chunks. */
async function javascript(pagePath) {
  const html = await (await fetch(a(pagePath), { headers: PORTAL })).text()
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]))]
  let total = 0
  let firstParty = 0
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(a(src))).arrayBuffer())
    const gz = gzipSync(body, { level: 9 }).length
    total += gz
    const text = body.toString('utf8')
    const framework = /react\.production|Minified React error|__next_f|next-router|react-server-dom|turbopack/i.test(text)
    if (!framework) firstParty += gz
  }
  return { scripts: srcs.length, totalKB: Number((total / 1024).toFixed(1)), firstPartyKB: Number((firstParty / 1024).toFixed(1)) }
}

async function main() {
  stack.ensureBuild()
  stack.ensureDatabase()
  stack.startRedis()
  log('starting two instances')
  await Promise.all([stack.startInstance('a'), stack.startInstance('b')])

  const pages = {
    'home vi': '/vi',
    'home en': '/en',
    'list (legal documents)': '/vi/van-ban',
    document: await firstLink('/vi/van-ban', '/vi/van-ban'),
    news: await firstLink('/vi/tin-tuc', '/vi/tin-tuc'),
    'budget detail': await firstLink('/vi/ngan-sach', '/vi/ngan-sach'),
    'filtered list': '/vi/tin-tuc?page=2',
  }

  // The same bytes for the bare Next app and nginx: the HTML instance A sends.
  const benchDir = path.join(stack.dir, 'bench')
  const staticDir = path.join(benchDir, 'static')
  const captured = {}
  for (const p of Object.values(pages)) {
    const key = p.replace(/\?.*$/, '').replace(/\/$/, '') || '/'
    const body = Buffer.from(await (await fetch(a(p), { headers: PORTAL })).arrayBuffer())
    captured[key] = { type: 'text/html; charset=utf-8', body: body.toString('base64') }
    mkdirSync(path.join(staticDir, key), { recursive: true })
    writeFileSync(path.join(staticDir, key, 'index.html'), body)
    writeFileSync(path.join(staticDir, key, 'index.html.gz'), gzipSync(body, { level: 6 }))
  }
  const pagesFile = path.join(benchDir, 'pages.json')
  writeFileSync(pagesFile, JSON.stringify(captured))
  // The bare app is built in a folder of its own outside the portal (with the portal's node_modules
  // linked in): inside the portal's tree, Next picked up the portal's src/instrumentation.ts.
  const source = path.join(stack.root, 'scripts', 'bench', 'bare-next')
  const bareDir = path.join(os.tmpdir(), 'hatinh-bench-bare-next')
  mkdirSync(path.join(bareDir, 'app', '[...path]'), { recursive: true })
  for (const file of ['next.config.mjs', 'app/[...path]/route.js']) writeFileSync(path.join(bareDir, file), readFileSync(path.join(source, file)))
  if (!existsSync(path.join(bareDir, 'node_modules'))) symlinkSync(path.join(stack.root, 'node_modules'), path.join(bareDir, 'node_modules'))
  writeFileSync(path.join(bareDir, 'package.json'), '{"private":true,"type":"module"}\n')
  const hash = createHash('sha256').update(JSON.stringify(captured)).digest('hex')
  const stamp = path.join(bareDir, '.next', 'bench-pages.sha256')
  const nextBin = path.join(stack.root, 'node_modules', 'next', 'dist', 'bin', 'next')
  const bareEnv = { ...process.env, BENCH_PAGES: pagesFile, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
  let bareBuilt = existsSync(stamp) && readFileSync(stamp, 'utf8') === hash
  if (!bareBuilt) {
    log('building the bare Next app')
    const built = spawnSync(process.execPath, [nextBin, 'build', '--webpack', '.'], { cwd: bareDir, env: bareEnv, stdio: 'inherit' })
    bareBuilt = built.status === 0
    if (bareBuilt) writeFileSync(stamp, hash)
    else log('the bare Next app did not build: its row is left out')
  }
  const { spawn } = await import('node:child_process')
  const bare = bareBuilt ? spawn(process.execPath, [nextBin, 'start', '.', '-p', String(ports.bare), '-H', '127.0.0.1'], { cwd: bareDir, env: bareEnv, stdio: 'ignore' }) : null
  try {
    if (bare) await stack.waitFor(`http://127.0.0.1:${ports.bare}/vi`)
    await stack.startNginx({ staticDir })

    const targets = {
      front: { base: `http://127.0.0.1:${ports.front}`, headers: {} },
      one: { base: `http://127.0.0.1:${ports.a}`, headers: PORTAL },
      'one, proxy runs': { base: `http://127.0.0.1:${ports.a}`, headers: {} },
      'two, front cache off': { base: `http://127.0.0.1:${ports.frontNoCache}`, headers: {} },
      ...(bare ? { 'bare next': { base: `http://127.0.0.1:${ports.bare}`, headers: {} } } : {}),
      'nginx static': { base: `http://127.0.0.1:${ports.static}`, headers: {} },
    }
    const results = {}
    for (const [name, p] of Object.entries(pages)) {
      results[name] = { path: p }
      const fileKey = p.replace(/\?.*$/, '') || '/'
      for (const [row, target] of Object.entries(targets)) {
        const url = target.base + (row === 'bare next' || row === 'nginx static' ? fileKey : p)
        await warm(url, target.headers)
        results[name][row] = { ...wrk(url, target.headers), load: Number(os.loadavg()[0].toFixed(2)) }
        const r = results[name][row]
        log(`${name.padEnd(24)} ${row.padEnd(22)} ${String(r.rps).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  (load ${r.load})${r.non2xx ? `  non-2xx ${r.non2xx}` : ''}`)
      }
      const row = results[name]
      const ratio = (x, y) => (row[x] && row[y]?.rps ? Number((row[x].rps / row[y].rps).toFixed(3)) : null)
      row.ratios = {
        frontVsNginx: ratio('front', 'nginx static'),
        oneVsBare: ratio('one', 'bare next'),
        twoVsOne: ratio('two, front cache off', 'one'),
        proxyCost: row['one, proxy runs'].rps && row.one.rps ? Number((1 - row['one, proxy runs'].rps / row.one.rps).toFixed(3)) : null,
      }
    }

    const js = {}
    for (const [name, p] of Object.entries(pages)) if (name !== 'filtered list') js[name] = await javascript(p)

    console.log(`\nwrk -t${threads} -c${connections} -d${duration}s, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
    console.log('| page | front | one | one, proxy runs | two, cache off | bare Next | nginx static | front/nginx | one/bare | two/one |')
    console.log('|---|---|---|---|---|---|---|---|---|---|')
    const cell = (r) => (r ? `${r.rps} (${r.p50}/${r.p99} ms)` : '—')
    for (const [name, r] of Object.entries(results)) {
      console.log(`| ${name} | ${cell(r.front)} | ${cell(r.one)} | ${cell(r['one, proxy runs'])} | ${cell(r['two, front cache off'])} | ${cell(r['bare next'])} | ${cell(r['nginx static'])} | ${r.ratios.frontVsNginx} | ${r.ratios.oneVsBare} | ${r.ratios.twoVsOne} |`)
    }
    console.log('\n| page type | scripts | JS total (gzip KB) | first-party (gzip KB) |')
    console.log('|---|---|---|---|')
    for (const [name, j] of Object.entries(js)) console.log(`| ${name} | ${j.scripts} | ${j.totalKB} | ${j.firstPartyKB} |`)
    console.log(JSON.stringify({ duration, connections, threads, cores: os.cpus().length, loadavg: os.loadavg(), pages: results, javascript: js }))
  } finally {
    if (bare) await stack.stop(bare)
    await stack.stopAll()
  }
}

main().catch(async (error) => {
  console.error(error)
  await stack.stopAll()
  process.exit(1)
})
