'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { isLocale, type Locale } from '@/routes/locales'

export interface StatusTexts {
  title: string
  body: string
  backHome: string
  retry?: string
}

/**
 * The 404 and error pages. Next.js gives not-found/error boundaries no route params, so the
 * language is read from the path (rendered on the server too: the HTML works without JavaScript).
 */
export function StatusMessage({ texts, onRetry }: { texts: Record<Locale, StatusTexts>; onRetry?: () => void }) {
  const first = usePathname()?.split('/')[1]
  const locale: Locale = isLocale(first) ? first : 'vi'
  const t = texts[locale]
  return (
    <main id="main" tabIndex={-1} className="container main status-page" lang={locale}>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p className="status-page__actions">
        <Link href={`/${locale}`}>{t.backHome}</Link>
        {onRetry && t.retry && (
          <button type="button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
      </p>
    </main>
  )
}
