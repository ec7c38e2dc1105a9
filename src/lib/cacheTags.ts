import type { Locale } from '@/routes/locales'
import { LOCALES } from '@/routes/locales'

/**
 * Every cache tag in the portal is built here. Reads declare the tags they depend on; hooks
 * revalidate exactly the tags a change touches.
 */
export const tags = {
  collection: (collection: string) => `collection:${collection}`,
  doc: (collection: string, id: number | string) => `doc:${collection}:${id}`,
  docSlug: (collection: string, slug: string) => `slug:${collection}:${slug}`,
  agency: (id: number | string) => `agency:${id}`,
  feed: (collection: string, locale: Locale) => `feed:${collection}:${locale}`,
  global: (slug: string) => `global:${slug}`,
  sitemap: 'sitemap',
  search: 'search',
  hosts: 'hosts',
} as const

type ID = number | string
type Ref = ID | { id: ID } | null | undefined

export interface DocSnapshot {
  id: ID
  slug?: string | null
  agency?: Ref
  _status?: 'draft' | 'published' | null
}

const idOf = (ref: Ref): ID | null => (ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref)

/** True when the public could see this state of the document. */
export function isPublic(doc: DocSnapshot | null | undefined, hasDrafts: boolean): boolean {
  if (!doc) return false
  return hasDrafts ? doc._status === 'published' : true
}

/**
 * Tags to revalidate after a change of one document: its own, its collection's lists, old and
 * new slug, old and new agency, both locales' feeds, sitemap and search. Nothing when neither the
 * old nor the new state was public (a draft saved on an unpublished document).
 */
export function tagsForDocChange(
  collection: string,
  doc: DocSnapshot | null,
  previous: DocSnapshot | null,
  { hasDrafts }: { hasDrafts: boolean },
): string[] {
  if (!isPublic(doc, hasDrafts) && !isPublic(previous, hasDrafts)) return []
  const out = new Set<string>([tags.collection(collection), tags.sitemap, tags.search])
  for (const state of [doc, previous]) {
    if (!state) continue
    out.add(tags.doc(collection, state.id))
    if (state.slug) out.add(tags.docSlug(collection, state.slug))
    const agency = idOf(state.agency)
    if (agency !== null) out.add(tags.agency(agency))
  }
  for (const locale of LOCALES) out.add(tags.feed(collection, locale))
  return [...out].sort()
}
