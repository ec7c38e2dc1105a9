import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import { agencyIdsWithRole, businessId, idOf, isAdmin, PUBLISHING_ROLES } from './roles'

/**
 * The marketplace's security boundary. Two kinds of account sign in: staff (`users`) and
 * businesses (`businesses`, ids of their own). A business reads and writes only its own booth,
 * products and images (drafts included) and nothing of any agency; the moderator — the
 * publishers of the Department of Industry and Trade (`MARKETPLACE_AGENCY_SLUG`, default
 * `so-cong-thuong`) — and admins read everything of the marketplace and decide on submissions;
 * everyone else reads what has been approved (published).
 */
export const marketplaceAgencySlug = (): string => process.env.MARKETPLACE_AGENCY_SLUG?.trim() || 'so-cong-thuong'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Admins and the marketplace agency's publishers. Memoised on the request (one lookup). */
export async function isMarketplaceModerator(req: PayloadRequest): Promise<boolean> {
  if (isAdmin(req.user)) return true
  const ids = agencyIdsWithRole(req.user, PUBLISHING_ROLES)
  if (!ids.length) return false
  const memo = req.context as { marketplaceModerator?: boolean }
  if (memo.marketplaceModerator !== undefined) return memo.marketplaceModerator
  const found = await req.payload.find({
    collection: 'agencies',
    where: { slug: { equals: marketplaceAgencySlug() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: {},
    req,
  })
  const agency = found.docs[0]?.id
  memo.marketplaceModerator = agency !== undefined && ids.some((id) => String(id) === String(agency))
  return memo.marketplaceModerator
}

/** `{ owner: { equals: <this business> } }`, under `prefix` (versions: `version.`). */
const ownedBy = (id: number | string, prefix = ''): Where => ({ [`${prefix}owner`]: { equals: id } })

/** Booths, products: approved editions for everyone; the owner's own drafts; all for the moderator. */
export const readOwnedOrPublished: Access = async ({ req }) => {
  if (await isMarketplaceModerator(req)) return true
  const own = businessId(req.user)
  return own === null ? PUBLISHED : { or: [PUBLISHED, ownedBy(own)] }
}

/** Version history: the owner's own and the moderator's. */
export const readOwnMarketVersions: Access = async ({ req }) => {
  if (await isMarketplaceModerator(req)) return true
  const own = businessId(req.user)
  return own === null ? false : ownedBy(own, 'version.')
}

/** Businesses create their own (the owner is set from the token); admins for anyone. */
export const createAsBusiness: Access = ({ req: { user } }) => isAdmin(user) || businessId(user) !== null

/** The owner edits; the moderator may save only a decision (hooks restore everything else). */
export const updateOwnedOrModerate: Access = async ({ req }) => {
  if (await isMarketplaceModerator(req)) return true
  const own = businessId(req.user)
  return own === null ? false : ownedBy(own)
}

export const deleteOwned: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  const own = businessId(user)
  return own === null ? false : ownedBy(own)
}

/**
 * Images: approved ones (used by an approved booth or product) are public, like the pages that
 * show them; an image not yet approved is the owner's and the moderator's only.
 */
export const readImages: Access = async ({ req }) => {
  if (await isMarketplaceModerator(req)) return true
  const own = businessId(req.user)
  const approved: Where = { approved: { equals: true } }
  return own === null ? approved : { or: [approved, ownedBy(own)] }
}

/** A field only the owner and the moderator read (a booth's contact e-mail, a refusal reason). */
export const ownerOrModeratorField: FieldAccess = async ({ req, doc }) => {
  const own = businessId(req.user)
  if (own !== null) return String(idOf((doc as { owner?: number | { id: number } | null } | undefined)?.owner ?? null)) === String(own)
  return isMarketplaceModerator(req)
}

/** Business accounts: each reads and edits itself; the moderator reads all and verifies. */
export const readBusinesses: Access = async ({ req }) => {
  if (await isMarketplaceModerator(req)) return true
  const own = businessId(req.user)
  return own === null ? false : { id: { equals: own } }
}

export const updateBusinesses: Access = readBusinesses

/** `verified` / `verifiedAt`: set by the moderator only (never at registration). */
export const moderatorField: FieldAccess = ({ req }) => isMarketplaceModerator(req)
