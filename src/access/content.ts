import type { Access, CollectionConfig, Where } from 'payload'
import {
  agencyIdsWithRole,
  AUTHORING_ROLES,
  EDITING_ROLES,
  hasAgencyRole,
  inAgencies,
  isAdmin,
  PUBLISHING_ROLES,
} from './roles'

/**
 * Access rules shared by every agency-owned, publishable collection (news, legal documents,
 * plans, budget disclosures, …). The security boundary of the portal:
 * - anonymous visitors read published documents only;
 * - a member of an agency reads published documents anywhere, and drafts of their own agencies;
 * - editors and publishers create in their own agencies; translators only update;
 * - only publishers (and admins) delete; publishing itself is checked by `enforcePublishRights`.
 */
const PUBLISHED: Where = { _status: { equals: 'published' } }

export const readPublishedOrOwn: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  const own = agencyIdsWithRole(user)
  if (!user || own.length === 0) return PUBLISHED
  return { or: [PUBLISHED, { agency: { in: own } }] }
}

/** Versions (and so drafts' history) are visible to the owning agency's members only. */
export const readOwnVersions: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('version.agency', agencyIdsWithRole(user))
}

export const createInOwnAgency: Access = ({ req: { user }, data }) => {
  if (isAdmin(user)) return true
  if (!user) return false
  const agency = (data as { agency?: unknown } | undefined)?.agency
  // Without an agency in the body the admin form is asking whether "create" may be shown.
  if (agency === undefined || agency === null) return agencyIdsWithRole(user, AUTHORING_ROLES).length > 0
  return hasAgencyRole(user, agency as number | string, AUTHORING_ROLES)
}

export const updateInOwnAgency: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, EDITING_ROLES))
}

export const deleteInOwnAgency: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, PUBLISHING_ROLES))
}

export const agencyContentAccess: NonNullable<CollectionConfig['access']> = {
  read: readPublishedOrOwn,
  readVersions: readOwnVersions,
  create: createInOwnAgency,
  update: updateInOwnAgency,
  delete: deleteInOwnAgency,
}
