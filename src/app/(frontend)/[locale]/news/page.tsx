import Link from 'next/link'
import { NewsList } from '@/components/NewsList'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { listNews } from '@/data/news'
import { getT } from '@/i18n'
import { withFeed } from '@/lib/feeds/links'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string | string[] }> }

// The unfiltered list is a cached page (ISR), expired by tag on publish like a detail page and
// regenerated at most hourly (dates computed for today); `searchParams` is empty here. Its
// query-string variants render per request in ./~filtered (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return withFeed(pageMetadata({ locale, path: sectionPath(locale, 'news'), title: t('news.title') }), locale, 'news', t('news.rss'))
}

export default async function NewsIndexPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const raw = (await searchParams).page
  const requested = typeof raw === 'string' && /^\d{1,5}$/.test(raw) ? Math.max(1, Number(raw)) : 1
  const t = getT(locale)
  const news = await listNews(locale, { limit: 20, page: requested })
  const path = sectionPath(locale, 'news')
  return (
    <PageShell locale={locale} path={path} current="news">
      <h1>{t('news.title')}</h1>
      <NewsList locale={locale} items={news.items} />
      <Pagination locale={locale} page={news.page} totalPages={news.totalPages} hrefFor={(page) => (page > 1 ? `${path}?page=${page}` : path)} />
      <p>
        <Link href={sectionPath(locale, 'news', 'rss.xml')} prefetch={false}>
          {t('news.rss')}
        </Link>
      </p>
    </PageShell>
  )
}
