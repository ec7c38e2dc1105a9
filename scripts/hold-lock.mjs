#!/usr/bin/env node
/**
 * Test tool: holds the write lock of an SQLite file from another process, as a stuck writer,
 * a long migration or a backup tool would. `node scripts/hold-lock.mjs <file.db> <ms>` starts a
 * write transaction (BEGIN IMMEDIATE plus one uncommitted write), prints "locked", holds it for
 * <ms>, rolls back and prints "released". Used by src/__tests__/busy-database.test.ts and
 * e2e/busy-database.spec.ts.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const Database = require('libsql')
const [file, ms = '8000'] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/hold-lock.mjs <file.db> <ms>')
  process.exit(2)
}
const db = new Database(file)
db.exec('PRAGMA busy_timeout = 10000')
// BEGIN IMMEDIATE can answer SQLITE_BUSY at once (without the busy handler) while another
// connection is finishing a write: retry for up to 10 s.
for (const started = Date.now(); ; ) {
  try {
    db.exec('BEGIN IMMEDIATE')
    break
  } catch (error) {
    if (error?.code !== 'SQLITE_BUSY' || Date.now() - started > 10_000) throw error
    await new Promise((r) => setTimeout(r, 20))
  }
}
db.exec('CREATE TABLE IF NOT EXISTS lock_holder_probe (at INTEGER)')
db.exec(`INSERT INTO lock_holder_probe (at) VALUES (${Date.now()})`)
console.log('locked')
setTimeout(() => {
  db.exec('ROLLBACK')
  db.close()
  console.log('released')
  process.exit(0)
}, Number(ms))
