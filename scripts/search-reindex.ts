/**
 * `npm run search:reindex`: clears the site search index and rebuilds it from every published
 * document through the Local API (SQLite FTS5 or MongoDB text index, whichever DATABASE_URL
 * selects). Safe to run while the site is up: searches return fewer results until it finishes.
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { rebuildSearchIndex } from '../src/search/sync'
import { getSearchIndex } from '../src/search/payload-index'

const started = Date.now()
const payload = await getPayload({ config })
try {
  const counts = await rebuildSearchIndex(payload, (m) => console.log(`[search] ${m}`))
  const stats = await (await getSearchIndex(payload)).stats()
  const total = Object.values(counts).reduce((a, b) => a + b, 0)
  if (total !== stats.docs) throw new Error(`index holds ${stats.docs} rows, ${total} written`)
  console.log(`[search] index rebuilt: ${stats.docs} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await payload.destroy()
}
process.exit(0)
