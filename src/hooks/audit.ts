import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { idOf } from '@/access/roles'
import { auditActions, type AuditAction, type AuditSnapshot } from '@/domain/workflow'
import { clientIp } from '@/lib/clientAddress'
import { keepingLocale } from '@/lib/requestLocale'
import { saveKindOf } from './saveKind'

type Doc = Record<string, unknown>

function titleOf(doc: Doc): string | null {
  const title = doc.title
  if (typeof title === 'string') return title.slice(0, 500)
  if (title && typeof title === 'object') {
    const t = title as Record<string, unknown>
    const first = [t.vi, t.en].find((v) => typeof v === 'string')
    return typeof first === 'string' ? first.slice(0, 500) : null
  }
  return typeof doc.slug === 'string' ? doc.slug : null
}

function reviewCommentOf(doc: Doc): string | null {
  const review = doc.review as { comment?: unknown } | null | undefined
  return typeof review?.comment === 'string' ? review.comment : null
}

/** The id of the newest version of a document (the one this save produced), if versions exist. */
async function latestVersionId(req: PayloadRequest, collection: string, id: unknown): Promise<string | null> {
  try {
    const found = await req.payload.findVersions({
      collection: collection as CollectionSlug,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const v = found.docs[0] as { id?: unknown } | undefined
    return v?.id !== undefined ? String(v.id) : null
  } catch {
    return null
  }
}

async function record(req: PayloadRequest, collection: string, doc: Doc, actions: AuditAction[], versionId: string | null, stepComment: string | null = null) {
  const user = req.user as { id?: unknown; name?: string; email?: string; collection?: string } | null
  // Only an address a trusted front proxy reported (TRUST_PROXY), never one the client typed.
  const ip = clientIp(req.headers)
  for (const action of actions) {
    await req.payload.create({
      collection: 'audit-log',
      data: {
        user: user?.collection === 'users' ? (user.id as number) : null,
        userName: user ? (user.name ?? user.email ?? null) : null,
        action,
        targetCollection: collection,
        documentId: String(doc.id),
        title: titleOf(doc),
        agency: idOf((doc.agency ?? null) as number | { id: number } | null) as number | null,
        versionId,
        ip,
        // A return keeps the publisher's comment beside the entry.
        comment: action === 'returned' ? reviewCommentOf(doc) : action === 'caseStep' ? stepComment : null,
      },
      overrideAccess: true,
      req,
    })
  }
}

/** One audit entry per meaningful change of an agency document (see `auditActions`). */
export const auditChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (req.context?.skipAudit) return doc
  const flag = (v: unknown) => v === true || v === 'true'
  const kind = saveKindOf(req, doc, previousDoc, collection.slug, doc.id)
  const draftSave = kind.draftSave || (flag(req.query?.draft) && doc?._status !== 'published')
  const actions = auditActions({
    liveStatus: kind.liveStatus,
    operation,
    previous: operation === 'create' ? null : (previousDoc as AuditSnapshot),
    doc: doc as AuditSnapshot,
    draftSave,
    restoringVersion: Boolean(req.context?.isRestoringVersion),
  })
  // Autosaves (every few seconds while an editor types) are not logged as edits one by one; an
  // autosave that creates, submits or restores a document is.
  if (flag(req.query?.autosave) && actions.length === 1 && actions[0] === 'edited') return doc
  await keepingLocale(req, async () => record(req, collection.slug, doc as Doc, actions, await latestVersionId(req, collection.slug, doc.id)))
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context?.skipAudit) return doc
  await keepingLocale(req, () => record(req, collection.slug, doc as Doc, auditActions({ operation: 'delete', draftSave: false }), null))
  return doc
}

/**
 * One entry for a named step of a case (a question or an information request: accepted, assigned,
 * reassigned, extended, refused …): the step and its note are the entry's comment, the case's
 * `agency` is the agency it now sits with.
 */
export async function recordCaseStep(req: PayloadRequest, collection: string, doc: object, step: string, note: string | null): Promise<void> {
  await keepingLocale(req, () => record(req, collection, doc as Doc, ['caseStep'], null, note ? `${step}: ${note}`.slice(0, 2000) : step))
}
