/**
 * The Next.js `cacheHandler` (next.config.js sets it when REDIS_URL is set, and in the Docker
 * build): Next's own file-system cache (memory + .next/ on disk, so a restarted instance is not
 * cold) with tag expiry shared across instances through Redis (./tagSync.mjs). Without REDIS_URL
 * at run time it is exactly Next's default handler.
 */
import { createRequire } from 'node:module'
import { createTagSync } from './tagSync.mjs'

const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

let sync = null
function tagSync() {
  if (!process.env.REDIS_URL) return null
  if (!sync) {
    const { Redis } = require('ioredis')
    sync = createTagSync({
      manifest: tagsManifest,
      connect: () => new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: true }),
    })
  }
  return sync
}

export default class PortalCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    this.sync = tagSync()
  }

  async get(...args) {
    // Once per process: every expiry made while this instance was away is known before it serves.
    if (this.sync) await this.sync.ready
    return super.get(...args)
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    if (this.sync) await this.sync.publish(typeof tags === 'string' ? [tags] : tags)
  }
}
