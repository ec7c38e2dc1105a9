import type { Agency } from '@/payload-types'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

export interface AgencySummary {
  id: number | string
  slug: string
  name: string | null
  shortName: string | null
  kind: string
  address: string | null
  phone: string | null
  email: string | null
  website: string | null
  englishGaps: string[]
}

export const listAgencies = cachedRead(
  'agencies:list',
  async (locale: Locale): Promise<AgencySummary[]> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'agencies',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
      limit: 1000,
      pagination: false,
      sort: 'slug',
      select: { slug: true, name: true, shortName: true, kind: true, address: true, phone: true, email: true, website: true, englishGaps: true },
    })
    return (result.docs as Agency[]).map((a) => ({
      id: a.id,
      slug: a.slug,
      name: a.name ?? null,
      shortName: a.shortName ?? null,
      kind: a.kind,
      address: a.address ?? null,
      phone: a.phone ?? null,
      email: a.email ?? null,
      website: a.website ?? null,
      englishGaps: a.englishGaps ?? [],
    }))
  },
  () => [tags.collection('agencies')],
)
