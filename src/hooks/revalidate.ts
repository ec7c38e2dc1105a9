import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook } from 'payload'
import { tags, tagsForDocChange, type DocSnapshot } from '@/lib/cacheTags'

/**
 * Expires Next.js cache tags. Outside a Next.js server (seed script, tests) there is no cache to
 * expire and `revalidateTag` throws; that case is ignored on purpose.
 */
export async function expireTags(list: string[]): Promise<void> {
  if (list.length === 0) return
  let revalidateTag: ((tag: string, profile: { expire: number }) => void) | undefined
  try {
    ;({ revalidateTag } = await import('next/cache'))
  } catch {
    return
  }
  for (const tag of list) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch {
      return // not inside a Next.js request: nothing is cached
    }
  }
}

const hasDrafts = (collection: CollectionConfig) => Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

export const revalidateDoc: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context?.skipRevalidate) return doc
  await expireTags(tagsForDocChange(collection.slug, doc as DocSnapshot, (previousDoc as DocSnapshot) ?? null, { hasDrafts: hasDrafts(collection) }))
  return doc
}

export const revalidateDeleted: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context?.skipRevalidate) return doc
  await expireTags(tagsForDocChange(collection.slug, null, doc as DocSnapshot, { hasDrafts: false }))
  return doc
}

/** Agencies also feed the host map (custom domains) and every page's header/footer. */
export const revalidateAgency: CollectionAfterChangeHook = async (args) => {
  await revalidateDoc(args)
  if (!args.req.context?.skipRevalidate) await expireTags([tags.hosts])
  return args.doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  if (!req.context?.skipRevalidate) await expireTags([tags.global(global.slug)])
  return doc
}
