import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { filterSearchStatements } from '@/search/payload-index'
import { isRateLimitTable, redisLimiterFactory } from './store'

/**
 * The Redis store (REDIS_URL in production). Runs when REDIS_TEST_URL names a Redis server that
 * may be written to (e.g. `redis-server --port 3301 --save ''` and
 * REDIS_TEST_URL=redis://127.0.0.1:3301); the database store is covered by
 * src/__tests__/ratelimit.rest.test.ts.
 */
const url = process.env.REDIS_TEST_URL

describe('the SQLite store’s table', () => {
  it('is left alone by a development schema push (it is not part of Payload’s schema)', () => {
    const result = filterSearchStatements(
      {
        hasDataLoss: true,
        warnings: ["· You're about to delete rate_limits table with 12 items"],
        statementsToExecute: ['DROP TABLE `rate_limits`;', 'DROP INDEX IF EXISTS `rate_limits_expire_idx`;', 'ALTER TABLE `users` DROP COLUMN `lock_until`;'],
        apply: async () => {},
      },
      isRateLimitTable,
    )
    expect(result.statementsToExecute).toEqual(['ALTER TABLE `users` DROP COLUMN `lock_until`;'])
    expect(result.hasDataLoss).toBe(false)
    expect(isRateLimitTable('rate_limited_stuff')).toBe(false)
  })
})

// Needs a real redis-server (REDIS_TEST_URL): `.ci/run` starts a throw-away one, so CI always runs
// these; a laptop without Redis skips them.
describe.skipIf(!url)('the Redis store', () => {
  const clients: Redis[] = []
  const connect = async (target = url!) => {
    const client = new Redis(target, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 500, retryStrategy: () => null })
    client.on('error', () => undefined)
    clients.push(client)
    await new Promise((resolve) => {
      client.once('ready', resolve)
      client.once('end', resolve)
    })
    return client
  }
  afterAll(() => clients.forEach((c) => c.disconnect()))

  it('two processes (two clients) share counts', async () => {
    const options = { keyPrefix: `test-${process.pid}-${Date.now()}`, points: 3, duration: 60 }
    const a = redisLimiterFactory(await connect())(options)
    const b = redisLimiterFactory(await connect())(options)
    await a.consume('k')
    await b.consume('k')
    await a.consume('k')
    await expect(b.consume('k')).rejects.toMatchObject({ remainingPoints: 0 })
    expect((await a.get('k'))?.consumedPoints).toBe(4)
  })

  it('with Redis unreachable, each process goes on limiting in memory', async () => {
    const down = redisLimiterFactory(await connect('redis://127.0.0.1:1'))({ keyPrefix: 'down', points: 2, duration: 60 })
    await down.consume('k')
    await down.consume('k')
    await expect(down.consume('k')).rejects.toMatchObject({ remainingPoints: 0 })
  })
})
