import '@/components/invest/invest.css'
import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { hectares } from '@/components/invest/format'
import { listZones } from '@/data/invest'
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
  return pageMetadata({ locale, path: investPaths.zones(locale), title: getT(locale)('invest.zonesHeading') })
}

export default async function ZonesPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const zones = await listZones(locale)
  return (
    <PageShell locale={locale} path={investPaths.zones(locale)} current="invest">
      <p>
        <Link href={investPaths.home(locale)}>{t('invest.backToInvest')}</Link>
      </p>
      <h1>{t('invest.zonesHeading')}</h1>
      <ul className="card-list">
        {zones.map((z) => (
          <li key={z.id} className="card">
            <h2 className="card__title">
              <Link href={investPaths.zone(locale, z.slug)}>
                <Lang value={z.title} locale={locale} />
              </Link>
            </h2>
            <p className="card__meta">
              {t(`invest.zoneKinds.${z.kind}`)}
              {z.areaHa !== null && <> · {hectares(locale, z.areaHa)}</>}
            </p>
            <Lang value={z.summary} locale={locale} as="p" />
          </li>
        ))}
      </ul>
    </PageShell>
  )
}
