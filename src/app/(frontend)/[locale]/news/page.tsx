import { notFound } from 'next/navigation'
import { NewsList } from '@/components/NewsList'
import { PageShell } from '@/components/PageShell'
import { listNews } from '@/data/news'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: sectionPath(locale, 'news'), title: getT(locale)('news.title') })
}

export default async function NewsIndexPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale)
  const news = await listNews(locale, { limit: 20 })
  return (
    <PageShell locale={locale} path={sectionPath(locale, 'news')} current="news">
      <h1>{t('news.title')}</h1>
      <NewsList locale={locale} items={news.items} />
    </PageShell>
  )
}
