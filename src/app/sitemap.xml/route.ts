import { sitemapDocs } from '@/data/feeds'
import { portalSitemap } from '@/lib/feeds/portal'
import { XML_HEADERS } from '@/lib/feeds/xml'
import { LIVE_SECTIONS } from '@/routes/nav'

/** /sitemap.xml: every published page in each language it exists in, with hreflang alternates. */
export async function GET() {
  // The marketplace is not in the main navigation yet (linked from the investors' section later), but its list is public.
  return new Response(portalSitemap([...LIVE_SECTIONS, 'marketplace'], await sitemapDocs()), {
    headers: { ...XML_HEADERS, 'Cache-Control': 'public, max-age=300' },
  })
}

// Rendered per request from cached, tag-revalidated reads (never prerendered: the build has no database).
export const dynamic = 'force-dynamic'
