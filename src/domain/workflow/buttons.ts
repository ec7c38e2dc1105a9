import type { WorkflowState } from './workflow'

/**
 * Which workflow buttons a user gets on a document: nobody sees a button they cannot
 * use. Roles are the user's in the document's agency; admins act as publishers.
 *
 * - editors: "Gửi duyệt" (submit) on a draft — a new document or one being edited;
 * - translators (no authoring role): "Gửi bản dịch" on a draft, in English only (they cannot
 *   save Vietnamese);
 * - publishers: "Xuất bản" (Payload's publish control, which also unpublishes) and, on a
 *   submitted document, "Trả lại" (return to the editor with a comment).
 */
export type WorkflowButton = 'submit' | 'submitTranslation' | 'publish' | 'return'

export interface WorkflowActor {
  admin?: boolean
  editor?: boolean
  publisher?: boolean
  translator?: boolean
}

export interface ButtonsInput {
  actor: WorkflowActor
  /** The latest version's `workflowState` (undefined for a document not saved yet). */
  state?: WorkflowState | null
  /** The content locale the edit view is showing. */
  locale: string
}

export function workflowButtons({ actor, state, locale }: ButtonsInput): WorkflowButton[] {
  const current = state ?? 'draft'
  if (actor.admin || actor.publisher) return current === 'submitted' ? ['publish', 'return'] : ['publish']
  if (current !== 'draft') return []
  if (actor.editor) return ['submit']
  if (actor.translator && locale === 'en') return ['submitTranslation']
  return []
}

export const REVIEW_COMMENT_MAX = 2000

/** The comment of a return, trimmed; null when empty or not text. */
export function reviewComment(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim().slice(0, REVIEW_COMMENT_MAX)
  return trimmed || null
}

/**
 * True when this save returns a submitted document to its editor: submitted → draft, by a
 * publisher (or admin), with a comment. A return without a comment is refused by the caller.
 */
export function isReturn(input: { previous?: unknown; next: WorkflowState; actor: WorkflowActor }): boolean {
  return input.previous === 'submitted' && input.next === 'draft' && Boolean(input.actor.admin || input.actor.publisher)
}
