import type { Access } from 'payload'
import { agencyIdsWithRole, inAgencies, isAdmin, PUBLISHING_ROLES } from '@/access/roles'

/**
 * Investors' enquiries carry personal data: never public. Admins and the publishers of the
 * project's contact agency read them (and may mark them handled). Nobody creates them through
 * the API: the only way in is the enquiry form, which validates, rate-limits and then writes as
 * the system (src/lib/enquiry).
 */
export const readEnquiries: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, PUBLISHING_ROLES))
}

export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)
