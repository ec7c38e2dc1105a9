/**
 * Writes src/routes/next-rules.generated.json (the route table as Next.js rewrites/redirects, read
 * by next.config.js). Rerun after changing src/routes/table.ts; src/routes/nextRules.test.ts fails
 * while the file is stale.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { nextRouteRules } from '../src/routes/nextRules'

const file = path.resolve(import.meta.dirname, '../src/routes/next-rules.generated.json')
writeFileSync(file, JSON.stringify(nextRouteRules(), null, 2) + '\n')
console.log(`wrote ${path.relative(process.cwd(), file)}`)
