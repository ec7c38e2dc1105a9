import i18next, { type TFunction } from 'i18next'
import type { Locale } from '@/routes/locales'
import en from './locales/en.json'
import vi from './locales/vi.json'

export const resources = { vi: { translation: vi }, en: { translation: en } } as const

const instances = new Map<Locale, TFunction>()

/** Keys already reported (production logs each missing key once per process). */
const reported = new Set<string>()

/**
 * What happens when a page asks for a key that is not in the catalogue (no
 * mixed-language chrome). Outside production it throws, so development, unit tests and
 * integration tests fail on the spot; in production it logs the key once (the key itself is then
 * rendered, which the e2e walk of the English pages catches). I18N_MISSING=throw|log overrides.
 */
export function reportMissingKey(locale: string, key: string, mode = process.env.I18N_MISSING ?? (process.env.NODE_ENV === 'production' ? 'log' : 'throw')): void {
  const id = `${locale}:${key}`
  if (mode === 'throw') throw new Error(`i18n: missing key "${key}" in ${locale}.json`)
  if (reported.has(id)) return
  reported.add(id)
  console.error(`[i18n] missing key "${key}" in ${locale}.json`)
}

/**
 * The translation function for one locale. Instances are created once per process and are
 * synchronous (resources are bundled), so server components can call it without awaiting.
 * A missing key is reported (see `reportMissingKey`); the locale-parity test and the e2e walk of
 * the English pages catch what slips through.
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
      saveMissing: true,
      missingKeyHandler: (_lngs, _ns, key) => reportMissingKey(locale, key),
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
