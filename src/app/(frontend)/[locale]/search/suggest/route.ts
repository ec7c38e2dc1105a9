import { payloadClient } from '@/lib/payload'
import { MAX_SEARCH_CHARS, suggestTitles } from '@/data/search'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { retryIn } from '@/lib/publicWrite'
import { hit, retryAfterSeconds } from '@/lib/rateLimit'
import { isLocale } from '@/routes/locales'

/**
 * GET /vi/tim-kiem/suggest?q=… (and /en/search/suggest): up to 8 titles for what has been typed,
 * as JSON. Read-only and cached (the `search` tag); browsers and CDNs may keep an answer a minute.
 */

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return Response.json({ error: 'not found' }, { status: 404 })
  const t = getT(locale)
  const raw = new URL(request.url).searchParams.get('q') ?? ''
  if (raw.length > MAX_SEARCH_CHARS) {
    return Response.json({ error: t('search.errors.tooLong', { max: MAX_SEARCH_CHARS }) }, { status: 400 })
  }
  // The shared limiter's `searchSuggest` policy (per client address; see src/lib/rateLimit/policies.ts).
  const verdict = await hit(await payloadClient(), 'searchSuggest', { address: clientAddress(request.headers) })
  if (!verdict.allowed) {
    return Response.json(
      { error: t('search.errors.rateLimited', { when: retryIn(t, verdict.retryAfterMs) }) },
      { status: 429, headers: { 'Retry-After': String(retryAfterSeconds(verdict.retryAfterMs)), 'Cache-Control': 'no-store' } },
    )
  }
  const q = raw.replace(/\s+/g, ' ').trimStart()
  const suggestions = q.trim().length < 2 ? [] : await suggestTitles(locale, q)
  return Response.json(
    { suggestions },
    { headers: { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300', 'X-Content-Type-Options': 'nosniff' } },
  )
}
