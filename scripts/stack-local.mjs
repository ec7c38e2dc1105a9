#!/usr/bin/env node
/**
 * `npm run stack:local`: the production shape on this machine, without Docker — Debian's nginx
 * (deploy/nginx.conf) → two `next start` on one SQLite file (WAL) → Redis (shared cache tags and
 * rate limits). Runs until Ctrl-C, then stops everything it started. See scripts/lib/stack.mjs.
 */
import * as stack from './lib/stack.mjs'

if (!stack.hasTools()) {
  console.error('stack:local needs nginx and redis-server (Debian: apt-get install -y nginx-light redis-server)')
  process.exit(2)
}
stack.ensureBuild()
stack.ensureDatabase()
stack.startRedis()
await Promise.all([stack.startInstance('a'), stack.startInstance('b')])
await stack.startNginx()
const { ports } = stack
stack.log(`front http://127.0.0.1:${ports.front} (micro-cache), http://127.0.0.1:${ports.frontNoCache} (no cache); instances :${ports.a} (runs jobs), :${ports.b}; redis :${ports.redis}; logs in data/stack/`)
const shutdown = async () => {
  stack.log('stopping')
  await stack.stopAll()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
