import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestResponse {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

/**
 * Calls the real REST route handlers (the same ones Next.js serves at /api/*) with a Request,
 * so access control is exercised exactly as an HTTP client meets it.
 */
export function restClient(config: SanitizedConfig) {
  const handlers = {
    GET: REST_GET(Promise.resolve(config)),
    POST: REST_POST(Promise.resolve(config)),
    PATCH: REST_PATCH(Promise.resolve(config)),
    DELETE: REST_DELETE(Promise.resolve(config)),
  }
  async function request(method: Method, url: string, opts: { token?: string; json?: unknown; form?: FormData; headers?: Record<string, string> } = {}): Promise<RestResponse> {
    const full = new URL(url, 'http://localhost:3000')
    const headers: Record<string, string> = { ...opts.headers }
    if (opts.token) headers.Authorization = `JWT ${opts.token}`
    let body: BodyInit | undefined
    if (opts.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(opts.json)
    } else if (opts.form) {
      body = opts.form
    }
    const req = new Request(full, { method, headers, body })
    const slug = full.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const res = await handlers[method](req, { params: Promise.resolve({ slug }) })
    const text = await res.text()
    let parsed: Record<string, unknown> = {}
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      parsed = { text }
    }
    return { status: res.status, body: parsed, headers: res.headers }
  }
  async function login(email: string, password: string): Promise<string> {
    const res = await request('POST', '/api/users/login', { json: { email, password } })
    if (res.status !== 200 || typeof res.body.token !== 'string') throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.token
  }
  return { request, login }
}
