import type { Metadata } from 'next'
import { getT } from '@/i18n'
import { absoluteUrl, publicUrl } from '@/routes/documents'
import { LOCALE_TAGS, LOCALES, type Locale } from '@/routes/locales'
import { localizePath } from '@/routes/paths'

export interface PageMetaInput {
  locale: Locale
  /** The page's public path in `locale` (e.g. `/vi/tin-tuc/abc`). */
  path: string
  title?: string
  description?: string | null
  image?: { url: string; alt: string; width?: number | null; height?: number | null } | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
  /** Paths of the page in each locale when they differ from the route-table translation. */
  alternates?: Partial<Record<Locale, string>>
  /**
   * Base URL the paths are resolved against (default PUBLIC_URL). An agency with its own domain
   * passes `https://{domain}` (see `agencyBaseUrl`) so canonical and hreflang point there.
   */
  baseUrl?: string
}

/** Canonical URL, hreflang pairs (vi, en, x-default) and Open Graph for one public page. */
export function pageMetadata(input: PageMetaInput): Metadata {
  const t = getT(input.locale)
  const siteName = t('site.name')
  const languages: Record<string, string> = {}
  const base = input.baseUrl ?? publicUrl()
  for (const l of LOCALES) languages[LOCALE_TAGS[l].lang] = absoluteUrl(input.alternates?.[l] ?? localizePath(input.path, l), base)
  languages['x-default'] = languages.vi!
  const canonical = absoluteUrl(input.path, base)
  const description = input.description ?? t('site.description')
  return {
    metadataBase: new URL(base),
    title: input.title ? `${input.title} | ${siteName}` : siteName,
    description,
    alternates: { canonical, languages },
    openGraph: {
      type: input.type ?? 'website',
      url: canonical,
      siteName,
      title: input.title ?? siteName,
      description,
      locale: LOCALE_TAGS[input.locale].og,
      alternateLocale: LOCALES.filter((l) => l !== input.locale).map((l) => LOCALE_TAGS[l].og),
      ...(input.image
        ? { images: [{ url: absoluteUrl(input.image.url), alt: input.image.alt, width: input.image.width ?? undefined, height: input.image.height ?? undefined }] }
        : {}),
      ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
      ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
    },
    twitter: { card: input.image ? 'summary_large_image' : 'summary' },
  }
}
