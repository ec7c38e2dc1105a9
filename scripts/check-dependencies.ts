/**
 * `npm run check:deps` (part of `npm test`): known advisories never come back.
 * 1. Every package in scripts/version-floors.json resolves, in package-lock.json, at or above its
 *    floor (each row names the advisories that set it). Fails the run otherwise.
 * 2. `npm audit --omit=dev --audit-level=high` where the registry answers it. The registry reachable
 *    from the project's machines answers the audit endpoint with HTTP 405: then the step prints
 *    "audit unavailable" with the reason and goes on; real findings still fail the run.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkFloors, inconsistentRows, unmatchedRows, type FloorTable, type LockPackages } from '../src/lib/dependencies/versionFloors'

const root = path.resolve(import.meta.dirname, '..')
const table = JSON.parse(readFileSync(path.join(root, 'scripts/version-floors.json'), 'utf8')) as FloorTable
const lock = (JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: LockPackages }).packages

let failed = false
const bad = inconsistentRows(table)
const missing = unmatchedRows(table, lock)
if (bad.length) {
  console.error(`[deps] version-floors.json: rows without advisories or below their own fixed versions: ${bad.join(', ')}`)
  failed = true
}
if (missing.length) {
  console.error(`[deps] version-floors.json names packages the lock file does not contain: ${missing.join(', ')}`)
  failed = true
}
const violations = checkFloors(table, lock)
for (const v of violations) console.error(`[deps] ${v.path} is ${v.version}, below the floor ${v.floor} (${v.advisories.join(', ')})`)
if (violations.length) failed = true
else console.log(`[deps] version floors: ${table.floors.length} rows, every resolved copy at or above its floor`)

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
let report: { message?: string; statusCode?: number; metadata?: { vulnerabilities?: Record<string, number> } } = {}
try {
  report = JSON.parse(audit.stdout || '{}')
} catch {
  report = {}
}
const counts = report.metadata?.vulnerabilities
if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0)
  console.log(`[deps] npm audit: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`)
  if (serious > 0) {
    console.error('[deps] npm audit found high or critical advisories: run `npm audit --omit=dev` and raise the floors in scripts/version-floors.json')
    failed = true
  }
} else {
  const reason = report.message || audit.error?.message || (audit.stderr || '').split('\n').find((l) => l.trim()) || `exit ${audit.status}`
  console.log(`[deps] audit unavailable (${reason.trim()}): the version floors above are the check that ran`)
}
process.exit(failed ? 1 : 0)
