import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

/**
 * The current slug of a published document that used to live at `slug` (its slug was changed):
 * detail pages answer a permanent redirect. Null when no published document had that slug.
 */
export const findMovedSlug = cachedRead(
  'slug:moved',
  async (collection: 'news' | 'legal-documents', slug: string): Promise<string | null> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      where: { and: [{ 'previousSlugs.slug': { equals: slug } }, { _status: { equals: 'published' } }] },
      select: { slug: true },
    })
    const current = (result.docs[0] as { slug?: string } | undefined)?.slug
    return current && current !== slug ? current : null
  },
  (collection, slug) => [tags.docSlug(collection, slug), tags.collection(collection)],
)
