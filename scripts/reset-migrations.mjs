#!/usr/bin/env node
/**
 * Development only, until the portal's first production release: replaces migrations/ with one
 * `initial` migration generated from the current config. After the first release, schema changes
 * are new migrations (`npm run migrate:create -- name`), never a reset.
 * The Payload CLI can exit 0 without writing anything, so the result is checked and retried.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve(import.meta.dirname, '..', 'migrations')
const generated = () => readdirSync(dir).filter((f) => /^\d{8}_\d{6}_.*\.ts$/.test(f))

for (const f of readdirSync(dir)) if (/^\d{8}_\d{6}_/.test(f)) rmSync(path.join(dir, f))
writeFileSync(path.join(dir, 'index.ts'), 'export const migrations = []\n')

for (let attempt = 1; attempt <= 4 && generated().length === 0; attempt++) {
  spawnSync('npx', ['payload', 'migrate:create', 'initial'], {
    stdio: 'inherit',
    env: { ...process.env, PAYLOAD_CONFIG_PATH: 'payload.config.ts', PAYLOAD_DB_PUSH: 'false' },
    cwd: path.resolve(dir, '..'),
  })
}
if (generated().length !== 1) {
  console.error('[migrations] the initial migration was not generated')
  process.exit(1)
}
console.log(`[migrations] ${generated()[0]}`)
