import { cache } from 'react'
import type { Locale } from '@/routes/locales'

/**
 * The locale of the page being rendered, for server components that get no route params:
 * Next.js passes none to not-found.tsx. The [locale] layout records it (`setRenderingLocale`) before
 * its children render; React's cache() scopes the value to one request.
 */
const store = cache((): { locale: Locale | undefined } => ({ locale: undefined }))

export function setRenderingLocale(locale: Locale): void {
  store().locale = locale
}

export function renderingLocale(): Locale | undefined {
  return store().locale
}
