import { readRequestForm, type RequestField, type RequestValues } from '@/domain/informationRequests'
import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { requestPaths } from '@/routes/informationRequests'
import { submitInformationRequest } from './submit'

/**
 * The information request form of one agency (Law 104/2016/QH13 art. 24) on the public-form
 * mechanism (src/lib/publicForm): the server action (./action.ts) and the no-JS route handler
 * (`app/(frontend)/[locale]/agencies/[agency]/information-requests/new/submit`) both answer
 * through `answer`. Success: 303 to the confirmation with the tracking code.
 */
export const requestForm: PublicForm<{ agency: string }, RequestValues, RequestField> = {
  id: 'information-request',
  values: (form) => readRequestForm(form).values,
  page: (locale, { agency }) => requestPaths.form(locale, agency),
  permalink: (locale, { agency }) => requestPaths.submit(locale, agency),
  async answer({ payload, form, address, locale, params: { agency } }) {
    const t = getT(locale)
    const { values, honeypot } = readRequestForm(form)
    const outcome = await submitInformationRequest(payload, { agencySlug: String(agency).slice(0, 200), clientAddress: address, values, honeypot })
    if (outcome.kind === 'done') return { kind: 'redirect', to: requestPaths.sent(locale, agency, outcome.result.code, outcome.result.followToken) }
    // A bot filled the hidden field: the same confirmation, without a code (nothing was stored).
    if (outcome.kind === 'spam') return { kind: 'redirect', to: requestPaths.sent(locale, agency, '') }
    return renderAnswer(outcome, values, {
      invalid: (errors) =>
        errors.map((e) => ({
          field: e.field,
          message: e.code === 'tooLong' ? t('informationRequests.errors.tooLong', { field: t(`informationRequests.form.${e.field}`), max: e.max }) : t(`informationRequests.errors.${e.code}`),
        })),
      notFound: () => t('informationRequests.errors.agencyGone'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
  },
}
