import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, HSTS_VALUE, nextHeaderRules, runtimeSecurityHeaders, withHeaders } from './securityHeaders'

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]))

describe('Content-Security-Policy', () => {
  const kinds = ['page', 'admin', 'api'] as const

  it.each(kinds)('%s: the required directives, and no origin but our own', (kind) => {
    const policy = contentSecurityPolicy(kind)
    const d = directives(policy)
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['base-uri']).toEqual(["'self'"])
    expect(d['frame-ancestors']).toEqual(["'self'"])
    expect(d['form-action']).toEqual(["'self'"])
    // Sources are keywords or schemes only: no host, no wildcard, ever.
    for (const value of Object.values(d).flat()) expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/)
    expect(policy).not.toMatch(/unsafe-eval/)
  })

  it('public pages and the admin: scripts from this origin (inline, see README), frames and images as required', () => {
    for (const kind of ['page', 'admin'] as const) {
      const d = directives(contentSecurityPolicy(kind))
      expect(d['default-src']).toEqual(["'self'"])
      expect(d['script-src']).toEqual(["'self'", "'unsafe-inline'"])
      expect(d['frame-src']).toEqual(["'self'"])
      expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:'])
      expect(d['connect-src']).toEqual(["'self'"])
    }
  })

  it('API responses and stored files may run nothing', () => {
    const d = directives(contentSecurityPolicy('api'))
    expect(d['default-src']).toEqual(["'none'"])
    expect(d['script-src']).toBeUndefined()
  })

  it('only `next dev` allows eval and the hot-reload socket', () => {
    const d = directives(contentSecurityPolicy('page', { dev: true }))
    expect(d['script-src']).toContain("'unsafe-eval'")
    expect(d['connect-src']).toEqual(["'self'", 'ws:', 'wss:'])
  })
})

describe('next.config.js header rules', () => {
  const rules = nextHeaderRules()
  const cspFor = (path: string) => {
    // Next.js applies every matching rule in order; a later value of the same header wins.
    const matches = (source: string) =>
      source === '/:path*' || (source.endsWith('/:path*') ? path.startsWith(source.slice(0, -'/:path*'.length) + '/') : path === source)
    let value: string | undefined
    for (const rule of rules) if (matches(rule.source)) for (const h of rule.headers) if (h.key === 'Content-Security-Policy') value = h.value
    return value
  }

  it.each([
    ['/', 'page'],
    ['/vi/tin-tuc/bai-viet', 'page'],
    ['/_next/static/chunks/a.js', 'page'],
    ['/admin', 'admin'],
    ['/admin/collections/news/1', 'admin'],
    ['/api/news', 'api'],
    ['/api/media/file/anh.png', 'api'],
  ] as const)('%s gets the %s policy', (path, kind) => {
    expect(cspFor(path)).toBe(contentSecurityPolicy(kind))
  })

  it('every response gets the static headers', () => {
    expect(rules[0]!.source).toBe('/:path*')
    expect(rules[0]!.headers.map((h) => h.key)).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy', 'Content-Security-Policy']))
  })
})

describe('HSTS from PUBLIC_URL at run time', () => {
  it.each([
    ['https://hatinh.gov.vn', [['Strict-Transport-Security', HSTS_VALUE]]],
    ['HTTPS://hatinh.gov.vn/', [['Strict-Transport-Security', HSTS_VALUE]]],
    ['http://localhost:3000', []],
    [undefined, []],
    ['', []],
  ])('%s → %j', (url, expected) => {
    expect(runtimeSecurityHeaders(url)).toEqual(expected)
  })

  it('is one year, subdomains included', () => {
    expect(HSTS_VALUE).toBe('max-age=31536000; includeSubDomains')
  })

  it('sets headers on a response, copying one whose headers are immutable', async () => {
    const plain = withHeaders(new Response('x'), [['Strict-Transport-Security', HSTS_VALUE]])
    expect(plain.headers.get('strict-transport-security')).toBe(HSTS_VALUE)
    const immutable = Response.redirect('http://localhost/x', 302)
    const copied = withHeaders(immutable, [['Strict-Transport-Security', HSTS_VALUE]])
    expect(copied.headers.get('strict-transport-security')).toBe(HSTS_VALUE)
    expect(copied.status).toBe(302)
  })
})
