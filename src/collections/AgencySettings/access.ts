import type { Access } from 'payload'
import { agencyIdsWithRole, hasAgencyRole, inAgencies, isAdmin, PUBLISHING_ROLES } from '@/access/roles'

/** Header, navigation and footer are public (every page of the agency site shows them). */
export const readAgencySettings: Access = () => true

/** An agency's publishers (and admins) write its settings; the body's agency must be theirs. */
export const createAgencySettings: Access = ({ req: { user }, data }) => {
  if (isAdmin(user)) return true
  if (!user) return false
  const agency = (data as { agency?: unknown } | undefined)?.agency
  if (agency === undefined || agency === null) return agencyIdsWithRole(user, PUBLISHING_ROLES).length > 0
  return hasAgencyRole(user, agency as number | string, PUBLISHING_ROLES)
}

export const updateAgencySettings: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, PUBLISHING_ROLES))
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)
