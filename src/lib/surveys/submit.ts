import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { vnDay } from '@/domain/ratings'
import { questionsFromBlocks, respondentKey, surveyPhase, toSubmissionRows, validateAnswers, type AnswerError, type Answers, type SurveyQuestion } from '@/domain/surveys'
import { toISODate } from '@/domain/calendar'
import { publicWrite, refusalFromError, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import type { Locale } from '@/routes/locales'

/** The answers as typed: question name → values (a multiple choice has several). */
export type SurveyValues = Record<string, string[]>

/** `counted: false` — this visitor had already answered a one-response survey: nothing was stored. */
export type SurveyOutcome = PublicWriteOutcome<AnswerError, { counted: boolean }>

interface OpenSurvey {
  id: number
  startDate: string
  endDate: string
  onePerVisitor: boolean
  questions: SurveyQuestion[]
}

/** The published survey with its questions (Vietnamese texts: only the names and values matter here). */
async function readTarget(payload: Payload, slug: string): Promise<OpenSurvey | null> {
  const found = await payload.find({
    collection: 'surveys',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    locale: 'vi',
    overrideAccess: false,
    select: { startDate: true, endDate: true, onePerVisitor: true, fields: true },
  })
  const doc = found.docs[0]
  if (!doc) return null
  return {
    id: doc.id,
    startDate: toISODate(new Date(doc.startDate)),
    endDate: toISODate(new Date(doc.endDate)),
    onePerVisitor: doc.onePerVisitor !== false,
    questions: questionsFromBlocks((doc.fields ?? []) as unknown as Record<string, unknown>[]),
  }
}

const SECRET = () => {
  const s = process.env.PAYLOAD_SECRET
  if (!s) throw new Error('PAYLOAD_SECRET is needed to key survey respondents')
  return s
}

/**
 * One response to a survey through the public-write path: honeypot → the answers checked against
 * the survey's questions → the survey must be published and open today (Việt Nam time) → the
 * `survey` rate limit → the response is written, unless the survey asks for one response per
 * visitor and this visitor's key (an HMAC of the address keyed for this survey; the address is not
 * stored) already has one. Written through the Local API *without* overriding access: the
 * collection admits creates carrying `context.surveyResponse` only (never a REST request).
 * `now` and `policy` are for tests.
 */
export async function submitSurveyResponse(
  payload: Payload,
  input: { slug: string; values: SurveyValues; honeypot: string; address: string; locale: Locale },
  opts: { now?: Date; policy?: PolicyName | Policy } = {},
): Promise<SurveyOutcome> {
  if (input.honeypot) return { kind: 'spam' }
  let survey: OpenSurvey | null
  try {
    survey = await readTarget(payload, String(input.slug).slice(0, 200))
  } catch (error) {
    const refusal = refusalFromError(error)
    if (refusal) return refusal
    throw error
  }
  const today = vnDay(opts.now ?? new Date())
  const open = survey && surveyPhase(survey, today) === 'open' ? survey : null
  const answers: Answers = input.values
  return publicWrite(payload, {
    policy: opts.policy ?? 'survey',
    address: input.address,
    honeypot: '',
    values: answers,
    validate: (v) => (open ? validateAnswers(open.questions, v) : []),
    target: async () => open,
    subjects: (_v, s) => ({ target: `surveys:${s.id}` }),
    write: async (v, s) => {
      const key = s.onePerVisitor ? respondentKey(SECRET(), s.id, input.address) : `free:${randomUUID()}`
      if (s.onePerVisitor) {
        const existing = await payload.count({ collection: 'survey-responses', where: { respondentKey: { equals: key } }, overrideAccess: true })
        if (existing.totalDocs > 0) return { counted: false }
      }
      try {
        await payload.create({
          collection: 'survey-responses',
          data: { form: s.id, submissionData: toSubmissionRows(s.questions, v), lang: input.locale, respondentKey: key },
          overrideAccess: false,
          context: { surveyResponse: true },
        })
        return { counted: true }
      } catch (error) {
        // Two tries at once from one visitor: the unique key kept the first.
        if (s.onePerVisitor) {
          const again = await payload.count({ collection: 'survey-responses', where: { respondentKey: { equals: key } }, overrideAccess: true })
          if (again.totalDocs > 0) return { counted: false }
        }
        throw error
      }
    },
  })
}
