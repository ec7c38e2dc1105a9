import type { Access } from 'payload'
import { isProvinceEditor } from '@/access/province'
import { agencyIdsWithRole, AUTHORING_ROLES, idOf, inAgencies } from '@/access/roles'

type ID = number | string

/** Alerts are public announcements: anyone reads them (pages show only the active ones). */
export const readAlerts: Access = () => true

export const createAlert: Access = async ({ req, data }) => {
  if (await isProvinceEditor(req)) return true
  const agency = idOf((data as { agency?: ID | { id: ID } | null } | undefined)?.agency)
  if (agency === null) return false
  return agencyIdsWithRole(req.user, AUTHORING_ROLES).some((a) => String(a) === String(agency))
}

export const changeAlert: Access = async ({ req }) => {
  if (await isProvinceEditor(req)) return true
  return inAgencies('agency', agencyIdsWithRole(req.user, AUTHORING_ROLES))
}

