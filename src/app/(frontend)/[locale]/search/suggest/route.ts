import { MAX_SEARCH_CHARS, suggestTitles } from '@/data/search'
import { getT } from '@/i18n'
import { isLocale } from '@/routes/locales'
import { clientAddress, createRateLimiter } from '@/lib/rateLimit'

/**
 * GET /vi/tim-kiem/suggest?q=… (and /en/search/suggest): up to 8 titles for what has been typed,
 * as JSON. Read-only and cached (the `search` tag); browsers and CDNs may keep an answer a minute.
 */
/** Type-ahead sends a request per pause in typing: generous for a person, not a free bulk API. */
const limiter = createRateLimiter({ limit: 60, windowMs: 10_000 })

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return Response.json({ error: 'not found' }, { status: 404 })
  const t = getT(locale)
  const raw = new URL(request.url).searchParams.get('q') ?? ''
  if (raw.length > MAX_SEARCH_CHARS) {
    return Response.json({ error: t('search.errors.tooLong', { max: MAX_SEARCH_CHARS }) }, { status: 400 })
  }
  const client = clientAddress(request.headers)
  const verdict = limiter.hit(client)
  if (!verdict.allowed) {
    const retry = String(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)))
    return Response.json({ error: t('search.errors.rateLimited') }, { status: 429, headers: { 'Retry-After': retry } })
  }
  const q = raw.replace(/\s+/g, ' ').trimStart()
  const suggestions = q.trim().length < 2 ? [] : await suggestTitles(locale, q)
  return Response.json(
    { suggestions },
    { headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300', 'X-Content-Type-Options': 'nosniff' } },
  )
}
