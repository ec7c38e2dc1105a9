import type { Access, PayloadRequest, Where } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, isAdmin } from './roles'

/**
 * The agency that maintains the network of legal consultants (the Department of Justice):
 * `LEGAL_SUPPORT_AGENCY_SLUG`, default `so-tu-phap`. Read at call time (tests and deployments may set it).
 */
export function legalSupportAgencySlug(): string {
  return process.env.LEGAL_SUPPORT_AGENCY_SLUG?.trim() || 'so-tu-phap'
}

/**
 * True for admins and for the editors and publishers of the legal-support agency. Memoised on the
 * request (one lookup of the agency by slug per request).
 */
export async function isLegalSupportStaff(req: PayloadRequest): Promise<boolean> {
  if (isAdmin(req.user)) return true
  const ids = agencyIdsWithRole(req.user, AUTHORING_ROLES)
  if (!ids.length) return false
  const memo = req.context as { legalSupportStaff?: boolean }
  if (memo.legalSupportStaff !== undefined) return memo.legalSupportStaff
  const found = await req.payload.count({
    collection: 'agencies',
    where: { and: [{ id: { in: ids } }, { slug: { equals: legalSupportAgencySlug() } }] },
    overrideAccess: true,
    req,
  })
  memo.legalSupportStaff = found.totalDocs > 0
  return memo.legalSupportStaff
}

const ACTIVE: Where = { active: { equals: true } }

/** Visitors (and every other agency's staff) read active consultants only; the maintainers read all. */
export const readConsultants: Access = async ({ req }) => ((await isLegalSupportStaff(req)) ? true : ACTIVE)

/** Only the maintaining agency's editors and publishers (and admins) create, change or remove entries. */
export const writeConsultants: Access = ({ req }) => isLegalSupportStaff(req)
