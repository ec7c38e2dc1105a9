'use server'
import { headers } from 'next/headers'
import { redirect, RedirectType } from 'next/navigation'
import { payloadClient } from '@/lib/payload'
import { readEnquiryForm } from '@/domain/invest/enquiry'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { refusalMessage } from '@/lib/publicWrite'
import { investPaths } from '@/routes/invest'
import { isLocale } from '@/routes/locales'
import type { EnquiryFormState } from './state'
import { submitEnquiry } from './submit'

/**
 * The enquiry form's server action. A plain HTML form POST (no JavaScript needed: Next.js runs the
 * action and answers with the page re-rendered from the returned state, or a 303 redirect to the
 * confirmation). Bound on the page to `{ locale, slug }`; everything else comes from the form.
 */
export async function sendEnquiry(target: { locale: string; slug: string }, _previous: EnquiryFormState, form: FormData): Promise<EnquiryFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  const t = getT(locale)
  const { values, honeypot } = readEnquiryForm(form)
  const outcome = await submitEnquiry(await payloadClient(), {
    projectSlug: String(target.slug).slice(0, 200),
    locale,
    clientAddress: clientAddress(await headers()),
    values,
    honeypot,
  })
  if (outcome.kind === 'done' || outcome.kind === 'spam') redirect(investPaths.enquirySent(locale, target.slug), RedirectType.push)
  switch (outcome.kind) {
    case 'invalid':
      return {
        values,
        errors: outcome.errors.map((e) => ({
          field: e.field,
          message: e.code === 'tooLong' ? t('enquiry.errors.tooLong', { field: t(`enquiry.${e.field}`), max: e.max }) : t(`enquiry.errors.${e.code}`),
        })),
      }
    case 'refused':
      // Rate-limited (or the database busy): what was typed comes back with when to try again.
      return { values, errors: [{ field: null, message: refusalMessage(t, outcome) }], retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)) }
    case 'not-found':
      return { values, errors: [{ field: null, message: t('enquiry.errors.projectGone') }] }
  }
}
