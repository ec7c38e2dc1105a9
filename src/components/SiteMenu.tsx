import type React from 'react'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/**
 * The header's navigation bar. On a phone the links (and `extra`: the header search) fold into one
 * "Menu" disclosure — a native <details>/<summary>, so it opens with a tap, Enter or Space and
 * without JavaScript; from 48rem up the summary is hidden and the content always shown
 * (styles.css, `.site-menu`). `aside` (the language switch) stays visible beside the summary.
 */
export function SiteMenu({
  locale,
  navLabel,
  extra,
  aside,
  children,
}: {
  locale: Locale
  navLabel: string
  /** Shown after the links inside the menu (the header search, an agency's portal link). */
  extra?: React.ReactNode
  aside?: React.ReactNode
  /** The navigation's <li> items. */
  children: React.ReactNode
}) {
  const t = getT(locale)
  return (
    <div className="site-header__bar">
      <div className="container site-header__bar-inner">
        <details className="site-menu wide-open">
          <summary className="site-menu__toggle">
            <span className="site-menu__icon" aria-hidden="true" />
            {t('nav.menu')}
          </summary>
          <div className="site-menu__panel">
            <nav aria-label={navLabel} className="main-nav">
              <ul>{children}</ul>
            </nav>
            {extra}
          </div>
        </details>
        {aside}
      </div>
    </div>
  )
}

/** The province's mark (public/logo.svg, built by scripts/brand.mjs); decorative beside the site name. */
export function BrandMark() {
  // eslint-disable-next-line @next/next/no-img-element -- a static 1 kB SVG: nothing to optimise
  return <img className="site-identity__emblem" src="/logo.svg" alt="" width={44} height={44} />
}
