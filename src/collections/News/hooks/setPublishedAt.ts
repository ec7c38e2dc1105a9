import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication stamps `publishedAt` unless the editor set a date. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data?._status === 'published' && !data.publishedAt) return { ...data, publishedAt: new Date().toISOString() }
  return data
}
