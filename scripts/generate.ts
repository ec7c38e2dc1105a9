/**
 * Regenerates src/payload-types.ts and the admin import map from the config, and fails loudly if
 * either file was not written (the Payload CLI sometimes exits 0 having done nothing).
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import config from '../payload.config'

const started = Date.now()
const files = [path.resolve('src/payload-types.ts'), path.resolve('src/app/(payload)/admin/importMap.js')]
const resolved = await config
await generateTypes(resolved)
await generateImportMap(resolved, { force: true, log: true })
for (const file of files) {
  const mtime = statSync(file).mtimeMs
  if (mtime < started) {
    console.error(`[generate] ${file} was not rewritten`)
    process.exit(1)
  }
}
console.log('[generate] types and import map written')
process.exit(0)
