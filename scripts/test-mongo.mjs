#!/usr/bin/env node
/**
 * Runs the integration suite (src/__tests__) and the search engine's contract suite
 * (src/search/contract.test.ts) against MongoDB. Needs a server: set MONGODB_URL,
 * e.g. MONGODB_URL=mongodb://127.0.0.1:27017 npm run test:mongo. Each test file uses its own
 * database (hatinh-test-…) and drops it afterwards. It includes the rate-limit store contract
 * (src/__tests__/ratelimit.rest.test.ts, "the shared store (MongoDB)": two connections share counts,
 * keys stored as HMACs) — on SQLite the same describe runs against the SQLite store.
 */
import { spawnSync } from 'node:child_process'

if (!process.env.MONGODB_URL) {
  console.error('test:mongo needs MONGODB_URL (a MongoDB server; none can be installed on the build machines).')
  process.exit(2)
}
const result = spawnSync('npx', ['vitest', 'run', 'src/__tests__', 'src/search/contract.test.ts', '--exclude', 'src/__tests__/health-db-down.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env },
})
process.exit(result.status ?? 1)
