import type { PublicFormState } from '@/lib/publicForm'
import type { SurveyValues } from './submit'

/** What the survey form shows after a refused submission: every answer as typed, and the problems. */
export type SurveyFormState = PublicFormState<SurveyValues, string>

export const EMPTY_SURVEY: SurveyFormState = { values: {}, errors: [] }

/** Answers are posted as `a:{question name}` (several values for a multiple choice). */
export const ANSWER_PREFIX = 'a:'
export const HONEYPOT_FIELD = 'website'
