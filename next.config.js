import { withPayload } from '@payloadcms/next/withPayload'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { nextHeaderRules } from './src/lib/securityHeaders.js'

// The route table as router rules (src/routes/nextRules.ts, written by `npm run generate:routes`):
// Vietnamese paths → the folders named by route key, misspelt sections → 308. The router applies
// them in memory, so a portal page needs no proxy run (src/proxy.ts matcher).
const routeRules = JSON.parse(readFileSync(new URL('./src/routes/next-rules.generated.json', import.meta.url), 'utf8'))

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The Docker image runs the standalone server (Dockerfile sets NEXT_OUTPUT=standalone);
  // `next start` (demo, tests, stack:local) uses the ordinary output.
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' } : {}),
  // Types are checked once by `npm run typecheck` (part of `npm test`); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Public forms are server actions (plain POSTs without JavaScript). The default 1 MB body limit
  // would refuse the question form's attachments (up to 3 files × 5 MB, checked again by the form
  // itself: src/lib/questions/submit.ts) with Next.js's own error instead of a localized one.
  experimental: { serverActions: { bodySizeLimit: '16mb' } },
  images: {
    // Only our own uploads; no image is ever loaded from another host.
    remotePatterns: [],
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
  // Content-Security-Policy and the other static security headers on every response
  // (src/lib/securityHeaders.js). HSTS depends on PUBLIC_URL at run time: src/proxy.ts and the API route.
  // Tag expiry shared by every instance through Redis (src/lib/nextCache): read at `next start`,
  // so one build serves both; the standalone image always carries it (it is Next's own handler
  // when REDIS_URL is unset at run time).
  ...(process.env.REDIS_URL || process.env.NEXT_OUTPUT === 'standalone'
    ? { cacheHandler: fileURLToPath(new URL('./src/lib/nextCache/handler.mjs', import.meta.url)) }
    : {}),
  async redirects() {
    return routeRules.redirects
  },
  async rewrites() {
    return { beforeFiles: routeRules.rewrites, afterFiles: [], fallback: [] }
  },
  async headers() {
    return nextHeaderRules({ dev: process.env.NODE_ENV === 'development' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
