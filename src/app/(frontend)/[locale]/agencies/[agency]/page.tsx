import { RichText } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'
import { AgencyShell, L } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency, type AgencyParams } from '@/components/agency/load'
import { NewsList } from '@/components/NewsList'
import { listNews } from '@/data/news'
import { getT } from '@/i18n'
import { agencySectionPath, localizePath, otherLocale } from '@/routes'

type Props = { params: AgencyParams }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  return agencyMetadata(await params, (agency) => ({ title: agency.name.text }))
}

/** An agency's home page: latest news, introduction, functions, leaders, organisation chart, contacts. */
export default async function AgencyHomePage({ params }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const news = await listNews(locale, { limit: 6, agencyId: agency.id })
  const path = agencySectionPath(locale, agency.slug)
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={path} alternatePath={localizePath(path, otherLocale(locale))} current="home">
      <L as="h1" value={agency.name} locale={locale} />
      {locale === 'en' && agency.englishGaps.length > 0 && <p className="notice notice--info">{t('agencySite.englishIncomplete')}</p>}
      <div className="agency-home">
        <section aria-labelledby="agency-news">
          <h2 id="agency-news">{t('agencySite.latestNews')}</h2>
          {news.items.length ? <NewsList locale={locale} items={news.items} headingLevel={3} /> : <p>{t('agencySite.noNews')}</p>}
          {news.items.length > 0 && (
            <p>
              <Link href={agencySectionPath(locale, agency.slug, 'news')}>{t('agencySite.allNews')}</Link>
            </p>
          )}
        </section>

        {agency.introduction && (
          <section aria-labelledby="agency-intro" lang={agency.introduction.lang !== locale ? agency.introduction.lang : undefined}>
            <h2 id="agency-intro" lang={locale}>
              {t('agencySite.introduction')}
            </h2>
            {/* eslint-disable-next-line @typescript-eslint/no-explicit-any */}
            <RichText data={agency.introduction.value as any} className="prose" />
          </section>
        )}

        {agency.functions && (
          <section aria-labelledby="agency-functions" lang={agency.functions.lang !== locale ? agency.functions.lang : undefined}>
            <h2 id="agency-functions" lang={locale}>
              {t('agencySite.functions')}
            </h2>
            {/* eslint-disable-next-line @typescript-eslint/no-explicit-any */}
            <RichText data={agency.functions.value as any} className="prose" />
          </section>
        )}

        {agency.leaders.length > 0 && (
          <section aria-labelledby="agency-leaders">
            <h2 id="agency-leaders">{t('agencySite.leaders')}</h2>
            <ul className="agency-leaders">
              {agency.leaders.map((l) => (
                <li key={`${l.name}-${l.title?.text ?? ''}`}>
                  <strong lang="vi">{l.name}</strong>
                  {l.title && <L as="p" value={l.title} locale={locale} />}
                  {l.phone && (
                    <p>
                      {t('footer.phone')}: <a href={`tel:${l.phone.replace(/[^\d+]/g, '')}`}>{l.phone}</a>
                    </p>
                  )}
                  {l.email && (
                    <p>
                      {t('footer.email')}: <a href={`mailto:${l.email}`}>{l.email}</a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {(agency.parent || agency.children.length > 0) && (
          <section aria-labelledby="agency-org">
            <h2 id="agency-org">{t('agencySite.organisation')}</h2>
            {agency.parent && (
              <p>
                {t('agencySite.parent')}:{' '}
                <Link href={agencySectionPath(locale, agency.parent.slug)} lang={agency.parent.name.lang !== locale ? agency.parent.name.lang : undefined}>
                  {agency.parent.name.text}
                </Link>
              </p>
            )}
            {agency.children.length > 0 && (
              <>
                <h3>{t('agencySite.units')}</h3>
                <ul className="agency-org">
                  {agency.children.map((c) => (
                    <li key={c.slug}>
                      <Link href={agencySectionPath(locale, c.slug)} lang={c.name.lang !== locale ? c.name.lang : undefined}>
                        {c.name.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}

        <section aria-labelledby="agency-contacts">
          <h2 id="agency-contacts">{t('agencySite.contacts')}</h2>
          <dl className="agency-list__contacts">
            {agency.address && (
              <>
                <dt>{t('footer.address')}</dt>
                <L as="dd" value={agency.address} locale={locale} />
              </>
            )}
            {agency.phone && (
              <>
                <dt>{t('footer.phone')}</dt>
                <dd>
                  <a href={`tel:${agency.phone.replace(/[^\d+]/g, '')}`}>{agency.phone}</a>
                </dd>
              </>
            )}
            {agency.email && (
              <>
                <dt>{t('footer.email')}</dt>
                <dd>
                  <a href={`mailto:${agency.email}`}>{agency.email}</a>
                </dd>
              </>
            )}
            {agency.website && (
              <>
                <dt>{t('agencySite.website')}</dt>
                <dd>{agency.website}</dd>
              </>
            )}
          </dl>
          <p>
            <Link href={agencySectionPath(locale, agency.slug, 'access-to-information')}>{t('agencySite.access.link')}</Link>
          </p>
        </section>
      </div>
    </AgencyShell>
  )
}
