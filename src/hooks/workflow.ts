import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionConfig, type PayloadRequest } from 'payload'
import { idOf, PUBLISHING_ROLES, staffId, type AgencyRole, type PortalUser } from '@/access/roles'
import { isNewSubmission, isReturn, nextWorkflowState, reviewComment, reviewRequestEmail } from '@/domain/workflow'
import { workflowActor } from '@/lib/workflowActor'
import { getT } from '@/i18n'
import { publicUrl } from '@/routes/documents'
import { keepingLocale } from '@/lib/requestLocale'
import { saveKindOf } from './saveKind'

/**
 * Keeps `workflowState` consistent with the save (see `nextWorkflowState`) and the `review`
 * group with the review decisions: a publisher's return (submitted → draft) must
 * carry a comment, stamped with who and when; a submission records how many publishers it is
 * sent to and clears the last comment; publication clears it too. Nobody writes `review` directly.
 */
export const syncWorkflowState: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  if (!data) return data
  const next = nextWorkflowState({
    ...saveKindOf(req, data, originalDoc, collection.slug, originalDoc?.id),
    requested: data.workflowState,
    previous: originalDoc?.workflowState,
  })
  data.workflowState = next
  if (!req.user) return data // the system's own saves (seed, jobs) write what they mean
  const stored = (originalDoc?.review ?? {}) as Review
  const agency = data.agency ?? originalDoc?.agency
  const actor = workflowActor(req.user as unknown as PortalUser, agency)
  if (isReturn({ previous: originalDoc?.workflowState, next, actor })) {
    const comment = reviewComment((data.review as Review | undefined)?.comment)
    if (!comment) throw new APIError(getT(req.i18n?.language === 'en' ? 'en' : 'vi')('adminUi.returnNeedsComment'), 400, null, true)
    data.review = { ...stored, comment, returnedBy: userName(req), returnedAt: new Date().toISOString() }
  } else if (isNewSubmission(originalDoc?.workflowState, next)) {
    const id = idOf(agency ?? null)
    const notified = id === null ? 0 : (await publishersOf(req, id)).filter((p) => !isSelf(req, p.id)).length
    data.review = { comment: null, returnedBy: null, returnedAt: null, notified }
  } else if (next === 'published') {
    data.review = { ...stored, comment: null, returnedBy: null, returnedAt: null }
  } else {
    data.review = stored
  }
  return data
}

interface Review {
  comment?: string | null
  returnedBy?: string | null
  returnedAt?: string | null
  notified?: number | null
}

function userName(req: PayloadRequest): string {
  const user = req.user as { name?: string | null; email?: string | null } | null
  return user?.name || user?.email || '—'
}

type ID = number | string

/** Whether staff user `id` is the one saving (a business's id is never a staff id). */
function isSelf(req: PayloadRequest, id: ID): boolean {
  const self = staffId(req.user)
  return self !== null && String(self) === String(id)
}

/** Users holding the publisher role in `agency` (system read: the submitter may not see users). */
export async function publishersOf(req: PayloadRequest, agency: ID): Promise<{ id: ID; email: string; name?: string | null }[]> {
  const found = await req.payload.find({
    collection: 'users',
    where: { 'agencies.agency': { equals: agency } },
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs
    .filter((u) =>
      ((u as { agencies?: { agency?: ID | { id: ID } | null; roles?: AgencyRole[] | null }[] | null }).agencies ?? []).some(
        (m) => String(idOf(m.agency ?? null)) === String(agency) && (m.roles ?? []).some((r) => PUBLISHING_ROLES.includes(r)),
      ),
    )
    .map((u) => ({ id: u.id, email: (u as { email: string }).email, name: (u as { name?: string | null }).name }))
}

function label(collection: CollectionConfig): { vi: string; en: string } {
  const singular = collection.labels?.singular
  if (singular && typeof singular === 'object') {
    const l = singular as Record<string, string>
    return { vi: l.vi ?? collection.slug, en: l.en ?? collection.slug }
  }
  return { vi: typeof singular === 'string' ? singular : collection.slug, en: typeof singular === 'string' ? singular : collection.slug }
}

function titleOf(doc: Record<string, unknown>): string {
  const title = doc.title
  if (typeof title === 'string' && title) return title
  if (title && typeof title === 'object') {
    const t = title as Record<string, unknown>
    if (typeof t.vi === 'string') return t.vi
    if (typeof t.en === 'string') return t.en
  }
  return String(doc.slug ?? doc.id)
}

/**
 * When an editor submits a document for review, the agency's publishers get an e-mail through
 * Payload's e-mail adapter (SMTP when configured, otherwise written to the server log). A failed
 * delivery is logged and never undoes the save.
 */
export const notifyPublishers: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context?.skipNotify) return doc
  if (!isNewSubmission(previousDoc?.workflowState, doc?.workflowState)) return doc
  const agency = idOf(doc.agency ?? null)
  if (agency === null) return doc
  try {
    await keepingLocale(req, () => sendReviewRequests(collection, doc, agency, req))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `review notification for ${collection.slug}/${doc.id} failed` })
  }
  return doc
}

async function sendReviewRequests(collection: CollectionConfig, doc: Record<string, unknown>, agency: ID, req: PayloadRequest): Promise<void> {
  const publishers = (await publishersOf(req, agency)).filter((p) => !isSelf(req, p.id))
  if (publishers.length === 0) return
  const agencyDoc = await req.payload.findByID({ collection: 'agencies', id: agency, depth: 0, locale: 'vi', overrideAccess: true, req, select: { name: true } })
  const mail = reviewRequestEmail({
    title: titleOf(doc),
    collectionLabel: label(collection),
    agencyName: (agencyDoc?.name as string | undefined) ?? String(agency),
    submitterName: ((req.user as { name?: string } | null)?.name ?? (req.user as { email?: string } | null)?.email ?? '—') as string,
    adminUrl: `${publicUrl()}/admin/collections/${collection.slug}/${doc.id}`,
  })
  for (const p of publishers) {
    await req.payload.sendEmail({ to: p.email, subject: mail.subject, text: mail.text })
  }
}
