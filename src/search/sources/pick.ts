import type { Locale } from '@/routes/locales'

/** A field value as Payload returns it: one locale's value, or `{ vi, en }` when read with locale 'all'. */
export type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined

export function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && ('vi' in value || 'en' in value)) {
    return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  }
  return (value ?? undefined) as T | undefined
}

export function yearOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}/.test(value)) return undefined
  return Number(value.slice(0, 4))
}
