import type React from 'react'
import type { LText } from '@/lib/localeFallback'
import type { Locale } from '@/routes/locales'

/**
 * A piece of content that may be in another language than the page (a Vietnamese title on an
 * English page): rendered with its own `lang` so screen readers and translation tools know.
 */
export function Lang({ value, locale, as: Tag = 'span', className }: { value: LText | null; locale: Locale; as?: 'span' | 'p' | 'div' | 'dd' | 'h1' | 'h2' | 'h3'; className?: string }) {
  if (!value) return null
  return (
    <Tag lang={value.lang !== locale ? value.lang : undefined} className={className}>
      {value.text}
    </Tag>
  )
}

/** `lang` attribute for a container whose content language may differ from the page's. */
export function langAttr(contentLang: Locale, pageLocale: Locale): { lang?: string } {
  return contentLang !== pageLocale ? { lang: contentLang } : {}
}

export type WithChildren = { children?: React.ReactNode }
