import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { servicesPaths } from '@/routes/services'
import type { LookupValues } from '@/domain/services'
import { lookupDossier } from './lookup'
import { LOOKUP_HONEYPOT, type LookupFormState } from './state'

const read = (form: FormData): LookupValues => {
  const str = (k: string) => String(form.get(k) ?? '').slice(0, 100)
  return { code: str('code').trim(), factor: str('factor').trim() }
}

/**
 * The dossier look-up on the public-form mechanism (src/lib/publicForm): the server action
 * (./action.ts) and the no-JS route handler (`app/(frontend)/[locale]/dossier-status/look-up`) both
 * answer through `answer`. An answer — the dossier, or one "no match" for a wrong pair and an
 * unknown code — is the page re-rendered (200); refusals 422 / 429 / 503.
 */
export const lookupForm: PublicForm<Record<string, never>, LookupValues, keyof LookupValues, LookupFormState> = {
  id: 'dossier-lookup',
  values: read,
  page: (locale) => servicesPaths.lookup(locale),
  permalink: (locale) => servicesPaths.lookUp(locale),
  async answer({ payload, form, address, locale }) {
    const t = getT(locale)
    const values = read(form)
    const outcome = await lookupDossier(payload, values, address, String(form.get(LOOKUP_HONEYPOT) ?? '').slice(0, 100))
    if (outcome.kind === 'done') return { kind: 'render', status: 200, state: outcome.result.kind === 'found' ? { values, errors: [], dossier: outcome.result.dossier } : { values, errors: [], noMatch: true } }
    if (outcome.kind === 'spam' || outcome.kind === 'not-found') return { kind: 'render', status: 200, state: { values, errors: [], noMatch: true } }
    return renderAnswer(outcome, values, {
      invalid: (errors) => errors.map((e) => ({ field: e.field, message: t(`services.lookup.errors.${e.code}`) })),
      notFound: () => t('services.lookup.noMatch'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
  },
}
