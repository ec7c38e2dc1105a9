'use server'
import { headers } from 'next/headers'
import { redirect, RedirectType } from 'next/navigation'
import { readCommentForm } from '@/domain/consultations'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { payloadClient } from '@/lib/payload'
import { refusalMessage } from '@/lib/publicWrite'
import { uploadProblemMessage } from '@/lib/uploads/validate'
import { ROUTES, sectionPath } from '@/routes'
import { isLocale } from '@/routes/locales'
import type { CommentFormState } from './state'
import { submitComment } from './submit'

/** Bytes read from a posted file at most (the form refuses more than 5 MB; this bounds memory). */
const READ_LIMIT = 6 * 1024 * 1024

/**
 * The comment form's server action (a plain multipart form POST, no JavaScript needed). Bound on
 * the page to `{ locale, slug, article }`; success answers 303 to the confirmation page, anything
 * else re-renders the form with what was typed and the localized reason.
 */
export async function sendComment(target: { locale: string; slug: string; article: string }, _previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  const t = getT(locale)
  const { values, honeypot } = readCommentForm(form)
  const organisation = String(form.get('organisation') ?? '').trim()
  const file = form.get('attachment')
  const attachment = file instanceof File && file.size > 0 ? { bytes: file.size > READ_LIMIT ? new Uint8Array(file.size) : new Uint8Array(await file.arrayBuffer()), name: file.name } : null
  const kept = { name: values.name, organisation, email: values.email, text: values.text }
  const outcome = await submitComment(await payloadClient(), { ...values, article: String(target.article).slice(0, 40), consultation: String(target.slug).slice(0, 200), organisation, honeypot, attachment }, clientAddress(await headers()), locale)
  if (outcome.kind === 'done' || outcome.kind === 'spam') redirect(sectionPath(locale, 'consultations', target.slug, ROUTES.consultations.afterParam['comment-sent'][locale]), RedirectType.push)
  switch (outcome.kind) {
    case 'invalid':
      return {
        values: kept,
        errors: outcome.errors.map((e) => ({
          field: e.field,
          message:
            e.code === 'upload' ? `${uploadProblemMessage(e.problem, locale)} ${t('consultations.form.attachAgain')}` : e.code === 'tooLong' ? t('consultations.errors.tooLong', { field: t(`consultations.form.${e.field}`), max: e.max }) : t(`consultations.errors.${e.code}`),
        })),
      }
    case 'refused':
      return { values: kept, errors: [{ field: null, message: refusalMessage(t, outcome) }], retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)) }
    case 'closed':
      return { values: kept, errors: [{ field: null, message: t('consultations.errors.closed') }] }
    case 'not-found':
      return { values: kept, errors: [{ field: null, message: t('consultations.errors.gone') }] }
  }
}
