import { COMMENT_ATTACHMENT_MAX_BYTES, readCommentForm } from '@/domain/consultations'
import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { uploadProblemMessage } from '@/lib/uploads/validate'
import { ROUTES, sectionPath } from '@/routes'
import type { CommentFormState } from './state'
import { submitComment } from './submit'

/** Bytes read from a posted file at most (the form refuses more than 5 MB; this bounds memory). */
const READ_LIMIT = COMMENT_ATTACHMENT_MAX_BYTES + 1024 * 1024

const kept = (form: FormData): CommentFormState['values'] => {
  const { values } = readCommentForm(form)
  return { name: values.name, organisation: String(form.get('organisation') ?? '').trim(), email: values.email, text: values.text }
}

/**
 * The comment form on the public-form mechanism (src/lib/publicForm): the server action
 * (./action.ts) and the no-JS route handler (`app/(frontend)/[locale]/consultations/[slug]/comment`)
 * both answer through `answer`. The article commented on comes from the form (a hidden field; one
 * form per article on the page), checked against the draft by `submitComment`.
 */
export const commentForm: PublicForm<{ slug: string }, CommentFormState['values'], NonNullable<CommentFormState['errors'][number]['field']>, CommentFormState> = {
  id: 'comment',
  // The attachment the form accepts (5 MB) — twice over, so that a file somewhat too large gets
  // the form's own localized message with the text kept, not the plain 413 — and the text.
  bodyLimit: 2 * COMMENT_ATTACHMENT_MAX_BYTES + 1024 * 1024,
  values: kept,
  page: (locale, { slug }) => sectionPath(locale, 'consultations', slug),
  permalink: (locale, { slug }) => sectionPath(locale, 'consultations', slug, ROUTES.consultations.afterParam.comment[locale]),
  async answer({ payload, form, address, locale, params: { slug } }) {
    const t = getT(locale)
    const { values, honeypot } = readCommentForm(form)
    const state = kept(form)
    const file = form.get('attachment')
    const attachment = file instanceof File && file.size > 0 ? { bytes: file.size > READ_LIMIT ? new Uint8Array(file.size) : new Uint8Array(await file.arrayBuffer()), name: file.name } : null
    const outcome = await submitComment(payload, { ...values, article: values.article.slice(0, 40), consultation: String(slug).slice(0, 200), organisation: state.organisation, honeypot, attachment }, address, locale)
    if (outcome.kind === 'done' || outcome.kind === 'spam') return { kind: 'redirect', to: sectionPath(locale, 'consultations', slug, ROUTES.consultations.afterParam['comment-sent'][locale]) }
    // Closed since the page was rendered: the page still exists, so the refusal is a conflict.
    if (outcome.kind === 'closed') return { kind: 'render', status: 409, state: { values: state, errors: [{ field: null, message: t('consultations.errors.closed') }] } }
    return renderAnswer(outcome, state, {
      invalid: (errors) =>
        errors.map((e) => ({
          field: e.field,
          message:
            e.code === 'upload' ? `${uploadProblemMessage(e.problem, locale)} ${t('consultations.form.attachAgain')}` : e.code === 'tooLong' ? t('consultations.errors.tooLong', { field: t(`consultations.form.${e.field}`), max: e.max }) : t(`consultations.errors.${e.code}`),
        })),
      notFound: () => t('consultations.errors.gone'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
  },
}
