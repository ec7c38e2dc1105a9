import type { CollectionAfterChangeHook, GlobalAfterChangeHook } from 'payload'
import { tags } from '@/lib/cacheTags'
import { expireTags } from '@/hooks/revalidate'

/** Catalogue and criteria changes expire their own reads (scores change only when recomputed). */
export const revalidateTransparency: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!req.context?.skipRevalidate) await expireTags([tags.collection(collection.slug)])
  return doc
}

export const revalidateCriteria: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  if (!req.context?.skipRevalidate) await expireTags([tags.global(global.slug)])
  return doc
}
