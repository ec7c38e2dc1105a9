/**
 * Backups of the portal: one timestamped `.tar.gz` holding a consistent copy of the
 * database and the media folder, and its restore into an empty install. Used by
 * `npm run backup` (scripts/backup.ts) and `npm run restore` (scripts/restore.ts).
 *
 * Archive layout:
 *   manifest.json      format, kind (sqlite | mongodb), time, table/collection counts, media totals
 *   database.sqlite    SQLite: an online snapshot made with `VACUUM INTO` (never a copy of the live
 *                      file, which may be mid-transaction and has its recent pages in the -wal file)
 *   mongo.archive.gz   MongoDB: `mongodump --archive --gzip`
 *   media/             MEDIA_DIR (images/, files/, budget-tables/)
 *
 * Order: database first, then media. Payload writes an upload's file before its row, so every file
 * the snapshot references already exists when the media is copied; files deleted in between are
 * reported in the manifest (`missingMedia`) rather than silently absent.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'

export const ARCHIVE_PREFIX = 'hatinh-backup-'
export const FORMAT = 1

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'mongodb'; url: string }

export interface Manifest {
  format: number
  kind: DatabaseTarget['kind']
  createdAt: string
  /** Rows per table (SQLite) — what a restore is compared against. */
  tables: Record<string, number>
  media: { files: number; bytes: number }
  /** Files the database references that were not in MEDIA_DIR when it was copied. */
  missingMedia: string[]
}

/** The database DATABASE_URL selects, resolved the way payload.config.ts does. */
export function databaseTarget(url = process.env.DATABASE_URL, root = process.cwd()): DatabaseTarget {
  if (url && /^mongodb(\+srv)?:\/\//.test(url)) return { kind: 'mongodb', url }
  if (!url) return { kind: 'sqlite', file: path.resolve(root, 'data', 'portal.db') }
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must be file:… or mongodb://… (got ${url.split(':')[0]}:)`)
  const p = decodeURIComponent(url.replace(/^file:(\/\/(localhost)?)?/, '').replace(/\?.*$/, ''))
  return { kind: 'sqlite', file: path.resolve(root, p) }
}

export function mediaDir(root = process.cwd()): string {
  return path.resolve(root, process.env.MEDIA_DIR ?? 'media')
}

export function backupDir(root = process.cwd()): string {
  return path.resolve(root, process.env.BACKUP_DIR ?? 'backups')
}

/** `hatinh-backup-20261203T141500Z.tar.gz` (UTC, sortable). */
export function archiveName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return `${ARCHIVE_PREFIX}${stamp}.tar.gz`
}

export function archiveDate(name: string): Date | null {
  const m = new RegExp(`^${ARCHIVE_PREFIX}(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z\\.tar\\.gz$`).exec(name)
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : null
}

/**
 * Which archives a retention of `daily` days and `weekly` weeks keeps: the newest archive of each
 * of the `daily` most recent days that have one, and the newest of each of the `weekly` most
 * recent ISO weeks (Monday-based, UTC) that have one. Names that are not archives are ignored.
 */
export function retained(names: string[], daily = 14, weekly = 8): Set<string> {
  const dated = names
    .map((name) => ({ name, at: archiveDate(name) }))
    .filter((a): a is { name: string; at: Date } => a.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime())
  const keep = new Set<string>()
  const pick = (bucket: (d: Date) => string, count: number) => {
    const seen = new Set<string>()
    for (const a of dated) {
      const key = bucket(a.at)
      if (seen.has(key)) continue
      if (seen.size >= count) break
      seen.add(key)
      keep.add(a.name)
    }
  }
  pick((d) => d.toISOString().slice(0, 10), daily)
  pick((d) => {
    const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)))
    return monday.toISOString().slice(0, 10)
  }, weekly)
  return keep
}

function run(cmd: string, args: string[]): void {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.error) throw new Error(`${cmd}: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${cmd} ${args[0] ?? ''} exited ${result.status}`)
}

export function hasCommand(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Rows per user table (FTS shadow tables included: the search index is compared too). */
export async function tableCounts(client: Client): Promise<Record<string, number>> {
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
  const counts: Record<string, number> = {}
  for (const row of tables.rows) {
    const name = String(row.name)
    const r = await client.execute(`SELECT count(*) AS n FROM ${ident(name)}`)
    counts[name] = Number(r.rows[0]!.n)
  }
  return counts
}

/** Every stored file name the database references (upload `filename` and image-size columns). */
async function referencedFiles(client: Client): Promise<string[]> {
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_v' ORDER BY name")
  const names = new Set<string>()
  for (const row of tables.rows) {
    const table = String(row.name)
    const columns = await client.execute({ sql: 'SELECT name FROM pragma_table_info(?)', args: [table] })
    for (const c of columns.rows) {
      const column = String(c.name)
      if (column !== 'filename' && !/^sizes_.+_filename$/.test(column)) continue
      const files = await client.execute(`SELECT DISTINCT ${ident(column)} AS f FROM ${ident(table)} WHERE ${ident(column)} IS NOT NULL`)
      for (const f of files.rows) names.add(String(f.f))
    }
  }
  return [...names]
}

function walk(dir: string): { files: string[]; bytes: number } {
  const files: string[] = []
  let bytes = 0
  if (!existsSync(dir)) return { files, bytes }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files.push(path.relative(dir, full))
    bytes += statSync(full).size
  }
  return { files: files.sort(), bytes }
}

export interface BackupResult {
  archive: string
  manifest: Manifest
}

/**
 * Writes one archive into `dir` and returns its path. Online: the portal may keep running (the
 * snapshot is one read transaction; in WAL mode it blocks no writer).
 */
export async function createBackup(opts: { db?: DatabaseTarget; media?: string; dir?: string; now?: Date; log?: (m: string) => void } = {}): Promise<BackupResult> {
  const db = opts.db ?? databaseTarget()
  const media = opts.media ?? mediaDir()
  const dir = opts.dir ?? backupDir()
  const log = opts.log ?? (() => {})
  mkdirSync(dir, { recursive: true })
  const staging = mkdtempSync(path.join(dir, '.staging-'))
  try {
    let tables: Record<string, number> = {}
    let referenced: string[] = []
    if (db.kind === 'sqlite') {
      if (!existsSync(db.file)) throw new Error(`no database at ${db.file}`)
      const snapshot = path.join(staging, 'database.sqlite')
      const source = createClient({ url: `file:${db.file}` })
      try {
        await source.execute('PRAGMA busy_timeout = 10000')
        await source.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
      } finally {
        source.close()
      }
      const copy = createClient({ url: `file:${snapshot}` })
      try {
        const check = await copy.execute('PRAGMA integrity_check')
        if (String(check.rows[0]?.[0]) !== 'ok') throw new Error(`snapshot failed its integrity check: ${String(check.rows[0]?.[0])}`)
        tables = await tableCounts(copy)
        referenced = await referencedFiles(copy)
      } finally {
        copy.close()
      }
      log(`database snapshot (VACUUM INTO): ${Object.keys(tables).length} tables`)
    } else {
      if (!hasCommand('mongodump')) throw new Error(`mongodump is not installed. Run by hand:\n  ${mongoCommands(db.url, '<dir>').dump}`)
      run('mongodump', [`--uri=${db.url}`, `--archive=${path.join(staging, 'mongo.archive.gz')}`, '--gzip'])
      log('database dump (mongodump)')
    }

    const stagedMedia = path.join(staging, 'media')
    mkdirSync(stagedMedia, { recursive: true })
    if (existsSync(media)) cpSync(media, stagedMedia, { recursive: true })
    const { files, bytes } = walk(stagedMedia)
    const present = new Set(files.map((f) => path.basename(f)))
    const missingMedia = referenced.filter((f) => !present.has(f)).sort()
    log(`media: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB${missingMedia.length ? `; ${missingMedia.length} referenced files missing` : ''}`)

    const at = opts.now ?? new Date()
    const manifest: Manifest = { format: FORMAT, kind: db.kind, createdAt: at.toISOString(), tables, media: { files: files.length, bytes }, missingMedia }
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    const archive = path.join(dir, archiveName(at))
    const partial = `${archive}.partial`
    run('tar', ['-czf', partial, '-C', staging, '.'])
    renameSync(partial, archive)
    return { archive, manifest }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** Deletes archives outside the retention; returns the deleted names. */
export function prune(dir: string, daily: number, weekly: number): string[] {
  if (!existsSync(dir)) return []
  const names = readdirSync(dir).filter((n) => archiveDate(n))
  const keep = retained(names, daily, weekly)
  const removed = names.filter((n) => !keep.has(n))
  for (const n of removed) rmSync(path.join(dir, n), { force: true })
  return removed
}

export function mongoCommands(url: string, dir: string): { dump: string; restore: string } {
  return {
    dump: `mongodump --uri="${url}" --archive="${dir}/mongo.archive.gz" --gzip`,
    restore: `mongorestore --uri="${url}" --archive="${dir}/mongo.archive.gz" --gzip`,
  }
}

// ---------------------------------------------------------------------------------------------
// Restore

export function extract(archive: string): { dir: string; manifest: Manifest } {
  if (!existsSync(archive)) throw new Error(`no archive at ${archive}`)
  const dir = mkdtempSync(path.join(path.dirname(path.resolve(archive)), '.restore-'))
  run('tar', ['-xzf', archive, '-C', dir])
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
  if (manifest.format !== FORMAT) throw new Error(`archive format ${manifest.format} is not ${FORMAT}`)
  return { dir, manifest }
}

/** Tables whose rows do not make an install "non-empty" (created by `npm run migrate`). */
const BOOKKEEPING = /^(payload_migrations|sqlite_.*)$/

/** What an SQLite install already holds: tables with rows (empty list = empty install). */
export async function sqliteContent(file: string): Promise<string[]> {
  if (!existsSync(file) || statSync(file).size === 0) return []
  const client = createClient({ url: `file:${file}` })
  try {
    const counts = await tableCounts(client)
    return Object.entries(counts)
      .filter(([name, n]) => n > 0 && !BOOKKEEPING.test(name))
      .map(([name, n]) => `${name} (${n})`)
  } finally {
    client.close()
  }
}

export function mediaContent(dir: string): number {
  return walk(dir).files.length
}

/** Moves an existing file or folder aside (kept, never deleted by a forced restore). */
export function moveAside(target: string, stamp: string): string | null {
  if (!existsSync(target)) return null
  const aside = `${target}.before-restore-${stamp}`
  renameSync(target, aside)
  return aside
}

/** Puts the extracted SQLite snapshot and media in place (the targets must be empty or gone). */
export function placeSqlite(extracted: string, file: string, media: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true })
  cpSync(path.join(extracted, 'database.sqlite'), file)
  placeMedia(extracted, media)
}

export function placeMedia(extracted: string, media: string): void {
  mkdirSync(media, { recursive: true })
  const source = path.join(extracted, 'media')
  if (existsSync(source)) cpSync(source, media, { recursive: true })
}
