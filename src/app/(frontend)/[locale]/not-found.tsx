import { SiteFooter } from '@/components/SiteFooter'
import { StatusMessage } from '@/components/StatusMessage'
import { renderingLocale } from '@/i18n/renderingLocale'

/** The localized 404 inside the site chrome (the [locale] layout records the page's locale). */
export default function NotFound() {
  const locale = renderingLocale() ?? 'vi'
  return <StatusMessage locale={locale} kind="notFound" footer={<SiteFooter locale={locale} />} />
}
