import type React from 'react'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/**
 * Filters folded behind one "Lọc / Filter" control on a phone, so the results come first; open
 * and without the control from 48rem up (styles.css, `.wide-open`). A native <details>: works
 * without JavaScript. It stays folded while filters are active (the results still come first);
 * the control says how many are chosen.
 */
export function FilterDisclosure({ locale, active, children }: { locale: Locale; active: number; children: React.ReactNode }) {
  const t = getT(locale)
  return (
    <details className="filter-disclosure wide-open">
      <summary className="filter-disclosure__toggle">
        {t('listFilters.toggle')}
        {active > 0 && <span className="filter-disclosure__count"> ({t('listFilters.active', { count: active })})</span>}
      </summary>
      {children}
    </details>
  )
}

/** Where a filter form sends the reader back to: the results, not the top of the page. */
export const RESULTS_ID = 'results'
export const toResults = (path: string) => `${path}#${RESULTS_ID}`
