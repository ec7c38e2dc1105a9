import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { listGuides } from '@/data/invest'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { investPaths } from '@/routes/invest'
import { isLocale } from '@/routes/locales'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }> }

// A cached page (ISR), expired by tag on publish (src/data/invest.ts) and regenerated at most hourly.
export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: investPaths.guides(locale), title: getT(locale)('invest.guidesHeading') })
}

export default async function GuidesPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const guides = await listGuides(locale)
  return (
    <PageShell locale={locale} path={investPaths.guides(locale)} current="invest">
      <p>
        <Link href={investPaths.home(locale)}>{t('invest.backToInvest')}</Link>
      </p>
      <h1>{t('invest.guidesHeading')}</h1>
      <ul className="card-list">
        {guides.map((g) => (
          <li key={g.id} className="card">
            <h2 className="card__title">
              <Link href={investPaths.guide(locale, g.slug)}>
                <Lang value={g.title} locale={locale} />
              </Link>
            </h2>
            <Lang value={g.summary} locale={locale} as="p" />
          </li>
        ))}
      </ul>
    </PageShell>
  )
}
