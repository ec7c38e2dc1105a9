import type { Access } from 'payload'
import { agencyIdsWithRole, inAgencies, isAdmin, PUBLISHING_ROLES } from '@/access/roles'

/** Agencies are public (names, contacts and leaders are published by law). */
export const readAgencies: Access = () => true

/** An agency's publishers maintain its introduction and contacts; admins create and delete. */
export const updateAgencies: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('id', agencyIdsWithRole(user, PUBLISHING_ROLES))
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)
