import type { Payload } from 'payload'
import { clientAddress } from '@/lib/clientAddress'
import { payloadClient } from '@/lib/payload'
import { getT } from '@/i18n'
import { isLocale, type Locale } from '@/routes/locales'
import { FORWARD_HEADER, signForwarded, type PublicForm, type PublicFormState } from './index'

/**
 * The no-JavaScript half of a public form (see ./index.ts): a route handler at the form's
 * permalink that answers with the right status — 303 to the confirmation, 422 invalid, 404 gone,
 * 429 rate-limited and 503 busy with `Retry-After` — and the page re-rendered by Next.js with
 * every typed value and the localized messages.
 *
 *   export const { POST, GET } = formRoute(enquiryForm, ({ slug }) => ({ slug }))
 */

/** A form's body limit unless it sets its own (`PublicForm.bodyLimit`, for forms with files). */
export const FORM_BODY_LIMIT = 1024 * 1024
const RENDER_TIMEOUT_MS = 15_000

export interface PageRender {
  /** Absolute URL of the page the form is on, on this server. */
  url: string
  body: ArrayBuffer
  headers: Headers
}

export interface FormPostOptions {
  payload?: () => Promise<Payload>
  /** Asks Next.js for the page (default: an HTTP request to this server). Tests replace it. */
  render?: (request: PageRender) => Promise<Response>
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> }

/** The route handler's `POST` and `GET` (a GET — a reload, a shared link — goes to the page). */
export function formRoute<P, V, F extends string, S extends PublicFormState<V, F>>(form: PublicForm<P, V, F, S>, params: (route: Record<string, string>) => P, options: FormPostOptions = {}) {
  const resolve = async (context: RouteContext) => {
    const raw = await context.params
    const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : String(v ?? '')]))
    return { locale: isLocale(flat.locale) ? flat.locale : null, params: params(flat) }
  }
  return {
    async POST(request: Request, context: RouteContext): Promise<Response> {
      const { locale, params: p } = await resolve(context)
      if (!locale) return new Response(null, { status: 404 })
      return formPost(form, request, locale, p, options)
    },
    async GET(request: Request, context: RouteContext): Promise<Response> {
      const { locale, params: p } = await resolve(context)
      if (!locale) return new Response(null, { status: 404 })
      return new Response(null, { status: 303, headers: { location: form.page(locale, p) } })
    },
  }
}

/** The origin of this very server, for asking it to render a page. */
export function internalOrigin(request: Request): string {
  return process.env.__NEXT_PRIVATE_ORIGIN || process.env.INTERNAL_URL || new URL(request.url).origin
}

/** The browser's host as Next.js compares it with `Origin` (x-forwarded-host, else host). */
const requestHost = (headers: Headers) => (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0]!.trim()

export async function formPost<P, V, F extends string, S extends PublicFormState<V, F>>(form: PublicForm<P, V, F, S>, request: Request, locale: Locale, params: P, options: FormPostOptions = {}): Promise<Response> {
  const t = getT(locale)
  const plain = (status: number, text: string) => new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

  // The same cross-site check Next.js makes for server actions: a form on another site may not post here.
  const origin = request.headers.get('origin')
  if (origin && origin !== 'null') {
    let originHost = ''
    try {
      originHost = new URL(origin).host
    } catch {
      /* malformed: refused below */
    }
    if (originHost !== requestHost(request.headers)) return plain(403, t('publicForm.crossSite'))
  }
  const contentType = request.headers.get('content-type') ?? ''
  if (!contentType.startsWith('multipart/form-data') && !contentType.startsWith('application/x-www-form-urlencoded')) return plain(415, t('publicForm.notAForm'))
  const limit = form.bodyLimit ?? FORM_BODY_LIMIT
  if (Number(request.headers.get('content-length') ?? 0) > limit) return plain(413, t('publicForm.tooLarge', { mb: Math.floor(limit / (1024 * 1024)) }))
  const body = await request.arrayBuffer()
  if (body.byteLength > limit) return plain(413, t('publicForm.tooLarge', { mb: Math.floor(limit / (1024 * 1024)) }))
  let data: FormData
  try {
    data = await new Request('http://form.local/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData()
  } catch {
    return plain(400, t('publicForm.notAForm'))
  }

  const payload = await (options.payload ?? payloadClient)()
  const answer = await form.answer({ payload, form: data, address: clientAddress(request.headers), locale, params })
  if (answer.kind === 'redirect') return new Response(null, { status: 303, headers: { location: answer.to, 'cache-control': 'no-store' } })

  // Next.js renders the page for the browser's own submission, as a no-JS server action would; the
  // signed header hands the action the messages decided here, so nothing is submitted twice.
  const base = internalOrigin(request)
  const headers = new Headers({
    'content-type': contentType,
    [FORWARD_HEADER]: signForwarded(payload.secret, form.id, answer.state),
    // What Next.js's cross-site check compares: the browser's host, as the browser sent it.
    'x-forwarded-host': requestHost(request.headers) || new URL(base).host,
    origin: origin && origin !== 'null' ? origin : base,
    'accept-language': request.headers.get('accept-language') ?? locale,
  })
  const render = options.render ?? renderThroughServer
  const extra: Record<string, string> = { 'cache-control': 'no-store' }
  if (answer.state.retryAfterSeconds !== undefined) extra['retry-after'] = String(answer.state.retryAfterSeconds)
  try {
    const page = await render({ url: new URL(form.page(locale, params), base).toString(), body, headers })
    if (!page.ok) {
      // The page itself is gone (404) or failing: its own answer, with ours on refusals.
      payload.logger.warn(`public form ${form.id}: page re-render answered ${page.status}`)
      return new Response(page.body, { status: page.status === 200 ? answer.status : page.status, headers: { 'content-type': page.headers.get('content-type') ?? 'text/html; charset=utf-8', ...extra } })
    }
    return new Response(page.body, { status: answer.status, headers: { 'content-type': page.headers.get('content-type') ?? 'text/html; charset=utf-8', ...extra } })
  } catch (error) {
    payload.logger.error({ err: error, msg: `public form ${form.id}: page re-render failed` })
    return plain(answer.status, answer.state.errors.map((e) => e.message).join('\n'))
  }
}

async function renderThroughServer({ url, body, headers }: PageRender): Promise<Response> {
  return fetch(url, { method: 'POST', body, headers, redirect: 'manual', cache: 'no-store', signal: AbortSignal.timeout(RENDER_TIMEOUT_MS) })
}
