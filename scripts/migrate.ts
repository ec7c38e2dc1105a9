/**
 * Runs pending migrations on the configured database and verifies that they were recorded
 * (the Payload CLI can exit 0 without doing anything, so it is not used here).
 */
import { getPayload } from 'payload'
import { sqliteMigrations as migrations } from './lib/migrations'
import config from '../payload.config'

const payload = await getPayload({ config })
try {
  if (payload.db.name === 'mongoose') {
    console.log('[migrate] MongoDB: no schema migrations to run.')
  } else {
    await payload.db.migrate({ migrations })
    const recorded = await payload.find({ collection: 'payload-migrations', limit: 1000, pagination: false, overrideAccess: true })
    const names = new Set(recorded.docs.map((d) => d.name))
    const missing = migrations.filter((m) => !names.has(m.name))
    if (missing.length) {
      console.error(`[migrate] not applied: ${missing.map((m) => m.name).join(', ')}`)
      process.exit(1)
    }
    console.log(`[migrate] schema up to date (${migrations.length} migration${migrations.length === 1 ? '' : 's'}).`)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
