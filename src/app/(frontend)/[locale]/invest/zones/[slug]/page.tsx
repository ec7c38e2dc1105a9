import '@/components/invest/invest.css'
import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { Section } from '@/components/Section'
import { TranslationNotice } from '@/components/TranslationNotice'
import { hectares } from '@/components/invest/format'
import { ProjectCards } from '@/components/invest/ProjectCards'
import { RichBlock } from '@/components/invest/RichBlock'
import { getZoneBySlug } from '@/data/invest'
import { formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { investPaths } from '@/routes/invest'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'invest',
  path: (locale, { slug }: SlugParams) => investPaths.zone(locale, slug),
  load: (locale, { slug }) => getZoneBySlug(locale, slug),
  meta: (zone) => ({ title: zone.title.text, description: zone.summary?.text ?? null }),
  render: (zone, { locale, params: { slug } }) => {
    const t = getT(locale)
    const c = zone.contacts
    return (
      <>
        <p>
          <Link href={investPaths.home(locale)}>{t('invest.backToInvest')}</Link>
        </p>
        <article className="article">
          <Lang value={zone.title} locale={locale} as="h1" />
          <TranslationNotice locale={locale} translation={zone.translation} originalHref={investPaths.zone('vi', slug)} />
          <Lang value={zone.summary} locale={locale} as="p" className="article__summary" />
          <dl className="facts">
            <dt>{t('invest.fields.zoneKind')}</dt>
            <dd>{t(`invest.zoneKinds.${zone.kind}`)}</dd>
            {zone.area && (
              <>
                <dt>{t('invest.fields.area')}</dt>
                <dd>{t(`invest.areas.${zone.area}`)}</dd>
              </>
            )}
            {zone.areaHa !== null && (
              <>
                <dt>{t('invest.fields.zoneArea')}</dt>
                <dd>{hectares(locale, zone.areaHa)}</dd>
              </>
            )}
            {zone.occupancyPercent !== null && (
              <>
                <dt>{t('invest.fields.occupancy')}</dt>
                <dd>{t('invest.fields.occupancyValue', { value: formatNumber(zone.occupancyPercent, locale, 1) })}</dd>
              </>
            )}
          </dl>
          <RichBlock value={zone.description} locale={locale} />
          {zone.infrastructure && (
            <Section id="infrastructure" title={t('invest.fields.infrastructure')}>
              <RichBlock value={zone.infrastructure} locale={locale} />
            </Section>
          )}
          {zone.incentives && (
            <Section id="incentives" title={t('invest.fields.incentives')}>
              <RichBlock value={zone.incentives} locale={locale} />
            </Section>
          )}
          {zone.tenants.length > 0 && (
            <Section id="tenants" title={t('invest.fields.tenants')}>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('invest.fields.tenantName')}</th>
                      <th scope="col">{t('invest.fields.tenantCountry')}</th>
                      <th scope="col">{t('invest.fields.tenantActivity')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {zone.tenants.map((tenant, i) => (
                      <tr key={i}>
                        <td>{tenant.name}</td>
                        <td>
                          <Lang value={tenant.country} locale={locale} />
                        </td>
                        <td>
                          <Lang value={tenant.activity} locale={locale} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Section>
          )}
          <Section id="contact" title={t('invest.fields.contact')}>
            <dl className="facts">
              {c.office && (
                <>
                  <dt>{t('invest.fields.office')}</dt>
                  <Lang value={c.office} locale={locale} as="dd" />
                </>
              )}
              {c.address && (
                <>
                  <dt>{t('invest.fields.address')}</dt>
                  <Lang value={c.address} locale={locale} as="dd" />
                </>
              )}
              {c.phone && (
                <>
                  <dt>{t('invest.fields.phone')}</dt>
                  <dd>{c.phone}</dd>
                </>
              )}
              {c.email && (
                <>
                  <dt>{t('invest.fields.email')}</dt>
                  <dd>
                    <a href={`mailto:${c.email}`}>{c.email}</a>
                  </dd>
                </>
              )}
              {c.website && /^https?:\/\//.test(c.website) && (
                <>
                  <dt>{t('invest.fields.website')}</dt>
                  <dd>
                    <a href={c.website}>{c.website}</a>
                  </dd>
                </>
              )}
            </dl>
          </Section>
          {zone.projects.length > 0 && (
            <Section id="zone-projects" title={t('invest.fields.projectsInZone')}>
              <ProjectCards locale={locale} items={zone.projects} />
            </Section>
          )}
        </article>
      </>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
