/**
 * `npm run backup [-- --prune]`: one consistent, timestamped archive of the database and MEDIA_DIR
 * in BACKUP_DIR (default ./backups): `hatinh-backup-YYYYMMDDTHHMMSSZ.tar.gz`. Runs while the
 * portal is up. SQLite: `VACUUM INTO` snapshot; MongoDB: `mongodump` (must be installed).
 * `--prune` then deletes archives outside the retention (BACKUP_KEEP_DAILY days, default 14, and
 * BACKUP_KEEP_WEEKLY weeks, default 8). See the README, "Backups".
 */
import { backupDir, createBackup, prune } from './lib/backup'

const started = Date.now()
try {
  const { archive, manifest } = await createBackup({ log: (m) => console.log(`[backup] ${m}`) })
  for (const f of manifest.missingMedia) console.warn(`[backup] referenced but missing from MEDIA_DIR: ${f}`)
  console.log(`[backup] wrote ${archive} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (process.argv.includes('--prune')) {
    const removed = prune(backupDir(), Number(process.env.BACKUP_KEEP_DAILY ?? 14), Number(process.env.BACKUP_KEEP_WEEKLY ?? 8))
    console.log(`[backup] retention: ${removed.length ? `deleted ${removed.join(', ')}` : 'nothing to delete'}`)
  }
} catch (error) {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
process.exit(0)
