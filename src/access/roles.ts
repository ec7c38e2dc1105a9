import type { PayloadRequest, Where } from 'payload'

/** Roles a user holds inside one agency. Province-wide rights come from `isAdmin`. */
export const AGENCY_ROLES = ['editor', 'publisher', 'translator'] as const
export type AgencyRole = (typeof AGENCY_ROLES)[number]

type ID = number | string

interface AgencyMembership {
  agency?: ID | { id: ID } | null
  roles?: AgencyRole[] | null
}

/** The shape of an authenticated user as access functions see it. */
export interface PortalUser {
  id: ID
  collection?: string
  isAdmin?: boolean | null
  agencies?: AgencyMembership[] | null
}

/** Any user value Payload hands to access rules and filter options (which pass a Partial user). */
export type MaybeUser = PayloadRequest['user'] | Partial<NonNullable<PayloadRequest['user']>> | PortalUser | null | undefined

function asPortalUser(user: MaybeUser): PortalUser | null {
  if (!user || (user as PortalUser).collection !== 'users') return null
  return user as PortalUser
}

/**
 * Staff (the `users` collection) and businesses (the marketplace's `businesses` collection) both
 * sign in; their ids are counted separately, so a business's id 3 is not staff user 3. Every rule
 * about staff goes through these (or `asPortalUser`), never through `user.id` alone.
 */
export function isStaff(user: MaybeUser): boolean {
  return asPortalUser(user) !== null
}

/** The staff user's id, or null for anyone else (anonymous, a business). */
export function staffId(user: MaybeUser): ID | null {
  return asPortalUser(user)?.id ?? null
}

/** The signed-in business's id, or null for anyone else (anonymous, staff). */
export function businessId(user: MaybeUser): ID | null {
  return user && (user as PortalUser).collection === 'businesses' ? (user as PortalUser).id : null
}

export function isAdmin(user: MaybeUser): boolean {
  return Boolean(asPortalUser(user)?.isAdmin)
}

export function idOf(value: ID | { id: ID } | null | undefined): ID | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? value.id : value
}

/** Agencies in which the user holds any of `roles` (all memberships when `roles` is omitted). */
export function agencyIdsWithRole(user: MaybeUser, roles?: readonly AgencyRole[]): ID[] {
  const u = asPortalUser(user)
  if (!u?.agencies) return []
  const ids: ID[] = []
  for (const membership of u.agencies) {
    const id = idOf(membership.agency)
    if (id === null) continue
    if (!roles || (membership.roles ?? []).some((r) => roles.includes(r))) ids.push(id)
  }
  return ids
}

export function hasAgencyRole(user: MaybeUser, agency: ID | { id: ID } | null | undefined, roles: readonly AgencyRole[]): boolean {
  if (isAdmin(user)) return true
  const id = idOf(agency)
  if (id === null) return false
  return agencyIdsWithRole(user, roles).some((a) => String(a) === String(id))
}

/** `{ [field]: { in: ids } }`, or `false` when the list is empty (no row can match). */
export function inAgencies(field: string, ids: ID[]): Where | false {
  return ids.length ? { [field]: { in: ids } } : false
}

export const EDITING_ROLES: readonly AgencyRole[] = ['editor', 'publisher', 'translator']
export const AUTHORING_ROLES: readonly AgencyRole[] = ['editor', 'publisher']
export const PUBLISHING_ROLES: readonly AgencyRole[] = ['publisher']
