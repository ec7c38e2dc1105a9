/**
 * `npm run restore -- <archive> [--force]`: brings a `npm run backup` archive back into an EMPTY
 * install (the database DATABASE_URL selects and MEDIA_DIR), runs pending migrations and rebuilds
 * the search index. An install that already holds content is refused unless `--force`, which
 * moves the existing database file and media folder aside (`….before-restore-<time>`), never
 * deletes them. Stop the portal first. MongoDB: `mongorestore` must be installed.
 */
import { rmSync } from 'node:fs'
import { databaseTarget, extract, hasCommand, mediaContent, mediaDir, mongoCommands, moveAside, placeMedia, placeSqlite, sqliteContent, tableCounts } from './lib/backup'

/** The install is not empty: refused, nothing touched (exit 3). */
class Refused extends Error {}

const args = process.argv.slice(2)
const force = args.includes('--force')
const archive = args.find((a) => !a.startsWith('--'))
if (!archive) {
  console.error('usage: npm run restore -- <archive.tar.gz> [--force]')
  process.exit(2)
}

const log = (m: string) => console.log(`[restore] ${m}`)
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
const target = databaseTarget()
const media = mediaDir()
const started = Date.now()
const { dir, manifest } = extract(archive)
let exitCode = 0
try {
  if (manifest.kind !== target.kind) throw new Error(`the archive holds a ${manifest.kind} database but DATABASE_URL selects ${target.kind}`)
  log(`archive of ${manifest.createdAt}: ${manifest.media.files} media files`)

  const mediaFiles = mediaContent(media)
  if (target.kind === 'sqlite') {
    const content = await sqliteContent(target.file)
    if ((content.length || mediaFiles) && !force) {
      throw new Refused(`this install is not empty (${[...content.slice(0, 5), mediaFiles ? `${mediaFiles} media files` : ''].filter(Boolean).join(', ')}${content.length > 5 ? ', …' : ''}). Restore into an empty install, or pass --force to move the current database and media aside.`)
    }
    for (const moved of [moveAside(target.file, stamp), moveAside(`${target.file}-wal`, stamp), moveAside(`${target.file}-shm`, stamp), moveAside(media, stamp)]) {
      if (moved) log(`moved aside: ${moved}`)
    }
    placeSqlite(dir, target.file, media)
    log(`database → ${target.file}, media → ${media}`)
  } else {
    if (!hasCommand('mongorestore')) throw new Error(`mongorestore is not installed. Run by hand (after extracting the archive into <dir>):\n  ${mongoCommands(target.url, '<dir>').restore}\n  and copy <dir>/media into MEDIA_DIR`)
    if (mediaFiles && !force) throw new Refused(`MEDIA_DIR already holds ${mediaFiles} files; pass --force to move it aside.`)
    const moved = moveAside(media, stamp)
    if (moved) log(`moved aside: ${moved}`)
  }

  // Payload on the restored database: migrations (the archive may predate the code), the
  // emptiness check for MongoDB, the restore itself for MongoDB, then the search index.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    if (target.kind === 'mongodb') {
      const users = (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs
      const agencies = (await payload.count({ collection: 'agencies', overrideAccess: true })).totalDocs
      if ((users || agencies) && !force) throw new Refused(`this MongoDB database is not empty (${users} users, ${agencies} agencies); pass --force to replace it (mongorestore --drop).`)
      const { spawnSync } = await import('node:child_process')
      const r = spawnSync('mongorestore', [`--uri=${target.url}`, `--archive=${dir}/mongo.archive.gz`, '--gzip', ...(force ? ['--drop'] : [])], { stdio: 'inherit' })
      if (r.status !== 0) throw new Error(`mongorestore exited ${r.status}`)
      placeMedia(dir, media)
    } else {
      // A schema that was pushed (tests, PAYLOAD_DB_PUSH) records a batch -1 row instead of
      // migrations; migrating it would ask an interactive question, so it is left as it is.
      const recorded = await payload.find({ collection: 'payload-migrations', limit: 1000, pagination: false, overrideAccess: true })
      if (recorded.docs.some((m) => m.batch === -1)) {
        log('schema was pushed, not migrated: migrations skipped')
      } else {
        const { sqliteMigrations } = await import('./lib/migrations')
        await payload.db.migrate({ migrations: sqliteMigrations })
      }
    }
    const { rebuildSearchIndex } = await import('../src/search/sync')
    const { getSearchIndex } = await import('../src/search/payload-index')
    const counts = await rebuildSearchIndex(payload, (m) => log(`search: ${m}`))
    const stats = await (await getSearchIndex(payload)).stats()
    const written = Object.values(counts).reduce((a, b) => a + b, 0)
    if (written !== stats.docs) throw new Error(`search index holds ${stats.docs} rows, ${written} written`)
    log(`search index rebuilt: ${stats.docs} rows`)
    if (target.kind === 'sqlite') {
      const client = (payload.db as unknown as { client: Parameters<typeof tableCounts>[0] }).client
      const now = await tableCounts(client)
      const differ = Object.entries(manifest.tables).filter(([t, n]) => !t.startsWith('search_') && t !== 'payload_migrations' && now[t] !== n)
      if (differ.length) throw new Error(`restored row counts differ from the archive: ${differ.map(([t, n]) => `${t} ${now[t]} ≠ ${n}`).join(', ')}`)
    }
  } finally {
    await payload.destroy()
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(`[restore] ${error instanceof Refused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = error instanceof Refused ? 3 : 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(exitCode)
