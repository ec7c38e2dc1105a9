import type { Access } from 'payload'
import { agencyIdsWithRole, inAgencies, isAdmin } from '@/access/roles'

/**
 * Dossiers are never read by visitors through the API: the public sees one dossier at a time,
 * through the look-up with its second factor (src/lib/dossiers/lookup.ts), and figures computed
 * from all of them. Staff of the dossier's agency (any role) and admins read them.
 */
export const readDossiers: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user))
}

/**
 * Dossiers arrive by upload (dossier-imports) or by the push API, both of which check the agency
 * of every row and write as the system; nobody writes them one by one through the API but admins.
 */
export const adminOnly: Access = ({ req: { user } }) => isAdmin(user)
