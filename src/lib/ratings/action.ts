'use server'
import { headers } from 'next/headers'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { payloadClient } from '@/lib/payload'
import { refusalMessage } from '@/lib/publicWrite'
import { isLocale } from '@/routes/locales'
import type { RatingFormState } from './state'
import { submitRating } from './submit'

/** "Was this information useful?": a plain form POST; the page re-renders with thanks or the reason. */
export async function sendRating(target: { locale: string; section: string; slug: string }, _previous: RatingFormState, form: FormData): Promise<RatingFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  const t = getT(locale)
  const s = (k: string) => {
    const v = form.get(k)
    return typeof v === 'string' ? v.trim() : ''
  }
  const values = { section: target.section, slug: String(target.slug).slice(0, 200), useful: s('useful'), score: s('score'), reason: s('reason'), remark: s('remark') }
  const kept = { reason: values.reason, remark: values.remark }
  const outcome = await submitRating(await payloadClient(), values, clientAddress(await headers()), locale, { honeypot: s('website') })
  switch (outcome.kind) {
    case 'done':
    case 'spam':
      return { done: true, values: { reason: '', remark: '' } }
    case 'invalid':
      return { done: false, values: kept, error: t(`ratings.errors.${outcome.errors[0]!.field}`) }
    case 'refused':
      return { done: false, values: kept, error: refusalMessage(t, outcome), retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)) }
    case 'not-found':
      return { done: false, values: kept, error: t('ratings.errors.gone') }
  }
}
