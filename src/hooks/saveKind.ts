import type { CollectionSlug, PayloadRequest } from 'payload'
import type { PublicationStatus, SaveKind } from '@/domain/workflow'

type Doc = { _status?: unknown } | null | undefined

const asStatus = (v: unknown): PublicationStatus | undefined => (v === 'published' || v === 'draft' ? v : undefined)
const liveKey = (collection: string, id: unknown) => `liveStatus:${collection}:${String(id)}`

/**
 * Payload hands update hooks the latest *version* as `originalDoc`; whether the public currently
 * sees the document is the live row's `_status`. Read once per save (in the first hook) and kept
 * in `req.context` for the hooks that follow, the audit included.
 */
export async function rememberLiveStatus(req: PayloadRequest, collection: string, id: unknown): Promise<void> {
  if (id === undefined || id === null) return
  const key = liveKey(collection, id)
  if (key in (req.context ?? {})) return
  const live = (await req.payload.db.findOne({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })) as Doc
  req.context[key] = asStatus(live?._status) ?? null
}

/**
 * Describes a save for the workflow rules: Payload writes only a draft version when the request
 * asks for `draft` and does not publish (it then sets `_status: 'draft'` before the hooks run).
 */
export function saveKindOf(req: PayloadRequest, data: Doc, originalDoc: Doc, collection?: string, id?: unknown): SaveKind {
  const draftFlag = req.query?.draft === 'true' || (req.query?.draft as unknown) === true
  // Restoring a version "as draft" hands the hooks the old version's data, `_status` included;
  // Payload stores it as a draft whatever that says (editors may restore as draft).
  const restoringAsDraft = draftFlag && Boolean(req.context?.isRestoringVersion)
  const requested = restoringAsDraft ? 'draft' : asStatus(data?._status)
  const live = collection && id !== undefined ? (req.context?.[liveKey(collection, id)] as PublicationStatus | null | undefined) : undefined
  return { requestedStatus: requested, previousStatus: asStatus(originalDoc?._status), liveStatus: live ?? undefined, draftSave: draftFlag && requested !== 'published' }
}
