import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { answersFeed } from '@/data/questions'
import { parseArchiveFilters } from '@/domain/questions'
import { getT } from '@/i18n'
import { rssXml } from '@/lib/feeds/rss'
import { XML_HEADERS } from '@/lib/feeds/xml'
import { absoluteUrl } from '@/routes/documents'
import { isLocale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'

/**
 * RSS of answered questions: /vi/hoi-dap/rss.xml, per field (?field=land) or per agency
 * (?agency=so-khcn). Built from the archive's cached read; nothing of the asker but the name
 * they allowed (business name or initials).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = getT(locale)
  const url = new URL(request.url)
  const filters = parseArchiveFilters(Object.fromEntries(url.searchParams), LEGAL_FIELDS.map((f) => f.value))
  const items = await answersFeed(locale, { field: filters.field, agency: filters.agency })
  const query = new URLSearchParams({ ...(filters.field ? { field: filters.field } : {}), ...(filters.agency ? { agency: filters.agency } : {}) }).toString()
  const xml = rssXml({
    title: `${t('questions.title')} — ${t('site.name')}`,
    link: absoluteUrl(`${questionPaths.archive(locale)}${query ? `?${query}` : ''}`),
    description: t('questions.archive.feedDescription'),
    language: locale,
    self: absoluteUrl(`${questionPaths.archive(locale)}/rss.xml${query ? `?${query}` : ''}`),
    items: items.map((a) => ({
      title: a.title.text,
      link: absoluteUrl(questionPaths.answer(locale, a.slug)),
      pubDate: a.answeredOn,
      category: a.field,
      author: a.agency?.name ?? null,
    })),
  })
  return new Response(xml, { headers: { ...XML_HEADERS, 'Cache-Control': 'public, max-age=300' } })
}

export const dynamic = 'force-dynamic'
