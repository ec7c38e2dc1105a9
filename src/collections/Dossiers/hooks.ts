import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { expireTags } from '@/hooks/revalidate'
import { dossierTags } from '@/lib/dossiers/tags'

/** One dossier changed by hand in the admin: the figures computed from dossiers are expired (imports expire them once). */
export const revalidateDossiers: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context?.skipRevalidate) return doc
  await expireTags(dossierTags())
  return doc
}
