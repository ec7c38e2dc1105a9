import type { Payload } from 'payload'
import { buildHostMap, type HostMap } from '@/routes/hosts'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

/** Host → agency slug from the agencies' `domains` (public data). */
export async function readHostMap(payload: Payload): Promise<HostMap> {
  const result = await payload.find({
    collection: 'agencies',
    where: { 'domains.domain': { exists: true } },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: false,
    select: { slug: true, domains: true },
  })
  return buildHostMap(result.docs as { slug?: string | null; domains?: { domain?: string | null }[] | null }[])
}

/** Cached under the `hosts` tag, which every agency change expires. */
export const getHostMap = cachedRead('hosts:map', async () => readHostMap(await payloadClient()), () => [tags.hosts])
