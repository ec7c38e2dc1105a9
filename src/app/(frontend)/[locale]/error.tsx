'use client'
import { usePathname } from 'next/navigation'
import { SiteFooterBody } from '@/components/SiteFooterBody'
import { StatusMessage } from '@/components/StatusMessage'
import { isLocale, type Locale } from '@/routes/locales'

/** A failed render, inside the site chrome. An error boundary gets no route params: the language comes from the path. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const first = usePathname()?.split('/')[1]
  const locale: Locale = isLocale(first) ? first : 'vi'
  return <StatusMessage locale={locale} kind="error" onRetry={reset} footer={<SiteFooterBody locale={locale} />} />
}
