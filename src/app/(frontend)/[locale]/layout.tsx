import '../styles.css'
import type { Metadata, Viewport } from 'next'
import type React from 'react'
import { getT } from '@/i18n'
import { setRenderingLocale } from '@/i18n/renderingLocale'
import { isLocale, LOCALE_TAGS } from '@/routes/locales'
import { pageLocale } from '@/components/page/locale'

// Pages are rendered on first request and then served from the cache until a publish expires
// their tags; the build never touches the database.
export const dynamicParams = true
export const revalidate = 3600
export function generateStaticParams() {
  return []
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#7a1010' }

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    applicationName: getT(locale)('site.name'),
    // Built from scripts/brand/logo.svg by scripts/brand.mjs; served from public/ at the root.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: [{ url: '/apple-touch-icon.png', sizes: '180x180' }],
    },
    manifest: '/manifest.webmanifest',
  }
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale)
  setRenderingLocale(locale)
  const t = getT(locale)
  return (
    <html lang={LOCALE_TAGS[locale].lang}>
      <body>
        <a className="skip-link" href="#main">
          {t('a11y.skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
