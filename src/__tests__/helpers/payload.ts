import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export interface TestPayload {
  payload: Payload
  config: SanitizedConfig
  cleanup: () => Promise<void>
}

/**
 * Boots Payload on a throw-away database: a fresh SQLite file (schema pushed), or — when
 * MONGODB_URL is set (`npm run test:mongo`) — a uniquely named MongoDB database that is dropped
 * afterwards. Each test file runs in its own worker, so each gets its own instance.
 */
export async function bootPayload(name: string): Promise<TestPayload> {
  const unique = `${name}-${process.pid}-${Date.now()}`
  let file: string | null = null
  if (process.env.MONGODB_URL) {
    const url = new URL(process.env.MONGODB_URL)
    url.pathname = `/hatinh-test-${unique}`
    process.env.DATABASE_URL = url.toString()
  } else {
    file = path.join(os.tmpdir(), `hatinh-${unique}.db`)
    process.env.DATABASE_URL = `file:${file}`
    process.env.PAYLOAD_DB_PUSH = 'true'
  }
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
  process.env.MEDIA_DIR = path.join(os.tmpdir(), `hatinh-media-${unique}`)
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    cleanup: async () => {
      if (process.env.MONGODB_URL) await payload.db.dropDatabase?.({ adapter: payload.db } as never)
      await payload.destroy()
      if (file) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
      rmSync(process.env.MEDIA_DIR!, { recursive: true, force: true })
    },
  }
}
