import type { Payload } from 'payload'

type ID = number

/** Resolves agency references as import files write them (slug, or numeric id) to ids. */
export async function agencyResolver(payload: Payload): Promise<(ref: string) => ID | null> {
  const found = await payload.find({ collection: 'agencies', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  const bySlug = new Map<string, ID>()
  const ids = new Set<ID>()
  for (const a of found.docs) {
    ids.add(a.id)
    if (a.slug) bySlug.set(a.slug.toLowerCase(), a.id)
  }
  return (ref: string) => {
    const key = ref.trim().toLowerCase()
    if (bySlug.has(key)) return bySlug.get(key)!
    const n = Number(key)
    return Number.isInteger(n) && ids.has(n) ? n : null
  }
}
