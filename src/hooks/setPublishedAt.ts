import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first publication stamps `publishedAt` unless the editor (or an earlier publication) set it.
 * Scheduled publishing saves only `{ _status }`, so the stored date is checked too.
 */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data?._status === 'published' && !data.publishedAt && !(originalDoc as { publishedAt?: unknown } | undefined)?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
