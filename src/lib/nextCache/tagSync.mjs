/**
 * Tag expiry shared by every app instance through Redis (used by ./handler.mjs, the Next.js
 * `cacheHandler` when REDIS_URL is set).
 *
 * Next keeps the time each cache tag was revalidated in one process-wide map (`tagsManifest`,
 * next/dist/server/lib/incremental-cache/tags-manifest.external) and checks every cached page and
 * data read against it in memory. A `revalidateTag()` on instance A only updates A's map, so B
 * kept serving the old page. Here every revalidation is also written to a Redis hash (so an
 * instance that starts later, or restarts, reads every expiry it missed before it serves) and
 * published on a channel that every instance subscribes to (so the others apply it within
 * milliseconds). Reads stay in memory: no I/O per request.
 */

export const TAGS_HASH = 'portal:next:tags'
export const TAGS_CHANNEL = 'portal:next:tags'

/** Later wins per field, so an older message never undoes a newer expiry. */
export function mergeTagEntry(current, incoming) {
  const out = { ...(current ?? {}) }
  for (const field of ['stale', 'expired']) {
    const value = incoming?.[field]
    if (typeof value === 'number' && Number.isFinite(value) && !(typeof out[field] === 'number' && out[field] >= value)) out[field] = value
  }
  return out
}

/** Parses a stored or published entry; anything malformed is ignored (null). */
export function parseTagEntry(raw) {
  try {
    const value = JSON.parse(raw)
    if (!value || typeof value !== 'object') return null
    const entry = mergeTagEntry({}, value)
    return Object.keys(entry).length ? entry : null
  } catch {
    return null
  }
}

function tagOf(message) {
  try {
    const { tag } = JSON.parse(message)
    return typeof tag === 'string' && tag ? tag : null
  } catch {
    return null
  }
}

/**
 * @param {object} options
 * @param {Map<string, {stale?: number, expired?: number}>} options.manifest Next's tagsManifest (or a test map)
 * @param {() => import('ioredis').Redis} options.connect a new Redis connection (called twice: commands, subscriber)
 * @param {(message: string, error?: unknown) => void} [options.log]
 * @param {number} [options.startTimeoutMs] longest wait for Redis at start (default 2 s)
 */
export function createTagSync({ manifest, connect, log = (m, e) => console.error(`[cache] ${m}`, e ?? ''), startTimeoutMs = 2000 }) {
  const client = connect()
  const subscriber = connect()
  let reported = false
  for (const connection of [client, subscriber]) {
    connection.on('error', (error) => {
      if (!reported) log('Redis error (tag expiry is not shared while it lasts)', error)
      reported = true
    })
    connection.on('ready', () => (reported = false))
  }
  const apply = (tag, entry) => {
    if (entry) manifest.set(tag, mergeTagEntry(manifest.get(tag), entry))
  }
  subscriber.on('message', (_channel, message) => {
    const tag = tagOf(message)
    if (tag) apply(tag, parseTagEntry(message))
  })
  const load = async () => {
    const all = await client.hgetall(TAGS_HASH)
    for (const [tag, raw] of Object.entries(all)) apply(tag, parseTagEntry(raw))
  }
  // Subscribe before loading, so nothing published in between is missed.
  // An instance never waits more than startTimeoutMs for Redis before it serves.
  const ready = Promise.race([
    subscriber
      .subscribe(TAGS_CHANNEL)
      .then(load)
      .catch((error) => log('Redis unreachable: tag expiry is not shared until it answers', error)),
    new Promise((resolve) => setTimeout(resolve, startTimeoutMs).unref?.()),
  ])
  // After a lost connection, read what was missed while away.
  subscriber.on('ready', () => void load().catch(() => undefined))

  return {
    ready,
    /** Call after the local revalidation: shares the local entries of these tags. */
    async publish(tags) {
      await ready
      const multi = client.multi()
      for (const tag of tags) {
        const entry = manifest.get(tag)
        if (!entry) continue
        const raw = JSON.stringify(entry)
        // Keep the newest entry if another instance wrote one meanwhile (compare in Redis).
        multi.eval(MERGE_SCRIPT, 1, TAGS_HASH, tag, raw)
        multi.publish(TAGS_CHANNEL, JSON.stringify({ tag, ...entry }))
      }
      try {
        await multi.exec()
      } catch (error) {
        log('could not share a tag revalidation', error)
      }
    },
    async close() {
      await Promise.allSettled([client.quit(), subscriber.quit()])
    },
  }
}

// HSET the field unless the stored entry is at least as new on both fields.
const MERGE_SCRIPT = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
local new = cjson.decode(ARGV[2])
if cur then
  local old = cjson.decode(cur)
  for _, f in ipairs({'stale', 'expired'}) do
    if old[f] and (not new[f] or old[f] > new[f]) then new[f] = old[f] end
  end
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(new))
return 1`
