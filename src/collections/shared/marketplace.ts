import { APIError, type CollectionAfterChangeHook, type CollectionConfig, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type Field, type FilterOptions, type PayloadRequest, type Validate } from 'payload'
import { businessId, idOf, isAdmin } from '@/access/roles'
import { createAsBusiness, deleteOwned, isMarketplaceModerator, ownerOrModeratorField, readOwnedOrPublished, readOwnMarketVersions, updateOwnedOrModerate } from '@/access/marketplace'
import { revalidateDeleted, revalidateDoc } from '@/hooks/revalidate'
import { isPublicLink, moderate, MODERATION_STATES, type ModerationProblem } from '@/domain/marketplace'
import { getT } from '@/i18n'

/**
 * What booths and products share: the owning business, the moderation record and the hooks that
 * make the moderation rules (src/domain/marketplace/moderation.ts) hold for every save.
 *
 * Payload's drafts carry the edition being worked on; the published version is what the public
 * sees. A business only ever saves drafts (whatever the request says), so an approved edition
 * stays public while its next edition waits; the moderator's approval is the only save that
 * publishes, and a refusal is a draft save that the owner reads with its reason.
 */
type Data = Record<string, unknown>
type ID = number | string

export const marketLanguage = (req: Pick<PayloadRequest, 'i18n'>): 'vi' | 'en' => (req.i18n?.language === 'en' ? 'en' : 'vi')
export const marketT = (req: Pick<PayloadRequest, 'i18n'>) => getT(marketLanguage(req))

function refusal(req: PayloadRequest, problem: ModerationProblem | 'oneBooth' | 'foreignImage', status = 400): APIError {
  const error = new APIError(marketT(req)(`marketplace.errors.${problem}`), status, { code: problem }, true)
  error.name = 'APIError'
  return error
}

/** The owning business: set from the business's token on create, never changed through the API but by admins. */
export function ownerField(): Field {
  return {
    name: 'owner',
    type: 'relationship',
    relationTo: 'businesses',
    required: true,
    index: true,
    label: { vi: 'Doanh nghiệp', en: 'Business' },
    access: { update: ({ req: { user } }) => isAdmin(user) },
    admin: { position: 'sidebar', readOnly: true },
  }
}

/** Upload fields pick among the business's own images (and admins among all). */
export const ownImages: FilterOptions = ({ user }) => {
  const own = businessId(user)
  return own === null ? true : { owner: { equals: own } }
}

export const validLink: Validate = (value, { req }) =>
  value === null || value === undefined || value === '' || isPublicLink(value) || marketT(req)('marketplace.errors.linkInvalid')

/** The moderation record, kept in every version: state, the moderator's reason, when it was decided. */
export function moderationField(): Field {
  return {
    name: 'moderation',
    type: 'group',
    label: { vi: 'Kiểm duyệt của Sở Công Thương', en: 'Moderation by the Department of Industry and Trade' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'state',
        type: 'select',
        defaultValue: 'draft',
        index: true,
        label: { vi: 'Trạng thái', en: 'State' },
        options: MODERATION_STATES.map((value) => ({
          value,
          label: {
            draft: { vi: 'Đang soạn', en: 'Draft' },
            submitted: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
            approved: { vi: 'Đã duyệt', en: 'Approved' },
            refused: { vi: 'Bị từ chối', en: 'Refused' },
          }[value],
        })),
      },
      // The owner and the moderator read the reason; nobody else (public API included).
      { name: 'reason', type: 'textarea', label: { vi: 'Lý do từ chối', en: 'Reason for refusal' }, access: { read: ownerOrModeratorField } },
      { name: 'decidedAt', type: 'date', label: { vi: 'Thời điểm quyết định', en: 'Decided at' }, admin: { readOnly: true } },
    ],
  }
}

interface Moderation {
  state?: unknown
  reason?: string | null
  decidedAt?: string | null
}

/**
 * Before the operation (when the draft flag is still the caller's to change): a business's save
 * is always a draft; the moderator's approval is a publishing save; any other save of the
 * moderator is a draft. `_status` never comes from the body of a user's save.
 */
export const routeModerationSave: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (!req.user) return args // the system (seed, jobs) writes what it means
  const a = args as { draft?: boolean; data?: Data }
  const data = (a.data ??= {})
  const approving = ((data.moderation as Moderation | undefined)?.state === 'approved')
  delete data._status
  if (businessId(req.user) === null && approving && (await isMarketplaceModerator(req))) {
    a.draft = false
    data._status = 'published'
  } else a.draft = true
  return args
}

/** On create, the owner is the business whose token made the request; a business's update keeps the stored owner. */
export const setOwner: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  const own = businessId(req.user)
  if (!data || own === null) return data
  data.owner = operation === 'create' ? own : idOf((originalDoc?.owner ?? null) as ID | { id: ID } | null)
  return data
}

/** Field names the moderator's save keeps from the body: the decision only. */
const MODERATOR_WRITABLE = new Set(['moderation', '_status'])

/**
 * Applies the moderation rules to every user's save: the owner's state changes and the
 * moderator's decisions (a refusal needs a reason; approving needs a verified business).
 * A moderator who is not an admin changes nothing but the decision.
 */
export const applyModeration: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!req.user || !data) return data
  const stored = (originalDoc?.moderation ?? {}) as Moderation
  const sent = (data.moderation ?? {}) as Moderation
  const owner = businessId(req.user)
  const actor = owner !== null ? 'owner' : 'moderator'
  if (actor === 'moderator' && !(await isMarketplaceModerator(req))) throw refusal(req, 'notAllowed', 403)
  const ownerId = idOf((data.owner ?? originalDoc?.owner ?? null) as ID | { id: ID } | null)
  const outcome = moderate({
    actor,
    previous: stored.state,
    requested: sent.state,
    previousReason: stored.reason ?? null,
    reason: sent.reason,
    ownerVerified: sent.state === 'approved' ? await businessVerified(req, ownerId) : false,
  })
  if (!outcome.ok) throw refusal(req, outcome.problem, outcome.problem === 'notAllowed' ? 403 : 400)
  if (actor === 'moderator' && !isAdmin(req.user)) keepOnly(data, originalDoc, MODERATOR_WRITABLE)
  data.moderation = { state: outcome.state, reason: outcome.reason, decidedAt: outcome.decided ? new Date().toISOString() : (stored.decidedAt ?? null) }
  return data
}

/**
 * Puts every field of `data` but `writable` back to its stored value (`data` here is the whole
 * document being saved, the body merged over the stored one).
 */
export function keepOnly(data: Data, stored: Data | undefined, writable: ReadonlySet<string>): void {
  for (const key of Object.keys(data)) {
    if (writable.has(key)) continue
    if (stored && key in stored) data[key] = stored[key]
    else delete data[key]
  }
}

async function businessVerified(req: PayloadRequest, id: ID | null): Promise<boolean> {
  if (id === null) return false
  const business = await req.payload.findByID({ collection: 'businesses', id, depth: 0, overrideAccess: true, disableErrors: true, select: { verified: true }, req })
  return Boolean(business?.verified)
}

/** The images of an approved (published) edition become public; until then only the owner and the moderator read them. */
export function approveImages(fields: string[]): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    if (doc._status !== 'published') return doc
    const ids = fields.flatMap((name) => {
      const v = (doc as Data)[name]
      return (Array.isArray(v) ? v : [v]).map((x) => idOf(x as ID | { id: ID } | null)).filter((x): x is ID => x !== null)
    })
    if (!ids.length) return doc
    await req.payload.update({ collection: 'market-images', where: { and: [{ id: { in: ids } }, { approved: { not_equals: true } }] }, data: { approved: true }, overrideAccess: true, depth: 0, req })
    return doc
  }
}

/** Booths are one per business (a user's save; the seed writes what it means). */
export const oneBoothPerBusiness: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const owner = idOf((data?.owner ?? null) as ID | null)
  if (owner === null) return data
  const existing = await req.payload.count({ collection: 'booths', where: { owner: { equals: owner } }, overrideAccess: true, req })
  if (existing.totalDocs > 0) throw refusal(req, 'oneBooth', 400)
  return data
}

/**
 * What a booth and a product share: owned by one business (no tenant), drafts with versions, the
 * owner-or-moderator access rules, and the moderation hooks; `images` are the upload fields an
 * approval makes public, `beforeChange` the collection's own checks run before moderation applies.
 */
export function businessOwned({ images, beforeChange = [] }: { images: string[]; beforeChange?: CollectionBeforeChangeHook[] }): Pick<CollectionConfig, 'custom' | 'versions' | 'access' | 'hooks'> {
  return {
    custom: { businessOwned: true },
    versions: { drafts: { validate: true }, maxPerDoc: 30 },
    access: {
      read: readOwnedOrPublished,
      readVersions: readOwnMarketVersions,
      create: createAsBusiness,
      update: updateOwnedOrModerate,
      delete: deleteOwned,
    },
    hooks: {
      beforeOperation: [routeModerationSave],
      beforeValidate: [setOwner],
      beforeChange: [...beforeChange, applyModeration],
      afterChange: [approveImages(images), revalidateDoc],
      afterDelete: [revalidateDeleted],
    },
  }
}
