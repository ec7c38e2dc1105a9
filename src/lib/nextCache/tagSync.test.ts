import { afterAll, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { createTagSync, mergeTagEntry, parseTagEntry, TAGS_HASH } from './tagSync.mjs'

describe('tag entries', () => {
  it.each([
    [undefined, { expired: 5 }, { expired: 5 }],
    [{ expired: 9 }, { expired: 5 }, { expired: 9 }],
    [{ expired: 5 }, { expired: 9, stale: 9 }, { expired: 9, stale: 9 }],
    [{ stale: 3 }, { expired: Number.NaN }, { stale: 3 }],
  ])('merge %j with %j → %j (later wins per field)', (current, incoming, expected) => {
    expect(mergeTagEntry(current, incoming)).toEqual(expected)
  })
  it.each(['', 'nope', 'null', '{"expired":"1"}', '[]'])('ignores the malformed entry %j', (raw) => {
    expect(parseTagEntry(raw)).toBeNull()
  })
})

/**
 * Against a real redis-server (REDIS_TEST_URL, as src/lib/rateLimit/store.test.ts): two "instances"
 * each with its own manifest, like two `next start` processes. Skipped without REDIS_TEST_URL (a
 * laptop without Redis); `.ci/run` starts a throw-away redis-server, so CI always runs it.
 */
const url = process.env.REDIS_TEST_URL
describe.skipIf(!url)('tag expiry shared through Redis', () => {
  const connections: Redis[] = []
  const connect = () => {
    const redis = new Redis(url!, { maxRetriesPerRequest: 1 })
    connections.push(redis)
    return redis
  }
  afterAll(async () => {
    const admin = new Redis(url!)
    await admin.del(TAGS_HASH)
    await admin.quit()
    await Promise.allSettled(connections.map((c) => c.quit()))
  })

  it('a revalidation on A expires the tag on B within 2 s, and a later instance reads it at start', async () => {
    const a = new Map<string, { stale?: number; expired?: number }>()
    const b = new Map<string, { stale?: number; expired?: number }>()
    const syncA = createTagSync({ manifest: a, connect })
    const syncB = createTagSync({ manifest: b, connect })
    await Promise.all([syncA.ready, syncB.ready])
    const tag = `collection:news-${Date.now()}`
    const now = Date.now()
    a.set(tag, { stale: now, expired: now })
    await syncA.publish([tag])
    const started = Date.now()
    while (!b.get(tag) && Date.now() - started < 2000) await new Promise((r) => setTimeout(r, 10))
    expect(b.get(tag)).toEqual({ stale: now, expired: now })

    const c = new Map<string, { stale?: number; expired?: number }>()
    const syncC = createTagSync({ manifest: c, connect })
    await syncC.ready
    expect(c.get(tag)).toEqual({ stale: now, expired: now })

    // An older revalidation arriving late never undoes the newer one, in Redis or in memory.
    b.set(tag, { stale: now - 1000, expired: now - 1000 })
    await syncB.publish([tag])
    await new Promise((r) => setTimeout(r, 100))
    expect(a.get(tag)).toEqual({ stale: now, expired: now })
    const admin = connect()
    expect(JSON.parse((await admin.hget(TAGS_HASH, tag))!)).toEqual({ stale: now, expired: now })
    await Promise.all([syncA.close(), syncB.close(), syncC.close()])
  })

  it('an unreachable Redis leaves the instance serving with its own expiry (logged, no throw)', async () => {
    const logs: string[] = []
    const m = new Map()
    const dead = () => new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: false })
    const sync = createTagSync({ manifest: m, connect: dead, log: (msg) => logs.push(msg) })
    await sync.ready
    m.set('t', { expired: 1 })
    await sync.publish(['t'])
    expect(m.get('t')).toEqual({ expired: 1 })
    expect(logs.length).toBeGreaterThan(0)
    await sync.close()
  })
})
