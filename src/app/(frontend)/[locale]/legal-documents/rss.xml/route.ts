import { legalIndex } from '@/data/legal'
import { legalRss } from '@/lib/feeds/portal'
import { XML_HEADERS } from '@/lib/feeds/xml'
import { isLocale } from '@/routes/locales'

/** RSS 2.0 of new legal documents: /vi/van-ban/rss.xml, /en/legal-documents/rss.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return new Response(legalRss(locale, await legalIndex()), {
    headers: { ...XML_HEADERS, 'Cache-Control': 'public, max-age=300' },
  })
}

// Rendered per request from cached, tag-revalidated reads (never prerendered: the build has no database).
export const dynamic = 'force-dynamic'
