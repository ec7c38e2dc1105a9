import type { Access, FieldAccess, Where } from 'payload'
import { agencyIdsWithRole, isAdmin, PUBLISHING_ROLES } from '@/access/roles'

/**
 * Users are never public. A user reads their own record; a publisher also reads the members of
 * the agencies they publish for (to know whom to review); admins read everyone.
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  const published = agencyIdsWithRole(user, PUBLISHING_ROLES)
  const self: Where = { id: { equals: user.id } }
  if (published.length === 0) return self
  return { or: [self, { 'agencies.agency': { in: published } }] }
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)

export const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)
