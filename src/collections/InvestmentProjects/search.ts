import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined

export function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/** What the search index stores for one investment project in one locale. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as Localized<string>, locale) ?? ''
  const body = [
    pick(doc.summary as Localized<string>, locale),
    plainText(pick(doc.description as Localized<unknown>, locale)),
    plainText(pick(doc.incentives as Localized<unknown>, locale)),
  ]
    .filter(Boolean)
    .join('\n')
  const year = typeof doc.publishedAt === 'string' ? Number(doc.publishedAt.slice(0, 4)) : undefined
  return { title, body, year }
}
