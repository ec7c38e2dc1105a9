import { readEnquiryForm, type EnquiryField, type EnquiryValues } from '@/domain/invest/enquiry'
import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { investPaths } from '@/routes/invest'
import { submitEnquiry } from './submit'

/**
 * The investor enquiry form on the public-form mechanism (src/lib/publicForm): the server action
 * (`./action.ts`) and the no-JS route handler (`app/(frontend)/[locale]/invest/[slug]/enquiry`)
 * both answer through `answer`.
 */
export const enquiryForm: PublicForm<{ slug: string }, EnquiryValues, EnquiryField> = {
  id: 'enquiry',
  values: (form) => readEnquiryForm(form).values,
  page: (locale, { slug }) => investPaths.project(locale, slug),
  permalink: (locale, { slug }) => investPaths.enquiry(locale, slug),
  async answer({ payload, form, address, locale, params: { slug } }) {
    const t = getT(locale)
    const { values, honeypot } = readEnquiryForm(form)
    const outcome = await submitEnquiry(payload, { projectSlug: String(slug).slice(0, 200), locale, clientAddress: address, values, honeypot })
    if (outcome.kind === 'done' || outcome.kind === 'spam') return { kind: 'redirect', to: investPaths.enquirySent(locale, slug) }
    return renderAnswer(outcome, values, {
      invalid: (errors) =>
        errors.map((e) => ({
          field: e.field,
          message: e.code === 'tooLong' ? t('enquiry.errors.tooLong', { field: t(`enquiry.${e.field}`), max: e.max }) : t(`enquiry.errors.${e.code}`),
        })),
      notFound: () => t('enquiry.errors.projectGone'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
  },
}
