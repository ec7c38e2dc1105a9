#!/usr/bin/env node
/**
 * `npm run demo`: the whole portal with demo content on the embedded SQLite database.
 * Migrates data/portal.db, loads the demo content (idempotent), builds, and serves
 * http://localhost:3000 (PORT to change it), printing the demo logins.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT ?? '3000'
const env = {
  ...process.env,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'demo-secret-only-for-the-local-demo',
  NEXT_TELEMETRY_DISABLED: '1',
}

function step(label, cmd, args) {
  const started = Date.now()
  console.log(`\n[demo] ${label}…`)
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`[demo] ${label} failed (exit ${result.status})`)
    process.exit(result.status ?? 1)
  }
  console.log(`[demo] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

mkdirSync(path.join(root, 'data'), { recursive: true })
step('migrating the database', 'npx', ['tsx', 'scripts/migrate.ts'])
step('loading demo content', 'npx', ['tsx', 'scripts/seed.ts'])
step('building the search index', 'npx', ['tsx', 'scripts/search-reindex.ts'])
step('building the portal', 'npx', ['next', 'build'])

const password = process.env.DEMO_PASSWORD || 'HaTinh-demo-2026'
console.log(`
[demo] Portal:  http://localhost:${port}/vi   (English: /en)
[demo] Admin:   http://localhost:${port}/admin
[demo] Demo logins (password: ${password}):
         admin@hatinh.gov.vn          province IT administrator
         bientap.khcn@hatinh.gov.vn   editor, Department of Science and Technology
         duyet.khcn@hatinh.gov.vn     publisher, Department of Science and Technology
         dich.khcn@hatinh.gov.vn      translator, Department of Science and Technology
         bientap.stc@hatinh.gov.vn    editor, Department of Finance
         duyet.stc@hatinh.gov.vn      publisher, Department of Finance
         duyet.kkt@hatinh.gov.vn      publisher, Economic Zone Authority (receives investors' enquiries)
         duyet.stp@hatinh.gov.vn      publisher, Department of Justice (keeps the legal consultants' directory)
`)
const server = spawn('npx', ['next', 'start', '-p', port], { cwd: root, stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } })
server.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
