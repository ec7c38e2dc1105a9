import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { runtimeSecurityHeaders, withHeaders } from '@/lib/securityHeaders'

// Headers decided at run time (HSTS when PUBLIC_URL is https), computed once per process; the
// Content-Security-Policy comes from next.config.js.
const RUNTIME_HEADERS = runtimeSecurityHeaders(process.env.PUBLIC_URL)

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
const secured =
  (handler: Handler): Handler =>
  async (request, context) =>
    withHeaders(await handler(request, context), RUNTIME_HEADERS)

export const GET = secured(REST_GET(config))
export const POST = secured(REST_POST(config))
export const DELETE = secured(REST_DELETE(config))
export const PATCH = secured(REST_PATCH(config))
export const PUT = secured(REST_PUT(config))
export const OPTIONS = secured(REST_OPTIONS(config))
