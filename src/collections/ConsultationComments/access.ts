import type { Access, FieldAccess } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, EDITING_ROLES, hasAgencyRole, inAgencies, isAdmin } from '@/access/roles'

/**
 * Comments on a draft. The public reads published ones only (and never the commenter's name or
 * e-mail: field access below, and public loaders do not select them); the drafting agency's
 * staff read all of their agency's comments, moderate and answer them. Nobody creates a comment
 * through the API: the only way in is the public comment form (src/lib/consultations), which
 * validates, rate-limits and writes as the system.
 */
export const readComments: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  const own = agencyIdsWithRole(user, EDITING_ROLES)
  const published = { moderation: { equals: 'published' } }
  return own.length ? { or: [published, { agency: { in: own } }] } : published
}

export const handleComments: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, AUTHORING_ROLES))
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)

/** Personal data (name, e-mail): the drafting agency's staff and admins only. */
export const staffOnlyField: FieldAccess = ({ req: { user }, doc, siblingData }) => {
  if (isAdmin(user)) return true
  const agency = (doc as { agency?: number | string | { id: number | string } } | undefined)?.agency ?? (siblingData as { agency?: number | string } | undefined)?.agency
  return hasAgencyRole(user, agency ?? null, EDITING_ROLES)
}
