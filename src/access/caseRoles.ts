import type { CaseRole } from '@/domain/cases'
import { agencyIdsWithRole, isAdmin, type PortalUser } from './roles'

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
