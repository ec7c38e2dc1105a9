#!/usr/bin/env node
/**
 * `npm run test:stack`: the local multi-instance stack (scripts/lib/stack.mjs) proves what the
 * production shape promises. Needs nginx and redis-server (skips with a message otherwise; `npm
 * test` calls it). Reuses the production build in .next/ when there is one (the e2e runner's).
 *   1. publish on A → the page is fresh on B, and through the front, within 2 s;
 *   2. one rate limit counted across both instances (Redis);
 *   3. stopping B keeps the site answering through the front;
 *   4. stopping A too: cached pages still answer from nginx (stale), /api/health says down.
 */
import assert from 'node:assert/strict'
import * as stack from './lib/stack.mjs'

const { ports, log } = stack
const PORTAL = { 'X-Portal-Site': 'portal' }
const password = process.env.DEMO_PASSWORD ?? 'HaTinh-demo-2026'
const results = []

if (!stack.hasTools()) {
  console.log('[stack] nginx or redis-server not installed: test:stack skipped (Debian: apt-get install -y nginx-light redis-server)')
  process.exit(0)
}

async function check(name, fn) {
  const t0 = Date.now()
  try {
    const detail = await fn()
    results.push({ name, ok: true, ms: Date.now() - t0, detail })
    log(`ok   ${name} (${Date.now() - t0} ms)${detail ? ` — ${detail}` : ''}`)
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - t0, error: String(error?.message ?? error) })
    log(`FAIL ${name}: ${error?.stack ?? error}`)
  }
}

const get = (port, p, headers = {}) => fetch(`http://127.0.0.1:${port}${p}`, { headers, redirect: 'manual' })

async function pollUntil(fn, timeoutMs) {
  const t0 = Date.now()
  for (;;) {
    if (await fn()) return Date.now() - t0
    if (Date.now() - t0 > timeoutMs) return null
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function main() {
  stack.ensureBuild()
  stack.ensureDatabase()
  stack.startRedis()
  log('starting instances A and B')
  const [, b] = await Promise.all([stack.startInstance('a'), stack.startInstance('b')])
  await stack.startNginx()

  await check('publish on A is fresh on B and through the front within 2 s', async () => {
    const login = await fetch(`http://127.0.0.1:${ports.a}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@hatinh.gov.vn', password }),
    })
    assert.equal(login.status, 200, `login ${login.status}`)
    const { token } = await login.json()
    const auth = { Authorization: `JWT ${token}` }
    const list = await (await get(ports.a, '/api/news?limit=1&depth=0&locale=vi&where[_status][equals]=published', auth)).json()
    const item = list.docs[0]
    assert.ok(item?.slug, 'a published news item')
    const pagePath = `/vi/tin-tuc/${item.slug}`
    // B and the front have the page cached with its current title.
    for (let i = 0; i < 3; i++) {
      assert.equal((await get(ports.b, pagePath, PORTAL)).status, 200)
      await get(ports.front, pagePath)
    }
    const title = `${item.title.replace(/ \[stack \d+\]$/, '')} [stack ${Date.now()}]`
    const saved = await fetch(`http://127.0.0.1:${ports.a}/api/news/${item.id}?locale=vi&depth=0`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    assert.equal(saved.status, 200, `save ${saved.status}: ${(await saved.text()).slice(0, 300)}`)
    const escaped = title.replace(/&/g, '&amp;')
    const onB = await pollUntil(async () => (await (await get(ports.b, pagePath, PORTAL)).text()).includes(escaped), 2000)
    assert.ok(onB !== null, 'B still serves the old title 2 s after the publish on A')
    const front = await pollUntil(async () => (await (await get(ports.front, pagePath)).text()).includes(escaped), 2000)
    assert.ok(front !== null, 'the front still serves the old title 2 s after the publish')
    return `B after ${onB} ms, front after ${front} ms`
  })

  await check('one rate limit counted across both instances', async () => {
    // The type-ahead policy: 60 per 10 s per address. 40 on each instance from one address.
    const address = `203.0.113.${10 + (Date.now() % 200)}`
    const statuses = []
    for (let i = 0; i < 40; i++) {
      for (const port of [ports.a, ports.b]) {
        const r = await get(port, `/vi/tim-kiem/suggest?q=ha${i}`, { 'X-Forwarded-For': address })
        statuses.push(r.status)
        await r.arrayBuffer()
      }
    }
    assert.ok(statuses.every((s) => s === 200 || s === 429), `statuses: ${[...new Set(statuses)].join(', ')}`)
    const refused = statuses.filter((s) => s === 429).length
    const first429 = statuses.indexOf(429)
    assert.ok(refused > 0 && first429 >= 55 && first429 <= 65, `first 429 at request ${first429} (${refused} refused of 80)`)
    return `first 429 at request ${first429 + 1} of 80 (40 per instance)`
  })

  await check('stopping B keeps the site answering through the front', async () => {
    await stack.stop(b)
    for (let i = 0; i < 10; i++) {
      const r = await get(ports.front, i % 2 ? '/vi' : '/en/news?page=1')
      assert.equal(r.status, 200, `request ${i}: ${r.status}`)
      await r.arrayBuffer()
    }
    const health = await get(ports.front, '/api/health')
    assert.equal(health.status, 200)
  })

  await check('stopping both: cached pages answer stale from nginx, /api/health says down', async () => {
    await get(ports.front, '/vi')
    await stack.stopAll({ keep: ['nginx', 'redis'] })
    // nginx keeps answering from its cache: HIT while the micro-cache entry is fresh (its lifetime
    // is counted in whole seconds, so up to ~2 s), then STALE. Every answer must be a 200.
    const deadline = Date.now() + 10_000
    let state = null
    while (Date.now() < deadline) {
      const page = await get(ports.front, '/vi')
      assert.equal(page.status, 200)
      state = page.headers.get('x-cache')
      if (state === 'STALE') break
      assert.equal(state, 'HIT')
      await new Promise((r) => setTimeout(r, 500))
    }
    assert.equal(state, 'STALE')
    const health = await get(ports.front, '/api/health')
    assert.equal(health.status, 503)
    assert.equal((await health.json()).status, 'down')
    return 'x-cache STALE, health 503 down'
  })
}

main()
  .catch((error) => {
    results.push({ name: 'stack start', ok: false, error: String(error?.stack ?? error) })
    console.error(error)
  })
  .finally(async () => {
    await stack.stopAll()
    const failed = results.filter((r) => !r.ok)
    console.log(JSON.stringify({ passed: results.length - failed.length, failed: failed.length, results }))
    process.exit(failed.length ? 1 : 0)
  })
