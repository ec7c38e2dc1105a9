import { headers } from 'next/headers'
import { redirect, RedirectType } from 'next/navigation'
import { clientAddress } from '@/lib/clientAddress'
import { payloadClient } from '@/lib/payload'
import type { Locale } from '@/routes/locales'
import { FORWARD_HEADER, verifyForwarded, type PublicForm, type PublicFormState } from './index'

/**
 * The body of a public form's server action (the JavaScript path, and the page re-render the
 * no-JS route handler asks for). When the request carries the route handler's signed messages,
 * the submission was already answered: the state is rebuilt from them and the typed values, and
 * nothing is submitted again. Otherwise the form's `answer` runs; a redirect is followed.
 */
export async function runFormAction<P, V, F extends string, S extends PublicFormState<V, F>>(form: PublicForm<P, V, F, S>, locale: Locale, params: P, data: FormData): Promise<S> {
  const [payload, requestHeaders] = await Promise.all([payloadClient(), headers()])
  const forwarded = verifyForwarded<F, S>(payload.secret, form.id, requestHeaders.get(FORWARD_HEADER))
  if (forwarded) return { ...forwarded, values: form.values(data) } as S
  const answer = await form.answer({ payload, form: data, address: clientAddress(requestHeaders), locale, params })
  if (answer.kind === 'redirect') redirect(answer.to, RedirectType.push)
  return answer.state
}
