import type { Access, FieldAccess } from 'payload'
import type { CaseRole } from '@/domain/cases'
import { agencyIdsWithRole, AUTHORING_ROLES, hasAgencyRole, inAgencies, isAdmin, type PortalUser } from './roles'

type ID = number | string

/**
 * The case roles a user holds for a question or information request sitting with `agency`: the
 * coordinator (the province's routing office = portal admins, who also hold every agency right),
 * and the editor / publisher of that agency.
 */
export function caseRolesFor(user: PortalUser | Parameters<typeof isAdmin>[0], agency: ID | null): CaseRole[] {
  if (isAdmin(user)) return ['coordinator', 'agencyEditor', 'agencyPublisher']
  if (agency === null) return []
  const roles: CaseRole[] = []
  if (agencyIdsWithRole(user, ['editor']).some((a) => String(a) === String(agency))) roles.push('agencyEditor')
  if (agencyIdsWithRole(user, ['publisher']).some((a) => String(a) === String(agency))) roles.push('agencyPublisher')
  return roles
}

/**
 * Who handles a case (a question or an information request): the coordinator (portal admins) and
 * the editors and publishers of the agency it sits with — as a collection rule (a query constraint).
 */
export const casesHandledByUser: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, AUTHORING_ROLES))
}

/**
 * Field-level read of a case's personal data (names, registration and identity numbers, contacts,
 * files): the same people, checked again on the document itself, so that no other query shape (a
 * where on the field, a join, a version) can reveal it.
 */
export const handlesThisCase: FieldAccess = ({ req: { user }, doc }) =>
  hasAgencyRole(user, (doc as { agency?: number | { id: number } | null } | undefined)?.agency ?? null, AUTHORING_ROLES)
