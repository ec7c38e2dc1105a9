import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { hasAgencyRole, PUBLISHING_ROLES } from '@/access/roles'

/**
 * Moving a document to the trash (the admin sends `deletedAt`) or restoring it changes what the
 * public sees, like deleting: only a publisher of the document's agency (or an admin) may do it.
 */
export const guardTrash: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (!req.user || operation !== 'update' || !data || !('deletedAt' in data)) return data
  const wasTrashed = Boolean(originalDoc?.deletedAt)
  const isTrashed = Boolean(data.deletedAt)
  if (wasTrashed === isTrashed) return data
  const agency = originalDoc?.agency ?? data.agency
  if (!hasAgencyRole(req.user, agency, PUBLISHING_ROLES)) throw new Forbidden(req.t)
  return data
}
