import { Fragment } from 'react'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { renderHomeSections } from '@/components/home/sections'
import { getHomePage } from '@/data/home'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { homePath, isLocale } from '@/routes'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: homePath(locale) })
}

/** The province's front door: the blocks of src/components/home/sections.tsx that have content. */
export default async function HomePage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const home = await getHomePage(locale)
  const blocks = await renderHomeSections({ locale, home })
  return (
    <PageShell locale={locale} path={homePath(locale)}>
      <h1 className={home.intro ? undefined : 'visually-hidden'}>{t('site.name')}</h1>
      {home.intro ? <Lang value={home.intro} locale={locale} as="p" className="home-intro" /> : null}
      {blocks.map((b) => (
        <Fragment key={b.key}>{b.node}</Fragment>
      ))}
    </PageShell>
  )
}
