'use server'
import { headers } from 'next/headers'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { payloadClient } from '@/lib/payload'
import { refusalMessage } from '@/lib/publicWrite'
import { isLocale } from '@/routes/locales'
import { lookupDossier } from './lookup'
import { LOOKUP_HONEYPOT, type LookupFormState } from './state'

/**
 * The dossier look-up form's server action: a plain form POST without JavaScript (the page is
 * re-rendered from the returned state), the same action with it. Bound on the page to the locale.
 */
export async function lookUpDossier(target: { locale: string }, _previous: LookupFormState, form: FormData): Promise<LookupFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  const t = getT(locale)
  const str = (k: string) => String(form.get(k) ?? '').slice(0, 100)
  const values = { code: str('code').trim(), factor: str('factor').trim() }
  const outcome = await lookupDossier(await payloadClient(), values, clientAddress(await headers()), str(LOOKUP_HONEYPOT))
  switch (outcome.kind) {
    case 'done':
      return outcome.result.kind === 'found' ? { values, errors: [], dossier: outcome.result.dossier } : { values, errors: [], noMatch: true }
    case 'spam':
    case 'not-found':
      return { values, errors: [], noMatch: true }
    case 'invalid':
      return { values, errors: outcome.errors.map((e) => ({ field: e.field, message: t(`services.lookup.errors.${e.code}`) })) }
    case 'refused':
      return { values, errors: [{ field: null, message: refusalMessage(t, outcome) }], retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)) }
  }
}
