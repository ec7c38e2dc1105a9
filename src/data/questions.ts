import { timingSafeEqual } from 'node:crypto'
import { normalizeTrackingCode } from '@/domain/cases'
import { payloadClient } from '@/lib/payload'
import type { Locale } from '@/routes/locales'

export interface FollowedQuestion {
  code: string
  title: string
  state: string
  dueOn: string | null
  agency: string | null
  refusal: string | null
  note: string | null
  answerSlug: string | null
  privateAnswer: string | null
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * The asker's own view of their question, by tracking code AND the secret token of the follow
 * link (the code alone is shown on screen and may be overheard). Never cached: it is personal.
 * A system read (the visitor has no account), selecting only what the asker may see of the case.
 */
export async function followQuestion(locale: Locale, rawCode: string, token: string): Promise<FollowedQuestion | null> {
  const code = normalizeTrackingCode(rawCode)
  if (!code || !/^[0-9a-f]{48}$/.test(token)) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'questions',
    where: { code: { equals: code } },
    limit: 1,
    depth: 1,
    locale,
    overrideAccess: true,
    showHiddenFields: true,
    select: { code: true, title: true, state: true, dueOn: true, agency: true, refusal: true, note: true, answer: true, privateAnswer: true, followToken: true },
  })
  const q = found.docs[0]
  if (!q || !q.followToken || !same(q.followToken, token)) return null
  const agency = typeof q.agency === 'object' && q.agency ? (q.agency.name ?? null) : null
  const answer = typeof q.answer === 'object' && q.answer && q.answer._status === 'published' ? q.answer.slug ?? null : null
  return {
    code: q.code,
    title: q.title,
    state: q.state,
    dueOn: q.dueOn ?? null,
    agency,
    refusal: q.refusal ?? null,
    note: q.state === 'refused' || q.state === 'answeredPrivately' ? (q.note ?? null) : null,
    answerSlug: answer,
    privateAnswer: q.state === 'answeredPrivately' ? (q.privateAnswer ?? null) : null,
  }
}
