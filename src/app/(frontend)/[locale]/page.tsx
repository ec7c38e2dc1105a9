import Link from 'next/link'
import { PageShell } from '@/components/PageShell'
import { NewsList } from '@/components/NewsList'
import { listNews } from '@/data/news'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { homePath, isLocale, LIVE_SECTIONS, sectionPath } from '@/routes'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: homePath(locale) })
}

export default async function HomePage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const news = await listNews(locale, { limit: 6 })
  return (
    <PageShell locale={locale} path={homePath(locale)}>
      <h1 className="visually-hidden">{t('site.name')}</h1>
      <section aria-labelledby="latest-news">
        <h2 id="latest-news">{t('home.latestNews')}</h2>
        {news.items.length ? <NewsList locale={locale} items={news.items} headingLevel={3} /> : <p>{t('home.noNews')}</p>}
        <p>
          <Link prefetch={false} href={sectionPath(locale, 'news')}>{t('home.allNews')}</Link>
        </p>
      </section>
      <section aria-labelledby="sections">
        <h2 id="sections">{t('home.sectionsHeading')}</h2>
        <ul className="section-grid">
          {LIVE_SECTIONS.map((key) => (
            <li key={key}>
              <Link prefetch={false} href={sectionPath(locale, key)}>{t(`nav.${key}`)}</Link>
              <p>{t(`home.sections.${key}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  )
}
