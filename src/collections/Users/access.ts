import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { agencyIdsWithRole, isAdmin, PUBLISHING_ROLES, staffId } from '@/access/roles'

/**
 * Users are never public. A user reads their own record; a publisher also reads the members of
 * the agencies they publish for (to know whom to review); admins read everyone. A business
 * account (another auth collection, its own ids) reads no staff record, not even the one that
 * happens to share its id.
 */
export const readUsers: Access = ({ req: { user } }) => {
  const id = staffId(user)
  if (id === null) return false
  if (isAdmin(user)) return true
  const published = agencyIdsWithRole(user, PUBLISHING_ROLES)
  const self: Where = { id: { equals: id } }
  if (published.length === 0) return self
  return { or: [self, { 'agencies.agency': { in: published } }] }
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)

export const updateUsers: Access = ({ req: { user } }) => {
  const id = staffId(user)
  if (id === null) return false
  if (isAdmin(user)) return true
  return { id: { equals: id } }
}

/** The admin panel is for staff only (a business token opens nothing there). */
export const staffOnly = ({ req: { user } }: { req: Pick<PayloadRequest, 'user'> }): boolean => staffId(user) !== null

export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)
