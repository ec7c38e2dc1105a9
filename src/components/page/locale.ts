import { notFound } from 'next/navigation'
import { isLocale, type Locale } from '@/routes/locales'

/**
 * The one locale check of the public pages: the `[locale]` segment as a `Locale`, or the 404 page.
 * (Metadata functions use `isLocale` and return `{}` instead: a 404 page needs no metadata.)
 */
export function pageLocale(segment: string): Locale {
  if (!isLocale(segment)) notFound()
  return segment
}
