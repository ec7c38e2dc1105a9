import Link from 'next/link'
import { pageAlerts } from '@/data/alerts'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'
import { Lang } from './Lang'
import { ViOnlyBadge } from './ViOnlyBadge'

/**
 * The active alerts (storm warnings, outages) above the header of every page: server-rendered,
 * no JavaScript. Province-wide alerts everywhere; an agency's alerts on that agency's pages.
 */
export async function AlertBanner({ locale, agency = null }: { locale: Locale; agency?: number | string | null }) {
  const alerts = await pageAlerts(locale, agency)
  if (!alerts.length) return null
  const t = getT(locale)
  return (
    <section className="alert-banner" aria-label={t('alerts.region')}>
      <ul className="container alert-banner__list">
        {alerts.map((a) => (
          <li key={a.id} className={`alert-banner__item alert-banner__item--${a.severity}`}>
            <strong className="alert-banner__severity">{t(`alerts.severity.${a.severity}`)}:</strong>{' '}
            <Lang value={a.message} locale={locale} />
            <ViOnlyBadge locale={locale} lang={a.message.lang} />
            {a.link ? (
              <>
                {' '}
                <Link href={a.link} className="alert-banner__link">
                  {a.linkLabel ? <Lang value={a.linkLabel} locale={locale} /> : t('alerts.more')}
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
