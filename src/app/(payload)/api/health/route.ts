import config from '@payload-config'
import { getPayload } from 'payload'
import { checkHealth } from '@/lib/health'

export const dynamic = 'force-dynamic'

/**
 * `GET /api/health`: JSON with `status` (ok | degraded | down) and separate `read` / `write`
 * results (src/lib/health.ts). HTTP 200 for ok and degraded (reads still answer: keep the instance
 * in the load balancer), 503 (fast) for down; `?strict` also answers 503 when writes fail.
 */
export async function GET(request?: Request) {
  const headers = { 'Cache-Control': 'no-store' }
  const strict = request ? new URL(request.url).searchParams.has('strict') : false
  try {
    const payload = await getPayload({ config })
    const health = await checkHealth(payload)
    const unhealthy = health.status === 'down' || (strict && health.status === 'degraded')
    return Response.json(health, { status: unhealthy ? 503 : 200, headers })
  } catch {
    return Response.json({ status: 'down', database: 'unreachable', read: { status: 'failing' }, write: { status: 'unknown' } }, { status: 503, headers })
  }
}
