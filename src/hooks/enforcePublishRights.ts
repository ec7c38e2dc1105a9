import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { hasAgencyRole, PUBLISHING_ROLES } from '@/access/roles'
import { changesPublicState } from '@/domain/workflow'
import { rememberLiveStatus, saveKindOf } from './saveKind'

/**
 * Publishing and unpublishing are a publisher's act. An editor's save of a published document
 * is stored as a draft version (the published page is untouched); a save that would change what
 * the public sees — publishing, editing the live document without `draft`, unpublishing (also by
 * writing a newer draft over the live document) — requires the publisher role in the document's
 * agency (old and new agency).
 */
export const enforcePublishRights: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined) await rememberLiveStatus(req, collection.slug, originalDoc.id)
  if (!req.user) return data // Local API calls made by the system itself (jobs, seed)
  const { publishing, unpublishing } = changesPublicState(saveKindOf(req, data, originalDoc, collection.slug, originalDoc?.id))
  if (!publishing && !unpublishing) return data
  const agencies = [data?.agency, originalDoc?.agency].filter((a) => a !== undefined && a !== null)
  if (agencies.length === 0 || !agencies.every((a) => hasAgencyRole(req.user, a, PUBLISHING_ROLES))) {
    throw new Forbidden(req.t)
  }
  return data
}
