import { sitemapDocs } from '@/data/feeds'
import { portalSitemap } from '@/lib/feeds/portal'
import { XML_HEADERS } from '@/lib/feeds/xml'
import { SITEMAP_SECTIONS } from '@/routes/nav'

/** /sitemap.xml: every published page in each language it exists in, with hreflang alternates. */
export async function GET() {
  return new Response(portalSitemap(SITEMAP_SECTIONS, await sitemapDocs()), {
    headers: { ...XML_HEADERS, 'Cache-Control': 'public, max-age=300' },
  })
}

// Rendered per request from cached, tag-revalidated reads (never prerendered: the build has no database).
export const dynamic = 'force-dynamic'
