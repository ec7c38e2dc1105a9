import i18next, { type TFunction } from 'i18next'
import type { Locale } from '@/routes/locales'
import en from './locales/en.json'
import vi from './locales/vi.json'

export const resources = { vi: { translation: vi }, en: { translation: en } } as const

const instances = new Map<Locale, TFunction>()

/**
 * The translation function for one locale. Instances are created once per process and are
 * synchronous (resources are bundled), so server components can call it without awaiting.
 * A missing key renders as the key itself; the locale-parity test and the e2e walk catch that.
 */
export function getT(locale: Locale): TFunction {
  let t = instances.get(locale)
  if (!t) {
    const instance = i18next.createInstance()
    void instance.init({
      lng: locale,
      fallbackLng: false,
      resources,
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes output
      returnNull: false,
    })
    t = instance.t.bind(instance) as TFunction
    instances.set(locale, t)
  }
  return t
}

/** Flattened dotted keys of a locale file (used by the parity test and the e2e walk). */
export function flattenKeys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? flattenKeys(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}
