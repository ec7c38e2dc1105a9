import { getSiteSettings } from '@/data/settings'
import type { Locale } from '@/routes/locales'
import { SiteFooterBody } from './SiteFooterBody'

/** The provincial footer, with the contact details editors keep in the Site settings global. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  return <SiteFooterBody locale={locale} settings={await getSiteSettings(locale)} />
}
