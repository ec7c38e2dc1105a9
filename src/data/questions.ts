import { timingSafeEqual } from 'node:crypto'
import type { Where } from 'payload'
import { normalizeTrackingCode } from '@/domain/cases'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { pickRich, pickText, type LRich, type LText } from '@/lib/localeFallback'
import { translationInfo, type TranslationInfo } from './localized'
import { AGENCY_LINK } from './populate'

export interface FollowedQuestion {
  kind: 'question' | 'informationRequest'
  code: string
  title: string
  state: string
  dueOn: string | null
  agency: string | null
  refusal: string | null
  note: string | null
  answerSlug: string | null
  privateAnswer: string | null
  /** Information requests: when it was received and each recorded step (the step and its day; never who recorded it). */
  receivedOn?: string | null
  steps?: { action: string; at: string; note: string | null }[]
  /** Information requests refused (or partly provided): the legal ground. */
  ground?: string | null
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
  if (code.startsWith('TT-')) return followRequest(locale, code, token)
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
    kind: 'question',
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

/** An information request followed by its requester (code TT-…, same secret-token rule). */
async function followRequest(locale: Locale, code: string, token: string): Promise<FollowedQuestion | null> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'information-requests',
    where: { code: { equals: code } },
    limit: 1,
    depth: 1,
    locale,
    overrideAccess: true,
    showHiddenFields: true,
    select: { code: true, publicSummary: true, state: true, dueOn: true, receivedOn: true, agency: true, note: true, ground: true, history: true, followToken: true },
  })
  const r = found.docs[0]
  if (!r || !r.followToken || !same(r.followToken, token)) return null
  return {
    kind: 'informationRequest',
    code: r.code,
    title: r.publicSummary,
    state: r.state,
    dueOn: r.dueOn ?? null,
    agency: typeof r.agency === 'object' && r.agency ? (r.agency.name ?? null) : null,
    refusal: null,
    note: r.note ?? null,
    answerSlug: null,
    privateAnswer: null,
    receivedOn: r.receivedOn ?? null,
    steps: (r.history ?? []).map((h) => ({ action: h.action, at: h.at, note: h.note ?? null })),
    ground: r.ground ?? null,
  }
}

// ——— The public archive: published answers only (the `question-answers` collection holds no
// personal data; its link to the case is unreadable to the public), cached by tag. ———

type Row = Record<string, unknown>
type All<T> = { vi?: T | null; en?: T | null } | null | undefined

export interface AnswerFilters {
  field?: string
  /** Agency slug. */
  agency?: string
  page: number
}

export interface AnswerSummary {
  slug: string
  code: string
  title: LText
  field: string | null
  agency: { slug: string; name: string | null } | null
  publicAsker: string | null
  askerKind: string | null
  askedOn: string | null
  answeredOn: string | null
  daysTaken: number | null
  onTime: boolean | null
  /** True when the English answer exists (English pages show the Vietnamese one, marked, otherwise). */
  answerTranslated: boolean
}

export interface AnswerDetail extends AnswerSummary {
  id: number | string
  questionText: LText | null
  answer: LRich | null
  relatedDocuments: { slug: string; number: string | null; title: LText | null }[]
  translation: TranslationInfo | null
}

const PAGE_SIZE = 20
const SELECT = { slug: true, code: true, title: true, field: true, agency: true, publicAsker: true, askerKind: true, askedOn: true, answeredOn: true, daysTaken: true, onTime: true, answer: true } as const

function summary(d: Row, locale: Locale): AnswerSummary {
  const title = d.title as All<string>
  const answer = d.answer as All<unknown>
  const agency = d.agency && typeof d.agency === 'object' ? (d.agency as Row) : null
  const agencyName = agency ? pickText(locale, (agency.name as All<string>)?.[locale] ?? agency.name, (agency.name as All<string>)?.vi ?? agency.name) : null
  return {
    slug: String(d.slug),
    code: String(d.code ?? ''),
    title: pickText(locale, title?.[locale], title?.vi) ?? { text: String(d.code ?? ''), lang: 'vi' },
    field: (d.field as string) ?? null,
    agency: agency ? { slug: String(agency.slug), name: agencyName?.text ?? null } : null,
    publicAsker: (d.publicAsker as string) || null,
    askerKind: (d.askerKind as string) ?? null,
    askedOn: (d.askedOn as string) ?? null,
    answeredOn: (d.answeredOn as string) ?? null,
    daysTaken: typeof d.daysTaken === 'number' ? d.daysTaken : null,
    onTime: typeof d.onTime === 'boolean' ? d.onTime : null,
    answerTranslated: Boolean(pickRich('en', answer?.en, null)),
  }
}

async function agencyIdBySlug(slug: string): Promise<number | string | null> {
  const payload = await payloadClient()
  const found = await payload.find({ collection: 'agencies', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false, select: { slug: true } })
  return found.docs[0]?.id ?? null
}

/** One page of the archive, newest answer first, filtered by field and agency (query string). */
export const listAnswers = cachedRead(
  'questions:list',
  async (locale: Locale, filters: AnswerFilters): Promise<{ items: AnswerSummary[]; page: number; totalPages: number; totalDocs: number }> => {
    const payload = await payloadClient()
    const and: Where[] = [{ _status: { equals: 'published' } }]
    if (filters.field) and.push({ field: { equals: filters.field } })
    if (filters.agency) {
      const id = await agencyIdBySlug(filters.agency)
      if (id === null) return { items: [], page: 1, totalPages: 0, totalDocs: 0 }
      and.push({ agency: { equals: id } })
    }
    const result = await payload.find({
      collection: 'question-answers',
      locale: 'all',
      overrideAccess: false,
      depth: 1,
      limit: PAGE_SIZE,
      page: filters.page,
      sort: '-answeredOn',
      where: { and },
      select: SELECT,
      populate: { agencies: AGENCY_LINK },
    })
    return { items: (result.docs as unknown as Row[]).map((d) => summary(d, locale)), page: result.page ?? 1, totalPages: result.totalPages, totalDocs: result.totalDocs }
  },
  () => [tags.collection('question-answers'), tags.collection('agencies')],
)

/** One published answer by its slug (the question's code, lower case). */
export const getAnswerBySlug = cachedRead(
  'questions:detail',
  async (locale: Locale, slug: string): Promise<AnswerDetail | null> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'question-answers',
      locale: 'all',
      overrideAccess: false,
      depth: 1,
      limit: 1,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      select: { ...SELECT, questionText: true, relatedDocuments: true, translation: true },
      populate: { agencies: AGENCY_LINK, 'legal-documents': { slug: true, number: true, title: true } },
    })
    const d = result.docs[0] as unknown as Row | undefined
    if (!d) return null
    const questionText = d.questionText as All<string>
    const answer = d.answer as All<unknown>
    return {
      ...summary(d, locale),
      id: d.id as number,
      questionText: pickText(locale, questionText?.[locale], questionText?.vi),
      answer: pickRich(locale, answer?.[locale], answer?.vi),
      relatedDocuments: ((d.relatedDocuments as Row[] | undefined) ?? [])
        .filter((r) => r && typeof r === 'object')
        .map((r) => ({ slug: String(r.slug), number: (r.number as string) ?? null, title: pickText(locale, (r.title as All<string>)?.[locale], (r.title as All<string>)?.vi) })),
      translation: translationInfo(d),
    }
  },
  (_locale, slug) => [tags.docSlug('question-answers', slug), tags.collection('question-answers')],
)

/** The latest answers for an RSS feed, per field or per agency (the same filters as the archive). */
export async function answersFeed(locale: Locale, filters: Omit<AnswerFilters, 'page'>): Promise<AnswerSummary[]> {
  return (await listAnswers(locale, { ...filters, page: 1 })).items
}
