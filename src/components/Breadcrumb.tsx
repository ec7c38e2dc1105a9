import Link from 'next/link'
import { getT } from '@/i18n'
import { homePath, type Locale } from '@/routes'
import type { LText } from '@/lib/localeFallback'

/**
 * "Home › Section › this page": a named navigation landmark with an ordered list; the last item
 * is the current page (aria-current), not a link. A current title in another language keeps its `lang`.
 */
export function Breadcrumb({ locale, trail, current }: { locale: Locale; trail: { label: string; href: string }[]; current: LText }) {
  const t = getT(locale)
  return (
    <nav aria-label={t('a11y.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link href={homePath(locale)}>{t('nav.home')}</Link>
        </li>
        {trail.map((c) => (
          <li key={c.href}>
            <Link href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page" lang={current.lang !== locale ? current.lang : undefined}>
          {current.text}
        </li>
      </ol>
    </nav>
  )
}
