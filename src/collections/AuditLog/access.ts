import type { Access, FieldAccess } from 'payload'
import { agencyIdsWithRole, inAgencies, isAdmin, PUBLISHING_ROLES } from '@/access/roles'

/** Admins read the whole log; a publisher reads the entries of the agencies they publish for. */
export const readAuditLog: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, PUBLISHING_ROLES))
}

/** Append-only: entries are written by the system hooks alone, and nobody edits or deletes them. */
export const nobody: Access = () => false

/** The client IP is personal data: admins only. */
export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)
