import type { Payload } from 'payload'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { aggregate, fromSubmissionRows, questionsFromBlocks, type QuestionResult, type SurveyQuestion } from '@/domain/surveys'
import type { Locale } from '@/routes/locales'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import { cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'
import { AGENCY_LINK, PUBLISHED } from './populate'

type Row = Record<string, unknown>
type ID = number | string
const SURVEYS = 'surveys'
const RESPONSES = 'survey-responses'

const localized = (v: unknown): Row => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })
const text = (locale: Locale, v: unknown) => {
  const l = localized(v)
  return pickText(locale, l[locale], l.vi)
}

/** Dates only: whether a survey is open, and whether its results are public, is decided when a page renders. */
export interface SurveyCard {
  id: ID
  slug: string
  title: LText | null
  intro: LText | null
  startDate: string
  endDate: string
  onePerVisitor: boolean
  liveResults: boolean
  agency: { slug: string; name: LText | null } | null
}

export interface SurveyDetail extends SurveyCard {
  /** Labels in the page's language where translated, else Vietnamese (`langs` says which). */
  questions: SurveyQuestion[]
  /** Question name → the language its texts are in. */
  langs: Record<string, Locale>
  /** The English edition's state (the notice on English pages). */
  translation: { state: 'missing' | 'outdated' | 'current'; viMaterialChangeAt?: string | null } | null
  publishedAt: string | null
  updatedAt: string
}

export interface SurveyResults {
  responses: number
  questions: QuestionResult[]
}

function toCard(doc: Row, locale: Locale): SurveyCard {
  const agency = doc.agency as Row | null
  return {
    id: doc.id as ID,
    slug: doc.slug as string,
    title: text(locale, doc.title),
    intro: text(locale, doc.intro),
    startDate: vnDay(doc.startDate as string) ?? '',
    endDate: vnDay(doc.endDate as string) ?? '',
    onePerVisitor: doc.onePerVisitor !== false,
    liveResults: Boolean(doc.liveResults),
    agency: agency && typeof agency === 'object' ? { slug: agency.slug as string, name: text(locale, agency.name) } : null,
  }
}

/** The builder's blocks read with `locale: 'all'`, their texts picked for the page. */
function localizeBlocks(blocks: Row[], locale: Locale): { blocks: Row[]; langs: Record<string, Locale> } {
  const langs: Record<string, Locale> = {}
  const out = blocks.map((b) => {
    const label = text(locale, b.label)
    if (typeof b.name === 'string') langs[b.name] = label?.lang ?? locale
    return {
      ...b,
      label: label?.text ?? '',
      minLabel: text(locale, b.minLabel)?.text ?? '',
      maxLabel: text(locale, b.maxLabel)?.text ?? '',
      options: ((b.options as Row[] | undefined) ?? []).map((o) => ({ ...o, label: text(locale, o.label)?.text ?? '' })),
    }
  })
  return { blocks: out, langs }
}

export async function readSurveys(payload: Payload, locale: Locale): Promise<SurveyCard[]> {
  const result = await payload.find({
    collection: SURVEYS,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    limit: 500,
    sort: ['-startDate', 'slug'],
    where: PUBLISHED,
    select: { title: true, slug: true, intro: true, startDate: true, endDate: true, onePerVisitor: true, liveResults: true, agency: true },
    populate: { agencies: AGENCY_LINK },
  })
  return result.docs.map((d) => toCard(d as unknown as Row, locale))
}

export async function readSurvey(payload: Payload, locale: Locale, slug: string): Promise<SurveyDetail | null> {
  const result = await payload.find({
    collection: SURVEYS,
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    limit: 1,
    where: { and: [PUBLISHED, { slug: { equals: slug } }] },
    select: { title: true, slug: true, intro: true, startDate: true, endDate: true, onePerVisitor: true, liveResults: true, agency: true, fields: true, translation: true, publishedAt: true, updatedAt: true },
    populate: { agencies: AGENCY_LINK },
  })
  const doc = result.docs[0] as unknown as Row | undefined
  if (!doc) return null
  const { blocks, langs } = localizeBlocks((doc.fields as Row[] | undefined) ?? [], locale)
  return { ...toCard(doc, locale), questions: questionsFromBlocks(blocks), langs, translation: (doc.translation as SurveyDetail['translation']) ?? null, publishedAt: (doc.publishedAt as string) ?? null, updatedAt: doc.updatedAt as string }
}

/**
 * The counts of a survey's answers. Responses are readable by the surveying agency's staff only,
 * so this public aggregate reads them as the system (overrideAccess) — and selects nothing but the
 * answer rows, keeps no text answer (only how many answered) and returns totals, never a response.
 * The caller decides whether the results are public yet (`resultsPublic`).
 */
export async function readSurveyResults(payload: Payload, survey: Pick<SurveyDetail, 'id' | 'questions'>): Promise<SurveyResults> {
  const result = await payload.find({
    collection: RESPONSES,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    limit: 100_000,
    where: { form: { equals: survey.id } },
    select: { submissionData: true },
  })
  const answers = result.docs.map((d) => fromSubmissionRows((d as unknown as { submissionData?: { field?: string | null; value?: string | null }[] }).submissionData))
  return { responses: answers.length, questions: aggregate(survey.questions, answers) }
}

export const listSurveys = cachedRead(
  'surveys:list',
  async (locale: Locale) => readSurveys(await payloadClient(), locale),
  () => [tags.collection(SURVEYS), tags.collection('agencies')],
)

export const getSurvey = cachedRead(
  'surveys:slug',
  async (locale: Locale, slug: string) => readSurvey(await payloadClient(), locale, slug),
  (_locale, slug) => [tags.docSlug(SURVEYS, slug), tags.collection('agencies')],
)

/** Expired by every response (SurveyResponses' afterChange) and by any change of the survey. */
export const getSurveyResults = cachedRead(
  'surveys:results',
  async (locale: Locale, slug: string) => {
    const payload = await payloadClient()
    const survey = await readSurvey(payload, locale, slug)
    return survey ? readSurveyResults(payload, survey) : null
  },
  (_locale, slug) => [tags.docSlug(SURVEYS, slug), tags.collection(RESPONSES)],
)
