/**
 * Regenerates src/payload-types.ts and the admin import map from the config, and fails loudly if
 * either file was not written (the Payload CLI sometimes exits 0 having done nothing).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import config from '../payload.config'

const started = Date.now()
const files = [path.resolve('src/payload-types.ts'), path.resolve('src/app/(payload)/admin/importMap.js')]
const resolved = await config
await generateTypes(resolved)
await generateImportMap(resolved, { force: true, log: true })
// Payload leaves a file untouched when its content is unchanged, so check what it says, not its
// timestamp: every collection must appear in both files.
const [types, importMap] = files.map((f) => readFileSync(f, 'utf8'))
const missing = resolved.collections.map((c) => c.slug).filter((slug) => !types!.includes(`'${slug}'`) && !types!.includes(`"${slug}"`))
if (missing.length || !importMap!.includes('export const importMap')) {
  console.error(`[generate] out of date: ${missing.join(', ') || 'import map'}`)
  process.exit(1)
}
void started
console.log('[generate] types and import map written')
process.exit(0)
