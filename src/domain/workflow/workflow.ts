/**
 * The editorial workflow of agency content, as pure rules (no Payload, no React):
 * draft → submitted for review → published. Payload's `_status` says what the public sees;
 * `workflowState` says where the latest version stands in the review process.
 */
export const WORKFLOW_STATES = ['draft', 'submitted', 'published'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** `caseStep`: a named step of a question or information request (accept, assign, extend …), named in the comment. */
export const AUDIT_ACTIONS = ['created', 'edited', 'submitted', 'returned', 'published', 'unpublished', 'deleted', 'restored', 'caseStep'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type PublicationStatus = 'draft' | 'published'

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)
}

export interface SaveKind {
  /** `_status` the save asks for (undefined when the body does not say). */
  requestedStatus?: PublicationStatus | null
  /** `_status` of the latest version before the save (undefined on create). */
  previousStatus?: PublicationStatus | null
  /**
   * `_status` of the live document before the save, when it differs from the latest version's
   * (a published document with a newer draft): the public sees the live one.
   */
  liveStatus?: PublicationStatus | null
  /** True when the save only writes a draft version (`?draft=true`), never the live document. */
  draftSave: boolean
}

/** The `_status` the document will have after the save. */
export function effectiveStatus({ requestedStatus, previousStatus, draftSave }: SaveKind): PublicationStatus {
  if (draftSave) return 'draft'
  return requestedStatus ?? previousStatus ?? 'draft'
}

/** True when the save changes what the public sees: publishing, editing the live document, or unpublishing. */
export function changesPublicState(save: SaveKind): { publishing: boolean; unpublishing: boolean } {
  const status = effectiveStatus(save)
  return {
    publishing: !save.draftSave && status === 'published',
    unpublishing: !save.draftSave && (save.liveStatus ?? save.previousStatus) === 'published' && status === 'draft',
  }
}

/**
 * The workflow state after a save. A save that publishes is `published`; otherwise the editor's
 * choice (`draft` or `submitted`) is kept, a submitted document stays submitted while it is being
 * corrected, and editing a published document starts a new `draft`. Nobody sets `published` by hand.
 */
export function nextWorkflowState(save: SaveKind & { requested?: unknown; previous?: unknown }): WorkflowState {
  const { publishing } = changesPublicState(save)
  if (publishing) return 'published'
  if (save.requested === 'submitted' || save.requested === 'draft') return save.requested
  if (save.previous === 'submitted') return 'submitted'
  return 'draft'
}

/** True when this save is the moment a document is submitted for review (publishers are notified). */
export function isNewSubmission(previous: unknown, next: unknown): boolean {
  return next === 'submitted' && previous !== 'submitted'
}

export interface AuditSnapshot {
  _status?: PublicationStatus | null
  workflowState?: WorkflowState | null
  deletedAt?: string | null
  /** Set when a publisher returns the document to its editor (see `isReturn`). */
  review?: { returnedAt?: string | null } | null
}

/**
 * What happened in one change, for the audit log. One save usually is one action; creating a
 * document already published records `created` and `published`.
 */
export function auditActions(input: {
  operation: 'create' | 'update' | 'delete'
  previous?: AuditSnapshot | null
  doc?: AuditSnapshot | null
  draftSave: boolean
  restoringVersion?: boolean
  /** Live `_status` before the save (see `SaveKind.liveStatus`). */
  liveStatus?: PublicationStatus | null
}): AuditAction[] {
  const { operation, previous, doc, draftSave } = input
  if (operation === 'delete') return ['deleted']
  if (operation === 'create') {
    const out: AuditAction[] = ['created']
    if (!draftSave && doc?._status === 'published') out.push('published')
    else if (doc?.workflowState === 'submitted') out.push('submitted')
    return out
  }
  if (previous?.deletedAt && !doc?.deletedAt) return ['restored']
  if (!previous?.deletedAt && doc?.deletedAt) return ['deleted']
  if (input.restoringVersion) return doc?._status === 'published' && !draftSave ? ['restored', 'published'] : ['restored']
  if (!draftSave && doc?._status === 'published') return ['published']
  if (!draftSave && (input.liveStatus ?? previous?._status) === 'published' && doc?._status === 'draft') return ['unpublished']
  if (isNewSubmission(previous?.workflowState, doc?.workflowState)) return ['submitted']
  if (previous?.workflowState === 'submitted' && doc?.workflowState === 'draft' && doc.review?.returnedAt && doc.review.returnedAt !== previous.review?.returnedAt) return ['returned']
  return ['edited']
}

export interface ReviewRequest {
  title: string
  collectionLabel: { vi: string; en: string }
  agencyName: string
  submitterName: string
  adminUrl: string
}

/** The e-mail a publisher receives when an editor submits a document (plain text, both languages). */
export function reviewRequestEmail(r: ReviewRequest): { subject: string; text: string } {
  const title = r.title.replace(/[\r\n]+/g, ' ').slice(0, 200)
  return {
    subject: `[Cổng TTĐT Hà Tĩnh] Chờ duyệt: ${title}`,
    text: [
      `${r.submitterName} đã gửi ${r.collectionLabel.vi.toLowerCase()} "${title}" của ${r.agencyName} để duyệt đăng.`,
      `Mở để duyệt: ${r.adminUrl}`,
      '',
      `${r.submitterName} submitted the ${r.collectionLabel.en.toLowerCase()} "${title}" (${r.agencyName}) for review.`,
      `Review it at: ${r.adminUrl}`,
    ].join('\n'),
  }
}
