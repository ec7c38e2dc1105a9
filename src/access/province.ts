import type { PayloadRequest } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, isAdmin } from './roles'

/**
 * Province editors: admins, and the editors/publishers of the Provincial People's Committee
 * (the agency of kind `provincial-committee`). They may publish province-wide alerts and any
 * agency's; everyone else only their own agencies'. Memoised on the request.
 */
export async function isProvinceEditor(req: PayloadRequest): Promise<boolean> {
  if (isAdmin(req.user)) return true
  const ids = agencyIdsWithRole(req.user, AUTHORING_ROLES)
  if (!ids.length) return false
  const memo = req.context as { provinceEditor?: boolean }
  if (memo.provinceEditor !== undefined) return memo.provinceEditor
  const found = await req.payload.count({
    collection: 'agencies',
    where: { and: [{ id: { in: ids } }, { kind: { equals: 'provincial-committee' } }] },
    overrideAccess: true,
    req,
  })
  memo.provinceEditor = found.totalDocs > 0
  return memo.provinceEditor
}

