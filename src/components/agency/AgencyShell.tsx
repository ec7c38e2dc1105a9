import Link from 'next/link'
import type React from 'react'
import { AlertBanner } from '@/components/AlertBanner'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { SiteFooter } from '@/components/SiteFooter'
import { BrandMark, SiteMenu } from '@/components/SiteMenu'
import type { AgencySettingsView, AgencySite } from '@/data/agency-site'
import { getT } from '@/i18n'
import { homePath, type Locale } from '@/routes'
import { absoluteUrl } from '@/routes/documents'
import type { AgencySectionKey } from '@/routes/hosts'
import { agencySectionPath } from '@/routes/paths'
import { AGENCY_SITE_SECTIONS } from './sections'

/**
 * The frame of an agency's site, within the portal's common design: the agency as the site's
 * identity (with its own header line), its sections and extra links, and its footer text above
 * the provincial footer. Links inside the site use the portal address (`/vi/co-quan/{slug}/…`);
 * on the agency's own domain the proxy shortens them.
 */
export function AgencyShell({
  locale,
  agency,
  settings,
  path,
  alternatePath,
  current,
  children,
}: {
  locale: Locale
  agency: AgencySite
  settings: AgencySettingsView
  path: string
  alternatePath?: string
  current?: AgencySectionKey | 'home'
  children: React.ReactNode
}) {
  const t = getT(locale)
  // On an agency domain a relative link would stay on that domain: the portal is linked absolutely.
  const portalHome = agency.domain ? absoluteUrl(homePath(locale)) : homePath(locale)
  const home = agencySectionPath(locale, agency.slug)
  return (
    <>
      <AlertBanner locale={locale} agency={agency.id} />
      <header className="site-header">
        <div className="container site-header__top">
          <Link prefetch={false} href={home} className="site-identity">
            <BrandMark />
            <span>
              <span className="site-identity__name" lang={agency.name.lang !== locale ? agency.name.lang : undefined}>
                {agency.name.text}
              </span>
              <span className="site-identity__tagline" lang={settings.headerTagline && settings.headerTagline.lang !== locale ? settings.headerTagline.lang : undefined}>
                {settings.headerTagline?.text ?? t('agencySite.partOf', { portal: t('site.name') })}
              </span>
            </span>
          </Link>
        </div>
        <SiteMenu
          locale={locale}
          navLabel={t('agencySite.nav')}
          extra={
            <a href={portalHome} className="agency-header__portal">
              {t('agencySite.portalLink')}
            </a>
          }
          aside={<LanguageSwitcher locale={locale} path={path} alternatePath={alternatePath} />}
        >
          <li>
            <Link prefetch={false} href={home} aria-current={current === 'home' ? 'page' : undefined}>
              {t('agencySite.home')}
            </Link>
          </li>
          {AGENCY_SITE_SECTIONS.map((key) => (
            <li key={key}>
              <Link prefetch={false} href={agencySectionPath(locale, agency.slug, key)} aria-current={current === key ? 'page' : undefined}>
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
          {settings.navLinks.map((l) => (
            <li key={l.url}>
              <a href={l.url} lang={l.label.lang !== locale ? l.label.lang : undefined}>
                {l.label.text}
              </a>
            </li>
          ))}
        </SiteMenu>
      </header>
      <main id="main" tabIndex={-1} className="container main">
        {children}
      </main>
      {settings.footerText && (
        <section className="agency-footer" aria-labelledby="agency-footer-title">
          <div className="container">
            <h2 id="agency-footer-title" className="visually-hidden">
              {t('agencySite.footerHeading', { agency: agency.name.text })}
            </h2>
            <p lang={settings.footerText.lang !== locale ? settings.footerText.lang : undefined}>{settings.footerText.text}</p>
          </div>
        </section>
      )}
      <SiteFooter locale={locale} />
    </>
  )
}

/** A text that may be in the other language: `lang` set only when it differs from the page. */
export function L({ value, locale, as: Tag = 'span', className }: { value: { text: string; lang: Locale }; locale: Locale; as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'dd'; className?: string }) {
  return (
    <Tag className={className} lang={value.lang !== locale ? value.lang : undefined}>
      {value.text}
    </Tag>
  )
}
