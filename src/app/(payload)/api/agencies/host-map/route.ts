import { getHostMap } from '@/data/hosts'

/**
 * `GET /api/agencies/host-map` → `{ "sokhcn.hatinh.gov.vn": "so-khoa-hoc-va-cong-nghe", … }`.
 * Read by the proxy (src/proxy.ts) to serve agencies at their own domains; public data.
 */
export async function GET() {
  const map = await getHostMap()
  return Response.json(map, { headers: { 'Cache-Control': 'public, max-age=30' } })
}
