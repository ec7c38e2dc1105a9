import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { hasAgencyRole, PUBLISHING_ROLES } from '@/access/roles'

/**
 * Publishing and unpublishing are a publisher's act. An editor's save of a published document
 * is stored as a draft version (the published page is untouched); a save that would change what
 * the public sees requires the publisher role in the document's agency (old and new agency).
 */
export const enforcePublishRights: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user) return data // Local API calls made by the system itself (jobs, seed)
  const status = data?._status
  const wasPublished = originalDoc?._status === 'published'
  const isDraftSave = req.query?.draft === 'true' || req.query?.draft === true
  const publishing = status === 'published'
  const unpublishing = wasPublished && status === 'draft' && !isDraftSave
  if (!publishing && !unpublishing) return data
  const agencies = [data?.agency, originalDoc?.agency].filter((a) => a !== undefined && a !== null)
  if (agencies.length === 0 || !agencies.every((a) => hasAgencyRole(req.user, a, PUBLISHING_ROLES))) {
    throw new Forbidden(req.t)
  }
  return data
}
