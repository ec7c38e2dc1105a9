import { withPayload } from '@payloadcms/next/withPayload'
import { nextHeaderRules } from './src/lib/securityHeaders.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (part of `npm test`); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
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
