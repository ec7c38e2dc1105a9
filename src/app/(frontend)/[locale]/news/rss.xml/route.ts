import { newsFeed } from '@/data/feeds'
import { newsRss } from '@/lib/feeds/portal'
import { XML_HEADERS } from '@/lib/feeds/xml'
import { isLocale } from '@/routes/locales'

/** RSS 2.0 of the latest news: /vi/tin-tuc/rss.xml, /en/news/rss.xml (data cached under feed:news:{locale}). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return new Response(newsRss(locale, await newsFeed(locale)), {
    headers: { ...XML_HEADERS, 'Cache-Control': 'public, max-age=300' },
  })
}

// Rendered per request from cached, tag-revalidated reads (never prerendered: the build has no database).
export const dynamic = 'force-dynamic'
