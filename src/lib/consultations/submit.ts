import type { Payload } from 'payload'
import { toISODate } from '@/domain/calendar'
import { articleAddresses, COMMENT_ATTACHMENT_MAX_BYTES, phaseOf, validateComment, type CommentError, type CommentValues, type DraftChapter } from '@/domain/consultations'
import { publicWrite, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import { checkUpload, type UploadProblem } from '@/lib/uploads/validate'
import { storedFileName } from '@/lib/uploads/filename'
import type { Locale } from '@/routes/locales'

export interface CommentInput extends CommentValues {
  /** The consultation's slug (bound by the page). */
  consultation: string
  organisation: string
  /** Honeypot field; filled by robots only. */
  honeypot: string
  attachment?: { bytes: Uint8Array; name: string } | null
}

export type SubmitCommentError = CommentError | { field: 'organisation'; code: 'tooLong'; max: number } | { field: 'attachment'; code: 'upload'; problem: UploadProblem }
export type CommentOutcome = PublicWriteOutcome<SubmitCommentError, { id: number | string }> | { kind: 'closed' }

const vnDay = (v: string | null | undefined): string | null => (v ? toISODate(new Date(v)) : null)

type Target = { id: number; agency: number; articles: string[] }

/**
 * A comment on a draft through the public-write path (src/lib/publicWrite): honeypot → validation
 * (text, optional e-mail, the article must exist; an attachment's type is sniffed from its bytes
 * and limited to 5 MB) → the consultation must be published and open today → the `comment` rate
 * limit (per address and consultation, per address) → stored as the system, awaiting moderation,
 * in the language of the page it was written on. `policy` is for tests only.
 */
export async function submitComment(payload: Payload, input: CommentInput, address: string, locale: Locale, policy: PolicyName | Policy = 'comment'): Promise<CommentOutcome> {
  let closed = false
  const values = { name: input.name, email: input.email, text: input.text, article: input.article, organisation: input.organisation }
  const outcome = await publicWrite(payload, {
    policy,
    address,
    honeypot: input.honeypot,
    values,
    validate: (v) => {
      const errors: SubmitCommentError[] = validateComment(v, []).filter((e) => e.code !== 'articleUnknown')
      if ([...v.organisation].length > 200) errors.push({ field: 'organisation', code: 'tooLong', max: 200 })
      if (input.attachment && input.attachment.bytes.byteLength > 0) {
        const check = input.attachment.bytes.byteLength > COMMENT_ATTACHMENT_MAX_BYTES ? { ok: false, problem: { code: 'too-large', limitBytes: COMMENT_ATTACHMENT_MAX_BYTES } as UploadProblem } : checkUpload(input.attachment.bytes, 'document')
        if (!check.ok && check.problem) errors.push({ field: 'attachment', code: 'upload', problem: check.problem })
      }
      return errors
    },
    target: async () => {
      const found = await payload.find({
        collection: 'consultations',
        where: { and: [{ slug: { equals: input.consultation } }, { _status: { equals: 'published' } }] },
        limit: 1,
        depth: 0,
        locale: 'vi',
        overrideAccess: false,
        select: { agency: true, openDate: true, closeDate: true, concluded: true, chapters: true },
      })
      const c = found.docs[0]
      const agency = c?.agency
      if (!c || agency === null || agency === undefined) return null
      const open = vnDay(c.openDate) ?? ''
      const close = vnDay(c.closeDate) ?? ''
      if (phaseOf({ openDate: open, closeDate: close, concluded: Boolean(c.concluded) }, toISODate(new Date())).phase !== 'open') {
        closed = true
        return null
      }
      const chapters = (c.chapters ?? []).map((ch) => ({ articles: (ch.articles ?? []).map((a) => ({ number: a.number })) })) as DraftChapter[]
      return { id: c.id, agency: typeof agency === 'object' ? agency.id : agency, articles: articleAddresses(chapters) }
    },
    subjects: (_v, target) => ({ target: `consultation:${target.id}`, agency: target.agency }),
    write: async (v, target: Target) => {
      // The article is checked against the draft as published (validation above cannot know it).
      const article = target.articles.includes(v.article) ? v.article : ''
      let attachment: number | undefined
      if (input.attachment && input.attachment.bytes.byteLength > 0) {
        const check = checkUpload(input.attachment.bytes, 'document')
        const file = await payload.create({
          collection: 'comment-attachments',
          data: { agency: target.agency },
          file: { data: Buffer.from(input.attachment.bytes), mimetype: check.type!.mime, name: storedFileName(input.attachment.name, check.type!.ext), size: input.attachment.bytes.byteLength },
          overrideAccess: true,
        })
        attachment = file.id
      }
      const comment = await payload.create({
        collection: 'consultation-comments',
        data: { consultation: target.id, agency: target.agency, article, name: v.name, organisation: v.organisation || undefined, email: v.email || undefined, text: v.text, lang: locale, moderation: 'pending', attachment },
        overrideAccess: true,
      })
      return { id: comment.id }
    },
  })
  if (outcome.kind === 'not-found' && closed) return { kind: 'closed' }
  return outcome
}
