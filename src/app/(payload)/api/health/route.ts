import config from '@payload-config'
import { getPayload } from 'payload'
import { checkHealth } from '@/lib/health'

export const dynamic = 'force-dynamic'

/** `GET /api/health`: 200 when the database answers, 503 (fast) when it does not. */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    const payload = await getPayload({ config })
    const health = await checkHealth(payload)
    return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers })
  } catch {
    return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers })
  }
}
