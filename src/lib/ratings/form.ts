import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { homePath, sectionPath } from '@/routes/paths'
import { ratePath } from '@/routes/services'
import type { RatingFormState } from './state'
import { RATED_COLLECTIONS, submitRating, type InfoSection, type RatingError } from './submit'

const text = (form: FormData, key: string) => {
  const v = form.get(key)
  return typeof v === 'string' ? v.trim() : ''
}
const isInfoSection = (s: string): s is InfoSection => Object.hasOwn(RATED_COLLECTIONS, s)

/**
 * "Was this information useful?" on the public-form mechanism (src/lib/publicForm): the server
 * action (./action.ts) and the no-JS route handler (`app/(frontend)/[locale]/rate/[section]/[slug]`)
 * both answer through `answer`. A counted rating is the rated page re-rendered with thanks (200;
 * the page is cached, so there is no confirmation page to redirect to).
 */
export const ratingForm: PublicForm<{ section: string; slug: string }, RatingFormState['values'], RatingError['field'], RatingFormState> = {
  id: 'rating',
  values: (form) => ({ reason: text(form, 'reason'), remark: text(form, 'remark') }),
  page: (locale, { section, slug }) => (isInfoSection(section) ? sectionPath(locale, section, slug) : homePath(locale)),
  permalink: (locale, { section, slug }) => ratePath(locale, section, slug),
  async answer({ payload, form, address, locale, params: { section, slug } }) {
    const t = getT(locale)
    const values = { section, slug: String(slug).slice(0, 200), useful: text(form, 'useful'), score: text(form, 'score'), reason: text(form, 'reason'), remark: text(form, 'remark') }
    const kept = { reason: values.reason, remark: values.remark }
    const outcome = await submitRating(payload, values, address, locale, { honeypot: text(form, 'website') })
    if (outcome.kind === 'done' || outcome.kind === 'spam') return { kind: 'render', status: 200, state: { done: true, values: { reason: '', remark: '' }, errors: [] } }
    const answer = renderAnswer(outcome, kept, {
      // One message: the first problem (the widget has one place for it).
      invalid: (errors) => errors.slice(0, 1).map((e) => ({ field: e.field, message: t(`ratings.errors.${e.field}`) })),
      notFound: () => t('ratings.errors.gone'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
    return answer.kind === 'render' ? { ...answer, state: { ...answer.state, done: false } } : answer
  },
}
