import { withPayload } from '@payloadcms/next/withPayload'
import { nextHeaderRules } from './src/lib/securityHeaders.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
  async headers() {
    return nextHeaderRules({ dev: process.env.NODE_ENV === 'development' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
