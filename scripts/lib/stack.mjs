/**
 * The local multi-instance stack, without Docker (`npm run stack:local`, `npm run test:stack`,
 * `npm run bench:load`): Debian's nginx (deploy/nginx.conf with local ports and paths) → two
 * `next start` processes on one SQLite file (WAL) → Redis for the shared cache tags and the rate
 * limiter. Instance A also runs the scheduled jobs (JOBS_AUTORUN), B does not, as the worker would.
 *
 * Ports (STACK_PORT_BASE, default 3900): A +1, B +2, bare Next +3, front +10, front without cache
 * +11, nginx serving captured bytes +12, Redis +20. Everything lives in data/stack/.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
const base = Number(process.env.STACK_PORT_BASE ?? 3900)
export const ports = {
  a: base + 1,
  b: base + 2,
  bare: base + 3,
  front: base + 10,
  frontNoCache: base + 11,
  static: base + 12,
  redis: base + 20,
}
export const dir = path.join(root, 'data', 'stack')
export const dbFile = path.join(dir, 'stack.db')
const started = []

export const appEnv = (extra = {}) => ({
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${dbFile}`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'stack-local-secret-not-for-production',
  PUBLIC_URL: `http://127.0.0.1:${ports.front}`,
  MEDIA_DIR: path.join(dir, 'media'),
  REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
  TRUST_PROXY: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
})

export function log(message) {
  console.log(`[stack] ${message}`)
}

function run(cmd, args, env) {
  const t0 = Date.now()
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env })
  log(`${cmd} ${args.join(' ')}: ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${result.status}`)
  return result.status ?? 1
}

/** A production build (reused when .next/BUILD_ID exists, as the e2e runner's is). */
export function ensureBuild() {
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && process.env.STACK_REBUILD !== '1') return
  if (run('npx', ['next', 'build'], appEnv({ REDIS_URL: '' })) !== 0) throw new Error('next build failed')
}

/** A migrated, seeded database (kept between runs unless STACK_FRESH=1). */
export function ensureDatabase() {
  mkdirSync(dir, { recursive: true })
  if (existsSync(dbFile) && process.env.STACK_FRESH !== '1') return
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true })
  for (const script of ['scripts/migrate.ts', 'scripts/seed.ts', 'scripts/search-reindex.ts']) {
    let status = run('npx', ['tsx', script], appEnv({ REDIS_URL: '' }))
    if (status === 13) status = run('npx', ['tsx', script], appEnv({ REDIS_URL: '' })) // start-up never settled (scripts/e2e.mjs)
    if (status !== 0) throw new Error(`${script} failed`)
  }
}

function spawnLogged(name, cmd, args, env) {
  const out = path.join(dir, `${name}.log`)
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: false })
  const chunks = []
  const write = (data) => chunks.push(data)
  child.stdout.on('data', write)
  child.stderr.on('data', write)
  child.on('exit', () => writeFileSync(out, Buffer.concat(chunks)))
  child.logFile = out
  child.name = name
  started.push(child)
  return child
}

export async function waitFor(url, { timeoutMs = 90_000, ok = (r) => r.status < 500, headers = {} } = {}) {
  const t0 = Date.now()
  for (;;) {
    try {
      const response = await fetch(url, { redirect: 'manual', headers, signal: AbortSignal.timeout(5000) })
      if (ok(response)) return response
    } catch {
      // not up yet
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

export function startRedis() {
  return spawnLogged('redis', 'redis-server', ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], process.env)
}

/** One `next start` instance; `name` a or b. */
export async function startInstance(name, extraEnv = {}) {
  const port = ports[name]
  const child = spawnLogged(`app-${name}`, process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], appEnv({
    JOBS_AUTORUN: name === 'a' ? 'true' : 'false',
    INTERNAL_URL: `http://127.0.0.1:${port}`,
    ...extraEnv,
  }))
  await waitFor(`http://127.0.0.1:${port}/api/health`)
  return child
}

/** deploy/nginx.conf with this machine's ports and paths (the `# stack:` lines replaced). */
export function writeNginxConfig({ staticDir } = {}) {
  const conf = path.join(dir, 'nginx')
  mkdirSync(path.join(conf, 'cache'), { recursive: true })
  mkdirSync(path.join(conf, 'tmp'), { recursive: true })
  const locations = readFileSync(path.join(root, 'deploy', 'portal-locations.conf'), 'utf8')
  writeFileSync(path.join(conf, 'portal-locations.conf'), locations)
  writeFileSync(path.join(conf, 'portal-locations-nocache.conf'), locations.replace(/proxy_cache portal;/g, 'proxy_cache off;'))
  const brotli = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so')
  writeFileSync(path.join(conf, 'portal-brotli.conf'), brotli ? readFileSync(path.join(root, 'deploy', 'portal-brotli.conf'), 'utf8') : '')
  let upstreamDone = false
  const lines = readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8').split('\n').map((line) => {
    const marker = line.match(/# stack:(\w+)/)?.[1]
    const indent = line.match(/^\s*/)[0]
    switch (marker) {
      case undefined:
        return line
      case 'modules':
        return brotli ? 'load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;' : ''
      case 'pid':
        return `pid ${path.join(conf, 'nginx.pid')};`
      case 'error_log':
        return `error_log ${path.join(conf, 'error.log')} warn;`
      case 'mime':
        return `${indent}include /etc/nginx/mime.types;`
      case 'client_temp':
        return `${indent}client_body_temp_path ${path.join(conf, 'tmp', 'client')};\n${indent}fastcgi_temp_path ${path.join(conf, 'tmp', 'fastcgi')};\n${indent}uwsgi_temp_path ${path.join(conf, 'tmp', 'uwsgi')};\n${indent}scgi_temp_path ${path.join(conf, 'tmp', 'scgi')};`
      case 'proxy_temp':
        return `${indent}proxy_temp_path ${path.join(conf, 'tmp', 'proxy')};`
      case 'upstream':
        if (upstreamDone) return ''
        upstreamDone = true
        return [ports.a, ports.b].map((p) => `${indent}server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n')
      case 'cache_path':
        return `${indent}proxy_cache_path ${path.join(conf, 'cache')} levels=1:2 keys_zone=portal:32m max_size=256m inactive=1d use_temp_path=off;`
      case 'brotli':
        return `${indent}include ${path.join(conf, 'portal-brotli.conf')};`
      case 'listen_portal':
        return `${indent}listen 127.0.0.1:${ports.front};`
      case 'server_name':
        return `${indent}server_name 127.0.0.1 localhost;`
      case 'listen_default':
        return `${indent}listen 127.0.0.1:${ports.front} default_server;`
      case 'locations':
        return `${indent}include ${path.join(conf, 'portal-locations.conf')};`
      default:
        return line
    }
  })
  // The benchmark's extra fronts: the same two instances with the cache off, and the captured bytes.
  const extra = [
    '  server {',
    `    listen 127.0.0.1:${ports.frontNoCache};`,
    '    set $portal_site "portal";',
    `    include ${path.join(conf, 'portal-locations-nocache.conf')};`,
    '  }',
  ]
  if (staticDir) {
    // gzip_static: the captured bytes' .gz beside them, as the front serves Next's compressed answers
    // from its cache (compressing on the fly on every request made this reference the slow one).
    extra.push('  server {', `    listen 127.0.0.1:${ports.static};`, `    root ${staticDir};`, '    default_type text/html;', '    gzip_static on;', '    location / { try_files $uri $uri/index.html =404; }', '  }')
  }
  const text = lines.join('\n').replace(/\n}\s*$/, `\n${extra.join('\n')}\n}\n`)
  const file = path.join(conf, 'nginx.conf')
  writeFileSync(file, text)
  return { file, prefix: conf }
}

export async function startNginx(options) {
  const { file, prefix } = writeNginxConfig(options)
  const test = spawnSync('nginx', ['-t', '-q', '-c', file, '-p', prefix], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`)
  const child = spawnLogged('nginx', 'nginx', ['-c', file, '-p', prefix, '-g', 'daemon off;'], process.env)
  await waitFor(`http://127.0.0.1:${ports.front}/api/health`, { ok: () => true })
  return child
}

export function stop(child, signal = 'SIGTERM') {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill(signal)
    setTimeout(() => child.kill('SIGKILL'), 8000).unref()
  })
}

/** Stops every process this module started, by its own handle. */
export async function stopAll({ keep = [] } = {}) {
  await Promise.all(started.filter((child) => !keep.includes(child.name)).map((child) => stop(child)))
}

export function hasTools() {
  return ['nginx', 'redis-server'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status === 0)
}
