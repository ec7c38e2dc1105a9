/**
 * Public comments on a draft and the agency's reception report (bảng tổng hợp, tiếp thu, giải
 * trình): moderation first (a refused comment keeps its reason), then every published comment gets
 * a response — accepted, partly accepted, not accepted — with its explanation.
 */
export type Moderation = 'pending' | 'published' | 'rejected'
export type Response = 'accepted' | 'partly' | 'not-accepted'

export const MODERATION_STATES: readonly Moderation[] = ['pending', 'published', 'rejected']
export const RESPONSES: readonly Response[] = ['accepted', 'partly', 'not-accepted']

export interface CommentForReport {
  id: string | number
  moderation: Moderation
  response?: Response | null
  explanation?: string | null
}

export type ConcludeBlocker =
  | { code: 'pendingModeration'; id: string | number }
  | { code: 'noResponse'; id: string | number }
  | { code: 'noExplanation'; id: string | number }

/**
 * Why a consultation may not be marked concluded (its report published) yet; empty when it may.
 * A comment still waiting for moderation blocks (it might belong in the report); a published one
 * needs a response, and one not fully accepted needs its explanation (giải trình). Rejected ones
 * (abuse, spam, off-topic — reason kept on the comment) are not part of the report.
 */
export function concludeBlockers(comments: readonly CommentForReport[]): ConcludeBlocker[] {
  const out: ConcludeBlocker[] = []
  for (const c of comments) {
    if (c.moderation === 'pending') out.push({ code: 'pendingModeration', id: c.id })
    else if (c.moderation === 'published') {
      if (!c.response || !RESPONSES.includes(c.response)) out.push({ code: 'noResponse', id: c.id })
      else if (c.response !== 'accepted' && !c.explanation?.trim()) out.push({ code: 'noExplanation', id: c.id })
    }
  }
  return out
}

/** Counts for the report's header and the dashboard. */
export function reportCounts(comments: readonly CommentForReport[]): Record<Response | 'unanswered', number> {
  const out = { accepted: 0, partly: 0, 'not-accepted': 0, unanswered: 0 }
  for (const c of comments) {
    if (c.moderation !== 'published') continue
    if (c.response && RESPONSES.includes(c.response)) out[c.response]++
    else out.unanswered++
  }
  return out
}

// ---- the public comment form ------------------------------------------------------------------

export type CommentField = 'name' | 'email' | 'text' | 'article'
export interface CommentValues {
  name: string
  email: string
  text: string
  /** The article's address within the draft ('' = the whole draft). */
  article: string
}
export type CommentError = { field: CommentField; code: 'nameRequired' | 'emailInvalid' | 'textRequired' | 'articleUnknown' } | { field: CommentField; code: 'tooLong'; max: number }

export const COMMENT_LIMITS = { name: 160, email: 200, text: 8000 } as const
/** A file attached to a comment: at most 5 MB (public form; the type is sniffed from its bytes). */
export const COMMENT_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i

/** Validates a comment; `articles` are the addresses the draft has. */
export function validateComment(v: CommentValues, articles: readonly string[]): CommentError[] {
  const out: CommentError[] = []
  const len = (s: string) => [...s].length
  if (!v.name.trim()) out.push({ field: 'name', code: 'nameRequired' })
  else if (len(v.name) > COMMENT_LIMITS.name) out.push({ field: 'name', code: 'tooLong', max: COMMENT_LIMITS.name })
  if (v.email.trim() && (len(v.email) > COMMENT_LIMITS.email || !EMAIL.test(v.email.trim()))) out.push({ field: 'email', code: 'emailInvalid' })
  if (!v.text.trim()) out.push({ field: 'text', code: 'textRequired' })
  else if (len(v.text) > COMMENT_LIMITS.text) out.push({ field: 'text', code: 'tooLong', max: COMMENT_LIMITS.text })
  if (v.article && !articles.includes(v.article)) out.push({ field: 'article', code: 'articleUnknown' })
  return out
}

export function readCommentForm(form: { get(name: string): unknown }): { values: CommentValues; honeypot: string } {
  const s = (k: string) => {
    const v = form.get(k)
    return typeof v === 'string' ? v : ''
  }
  return { values: { name: s('name').trim(), email: s('email').trim(), text: s('text').replace(/\r\n/g, '\n').trim(), article: s('article').trim() }, honeypot: s('website') }
}
