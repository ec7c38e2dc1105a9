import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import { retryAfterSeconds } from '@/lib/rateLimit'
import { REFUSAL_STATUS, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Locale } from '@/routes/locales'

/**
 * One mechanism for every public form (enquiry, questions, information requests, comments,
 * ratings, dossier look-ups …), so that a refusal answers with the right HTTP status with or
 * without JavaScript:
 *
 * - With JavaScript the form calls its server action (React `useActionState`), as before.
 * - Without JavaScript the browser posts to the form's `permalink` — a route handler
 *   (`formPost`, ./route.ts) — because Next.js gives a server action no way to set the status of
 *   the page it re-renders (a no-JS action always answers 200). The handler runs the same
 *   `answer` as the action, then:
 *   done → 303 to the confirmation; refused → 429 / 503 + `Retry-After`; invalid → 422;
 *   and for every re-render it asks Next.js for the page itself, forwarding the browser's own
 *   submission to the page with a signed header that carries the messages already decided
 *   (`x-public-form`), so the action does not submit twice and Next.js renders the form with every
 *   typed value exactly as a no-JS action would. The handler answers that HTML with its status.
 *
 * A form supplies a `PublicForm`: how to read the submission, the `answer` (its plain submit
 * function → redirect or state) and the page it lives on. See README "Public forms".
 */

/** What a form shows after a refused submission: the typed values and the problems. */
export interface PublicFormState<V, F extends string = string> {
  values: V
  errors: { field: F | null; message: string }[]
  /** Set when the submission was refused for now (rate limit, busy database): seconds to wait. */
  retryAfterSeconds?: number
}

/** How the server answers a submission, with or without JavaScript. */
export type FormAnswer<S> =
  | { kind: 'redirect'; to: string }
  /** `status`: 422 invalid, 404 gone, 429 rate-limited, 503 busy. */
  | { kind: 'render'; state: S; status: number }

export interface FormContext<P> {
  payload: Payload
  form: FormData
  /** From `clientAddress(headers)` (src/lib/clientAddress.ts). */
  address: string
  locale: Locale
  /** What the route names (e.g. the project's slug), bound to the action on the page. */
  params: P
}

export interface PublicForm<P, V, F extends string = string, S extends PublicFormState<V, F> = PublicFormState<V, F>> {
  /** Names the form in the signed re-render header (a header for one form is refused by another). */
  id: string
  /**
   * Largest body the no-JS route handler reads (default `FORM_BODY_LIMIT`, 1 MB). A form with
   * files sets it from its own limits, so that every submission its rules can accept fits — and
   * stays within Next.js's `serverActions.bodySizeLimit` (next.config.js), which the re-render of
   * the page goes through.
   */
  bodyLimit?: number
  /** The values typed, re-read from the submission (every re-render shows them). */
  values: (form: FormData) => V
  /** Runs the form's plain submit function and words its outcome in the visitor's language. */
  answer: (context: FormContext<P>) => Promise<FormAnswer<S>>
  /** The public page the form is on (re-rendered with the state); the no-JS post goes to `permalink`. */
  page: (locale: Locale, params: P) => string
  /** The route handler's path: the form's `permalink` (`useActionState(action, initial, permalink)`). */
  permalink: (locale: Locale, params: P) => string
}

/**
 * The answer for a public-write outcome that is not a success: the status, and the state built by
 * the form's own wording of its errors. `refusal` words a refusal (`refusalMessage`).
 */
export function renderAnswer<V, F extends string, E, R>(
  outcome: Exclude<PublicWriteOutcome<E, R>, { kind: 'done' } | { kind: 'spam' }>,
  values: V,
  words: { invalid: (errors: E[]) => PublicFormState<V, F>['errors']; notFound: () => string; refusal: (outcome: Extract<PublicWriteOutcome<E, R>, { kind: 'refused' }>) => string },
): FormAnswer<PublicFormState<V, F>> {
  switch (outcome.kind) {
    case 'invalid':
      return { kind: 'render', status: 422, state: { values, errors: words.invalid(outcome.errors) } }
    case 'not-found':
      return { kind: 'render', status: 404, state: { values, errors: [{ field: null, message: words.notFound() }] } }
    case 'refused':
      return {
        kind: 'render',
        status: REFUSAL_STATUS[outcome.reason],
        state: { values, errors: [{ field: null, message: words.refusal(outcome) }], retryAfterSeconds: retryAfterSeconds(outcome.retryAfterMs) },
      }
  }
}

/** The header the route handler forwards to the page with the messages it decided. */
export const FORWARD_HEADER = 'x-public-form'
const FORWARD_TTL_MS = 60_000

/**
 * What the header carries: the whole state but the values (which the page re-reads from the
 * submission) — the messages, and what else the form shows (a look-up's answer, a "thank you").
 */
export type Forwarded<S extends PublicFormState<unknown, string>> = Omit<S, 'values'>

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(`public-form\u0000${body}`).digest('base64url')

/** Signs the messages of a re-render for one form (HMAC with Payload's secret, short-lived). */
export function signForwarded<S extends PublicFormState<unknown, string>>(secret: string, formId: string, state: S | Forwarded<S>, now = Date.now()): string {
  const { values: _values, ...rest } = state as S
  const body = Buffer.from(JSON.stringify({ f: formId, x: now + FORWARD_TTL_MS, s: rest }), 'utf8').toString('base64url')
  return `${body}.${sign(secret, body)}`
}

/** The messages a route handler forwarded, or null when the header is absent, forged, stale or for another form. */
export function verifyForwarded<F extends string, S extends PublicFormState<unknown, F> = PublicFormState<unknown, F>>(
  secret: string,
  formId: string,
  header: string | null | undefined,
  now = Date.now(),
): Forwarded<S> | null {
  if (!header) return null
  const [body, mac] = header.split('.')
  if (!body || !mac) return null
  const expected = Buffer.from(sign(secret, body))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const data = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { f?: unknown; x?: unknown; s?: { errors?: unknown; retryAfterSeconds?: unknown } }
    if (data.f !== formId || typeof data.x !== 'number' || data.x < now || !data.s || typeof data.s !== 'object' || !Array.isArray(data.s.errors)) return null
    const errors = data.s.errors.filter((e): e is { field: F | null; message: string } => !!e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    const { retryAfterSeconds, ...rest } = data.s
    // Signed by this server for this form: the rest of the state is the form's own answer.
    const forwarded = { ...rest, errors } as Forwarded<S>
    return typeof retryAfterSeconds === 'number' ? { ...forwarded, retryAfterSeconds } : forwarded
  } catch {
    return null
  }
}
