import { ANSWER_LIMITS } from '@/domain/surveys'
import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { ROUTES } from '@/routes/table'
import { sectionPath } from '@/routes/paths'
import type { Locale } from '@/routes/locales'
import { ANSWER_PREFIX, HONEYPOT_FIELD } from './state'
import { submitSurveyResponse, type SurveyValues } from './submit'

export const surveyPaths = {
  survey: (locale: Locale, slug: string) => sectionPath(locale, 'surveys', slug),
  /** Where the form posts without JavaScript (its permalink, a route handler). */
  answer: (locale: Locale, slug: string) => sectionPath(locale, 'surveys', slug, ROUTES.surveys.afterParam.answer[locale]),
  sent: (locale: Locale, slug: string) => sectionPath(locale, 'surveys', slug, ROUTES.surveys.afterParam['answer-sent'][locale]),
  csv: (locale: Locale, slug: string) => sectionPath(locale, 'surveys', slug, 'results.csv'),
}

/** The answers in a submission, bounded (question count, values per question, length of each value). */
export function readSurveyForm(form: FormData): { values: SurveyValues; honeypot: string } {
  const values: SurveyValues = {}
  for (const key of new Set(form.keys())) {
    if (!key.startsWith(ANSWER_PREFIX)) continue
    const name = key.slice(ANSWER_PREFIX.length, ANSWER_PREFIX.length + 100)
    if (!name || Object.keys(values).length >= ANSWER_LIMITS.maxQuestions) continue
    values[name] = form
      .getAll(key)
      .filter((v): v is string => typeof v === 'string')
      .slice(0, ANSWER_LIMITS.maxOptions)
      // One character past the longest limit, so "too long" is still reported, never silently cut.
      .map((v) => v.slice(0, ANSWER_LIMITS.textarea + 1))
  }
  const hp = form.get(HONEYPOT_FIELD)
  return { values, honeypot: typeof hp === 'string' ? hp : '' }
}

/**
 * The survey form on the public-form mechanism (src/lib/publicForm): the server action
 * (`./action.ts`) and the no-JS route handler (`app/(frontend)/[locale]/surveys/[slug]/answer`)
 * both answer through `answer`. A visitor who already answered a one-response survey gets the form
 * back (409) saying so: nothing was counted.
 */
export const surveyForm: PublicForm<{ slug: string }, SurveyValues, string> = {
  id: 'survey',
  values: (form) => readSurveyForm(form).values,
  page: (locale, { slug }) => surveyPaths.survey(locale, slug),
  permalink: (locale, { slug }) => surveyPaths.answer(locale, slug),
  async answer({ payload, form, address, locale, params: { slug } }) {
    const t = getT(locale)
    const { values, honeypot } = readSurveyForm(form)
    const outcome = await submitSurveyResponse(payload, { slug: String(slug).slice(0, 200), values, honeypot, address, locale })
    if (outcome.kind === 'spam' || (outcome.kind === 'done' && outcome.result.counted)) return { kind: 'redirect', to: surveyPaths.sent(locale, slug) }
    if (outcome.kind === 'done') return { kind: 'render', status: 409, state: { values, errors: [{ field: null, message: t('surveys.errors.already') }] } }
    return renderAnswer(outcome, values, {
      invalid: (errors) => errors.map((e) => ({ field: e.field, message: e.code === 'tooLong' ? t('surveys.errors.tooLong', { max: e.max }) : t(`surveys.errors.${e.code}`) })),
      notFound: () => t('surveys.errors.closed'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
  },
}
