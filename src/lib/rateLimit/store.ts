import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
// The library's base class for shared stores (consume, block, reward, insurance fallback); the
// package exports its type but not its value, hence the deep path.
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

/**
 * Where rate-limit counts live, so that every app process shares them (rate-limiter-flexible):
 *
 * - `REDIS_URL` set → Redis (`RateLimiterRedis` over one ioredis client per process).
 * - else Payload's own database, on Payload's own connection:
 *   - SQLite (`@payloadcms/db-sqlite`): table `rate_limits` (key, points, expire) on
 *     `payload.db.client`, one atomic `INSERT … ON CONFLICT … RETURNING` per hit (the statement
 *     rate-limiter-flexible's own SQLite store runs; its class only speaks sqlite3/better-sqlite3,
 *     not libsql). Not part of Payload's schema: migrations never see it, and a development schema
 *     push leaves it alone (`isRateLimitTable`, payload.config.ts).
 *   - MongoDB (`@payloadcms/db-mongodb`): collection `rate_limits` (`RateLimiterMongo`, TTL index)
 *     on Payload's mongoose connection.
 *
 * With this module, only it, `src/search/payload-index.ts` and `payload.config.ts` know which
 * adapter runs. Every store has an in-memory insurance limiter: when the store is unreachable
 * (Redis down, the database locked past its busy timeout) the process goes on limiting on its own
 * instead of failing the request or letting everything through.
 */
export interface LimiterOptions {
  /** Unique per policy rule: namespaces the keys. */
  keyPrefix: string
  points: number
  /** Seconds. */
  duration: number
  /** Seconds a key stays refused once over the limit (0: until the window ends). */
  blockDuration?: number
}

export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract

export const RATE_LIMIT_TABLE = 'rate_limits'

/** Tables (and their indexes) the SQLite store owns: kept out of a development schema push. */
export function isRateLimitTable(name: string): boolean {
  return name === RATE_LIMIT_TABLE || name.startsWith(`${RATE_LIMIT_TABLE}_`)
}

type Row = { points: number; expire: number | null }

/** rate-limiter-flexible's store contract over a libsql client (the SQLite adapter's own). */
class RateLimiterLibsql extends RateLimiterStoreAbstract {
  private readonly ready: () => Promise<unknown>
  constructor(
    private readonly db: Client,
    ready: () => Promise<unknown>,
    options: LimiterOptions & { insuranceLimiter?: RateLimiterAbstract },
  ) {
    super({ ...options, storeClient: db })
    this.ready = ready
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row): RateLimiterRes {
    const isFirstInDuration = changedPoints === row.points
    const consumed = isFirstInDuration ? changedPoints : row.points
    return new RateLimiterRes(Math.max(this.points - consumed, 0), row.expire ? Math.max(row.expire - Date.now(), 0) : -1, consumed, isFirstInDuration)
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    await this.ready()
    const now = Date.now()
    const expire = msDuration > 0 ? now + msDuration : null
    const rs = forceExpire
      ? await this.db.execute({ sql: `INSERT OR REPLACE INTO ${RATE_LIMIT_TABLE} (key, points, expire) VALUES (?, ?, ?) RETURNING points, expire`, args: [key, points, expire] })
      : await this.db.execute({
          sql: `INSERT INTO ${RATE_LIMIT_TABLE} (key, points, expire) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET
                  points = CASE WHEN expire IS NULL OR expire > ? THEN points + excluded.points ELSE excluded.points END,
                  expire = CASE WHEN expire IS NULL OR expire > ? THEN expire ELSE excluded.expire END
                RETURNING points, expire`,
          args: [key, points, expire, now, now],
        })
    const row = rs.rows[0]!
    return { points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) }
  }

  async _get(key: string): Promise<Row | null> {
    await this.ready()
    const rs = await this.db.execute({ sql: `SELECT points, expire FROM ${RATE_LIMIT_TABLE} WHERE key = ? AND (expire > ? OR expire IS NULL)`, args: [key, Date.now()] })
    const row = rs.rows[0]
    return row ? { points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) } : null
  }

  async _delete(key: string): Promise<boolean> {
    await this.ready()
    const rs = await this.db.execute({ sql: `DELETE FROM ${RATE_LIMIT_TABLE} WHERE key = ?`, args: [key] })
    return rs.rowsAffected > 0
  }
}

/** Limiters over one libsql client (exported for the test that plays two processes on one file). */
export function sqliteLimiterFactory(db: Client): LimiterFactory {
  // Created on first use; a failure (database locked at start-up) is retried on the next hit, and
  // meanwhile the insurance limiter counts.
  let created: Promise<unknown> | null = null
  const ready = () =>
    (created ??= db
      .execute(`CREATE TABLE IF NOT EXISTS ${RATE_LIMIT_TABLE} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`)
      .then(() => db.execute(`CREATE INDEX IF NOT EXISTS ${RATE_LIMIT_TABLE}_expire_idx ON ${RATE_LIMIT_TABLE} (expire)`))
      .catch((error: unknown) => {
        created = null
        throw error
      }))
  // Expired rows are swept at most every 10 minutes, on the back of a hit (no timer to keep alive).
  let lastSweep = Date.now()
  const sweep = () => {
    if (Date.now() - lastSweep < 10 * 60_000) return
    lastSweep = Date.now()
    ready()
      .then(() => db.execute({ sql: `DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < ?`, args: [Date.now() - 60_000] }))
      .catch(() => undefined)
  }
  return (options) => {
    const limiter = new RateLimiterLibsql(db, ready, { ...options, insuranceLimiter: insurance(options) })
    const consume = limiter.consume.bind(limiter)
    limiter.consume = (...args: Parameters<typeof consume>) => {
      sweep()
      return consume(...args)
    }
    return limiter
  }
}

function insurance(options: LimiterOptions): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.duration, blockDuration: options.blockDuration })
}

type RedisClient = import('ioredis').Redis

/** Limiters over one ioredis client (exported for the Redis test). */
export function redisLimiterFactory(client: RedisClient): LimiterFactory {
  return (options) => new RateLimiterRedis({ ...options, storeClient: client, useRedisPackage: false, rejectIfRedisNotReady: true, insuranceLimiter: insurance(options) })
}

let redis: Promise<RedisClient> | null = null

/** One client per process. No offline queue: while Redis is unreachable a hit fails at once and the insurance limiter answers. */
function redisClient(url: string): Promise<RedisClient> {
  redis ??= import('ioredis').then(async ({ Redis }) => {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 })
    client.on('error', () => undefined) // reconnects on its own; meanwhile hits fall back to memory
    // Wait (briefly) for the first connection, so the first requests are counted in Redis.
    await new Promise<void>((resolve) => {
      const done = () => resolve()
      client.once('ready', done)
      setTimeout(done, 2000).unref()
    })
    return client
  })
  return redis
}

/** Limiters over one MongoDB client (exported for the test that plays two processes on one database). */
export function mongoLimiterFactory(client: unknown, dbName: string): LimiterFactory {
  return (options) => new RateLimiterMongo({ ...options, storeClient: client, dbName, tableName: RATE_LIMIT_TABLE, insuranceLimiter: insurance(options) })
}

const factories = new WeakMap<Payload, Promise<LimiterFactory>>()

/** The limiter factory for this Payload instance (created once). */
export function limiterFactory(payload: Payload): Promise<LimiterFactory> {
  let pending = factories.get(payload)
  if (!pending) {
    pending = open(payload)
    factories.set(payload, pending)
    pending.catch(() => factories.delete(payload))
  }
  return pending
}

async function open(payload: Payload): Promise<LimiterFactory> {
  const url = process.env.REDIS_URL
  if (url) return redisLimiterFactory(await redisClient(url))
  const db = payload.db as unknown as { name: string; client?: Client; connection?: { getClient(): unknown; db?: { databaseName: string } } }
  if (db.name === 'sqlite') {
    if (!db.client) throw new Error('rate limit: the SQLite client is not open')
    return sqliteLimiterFactory(db.client)
  }
  if (db.name === 'mongoose') {
    const connection = db.connection
    if (!connection?.db) throw new Error('rate limit: the MongoDB connection is not open')
    return mongoLimiterFactory(connection.getClient(), connection.db.databaseName)
  }
  throw new Error(`rate limit: unsupported database adapter "${db.name}"`)
}
