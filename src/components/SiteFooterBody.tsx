import type { SiteSettingsView } from '@/data/settings'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

const NO_SETTINGS: SiteSettingsView = { ownerName: null, address: null, phone: null, email: null, responsible: null, licence: null }

/** The footer itself; without `settings` (the error page, which cannot read data) the owner and licence from the catalogue. */
export function SiteFooterBody({ locale, settings = NO_SETTINGS }: { locale: Locale; settings?: SiteSettingsView }) {
  const t = getT(locale)
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        {/* Not a <section>: the footer is the landmark; a named region here would repeat "Contact" beside an agency's own. */}
        <div>
          <h2 id="footer-contact">{t('footer.contactHeading')}</h2>
          <p className="site-footer__owner">{settings.ownerName ?? t('site.owner')}</p>
          <dl>
            {settings.address && (
              <>
                <dt>{t('footer.address')}</dt>
                <dd>{settings.address}</dd>
              </>
            )}
            {settings.phone && (
              <>
                <dt>{t('footer.phone')}</dt>
                <dd>
                  <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
                </dd>
              </>
            )}
            {settings.email && (
              <>
                <dt>{t('footer.email')}</dt>
                <dd>
                  <a href={`mailto:${settings.email}`}>{settings.email}</a>
                </dd>
              </>
            )}
            {settings.responsible && (
              <>
                <dt>{t('footer.responsible')}</dt>
                <dd>{settings.responsible}</dd>
              </>
            )}
          </dl>
        </div>
        <section className="site-footer__legal">
          <p>{settings.licence ?? t('footer.license')}</p>
          <p>{t('footer.copyright', { year: new Date().getFullYear() })}</p>
        </section>
      </div>
    </footer>
  )
}
