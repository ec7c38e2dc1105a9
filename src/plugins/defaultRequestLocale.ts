import type { CollectionBeforeOperationHook, Config, PayloadRequest, Plugin } from 'payload'

type RequestLocale = NonNullable<PayloadRequest['locale']>

/**
 * With `localization.fallback: false` (the English edition must never show Vietnamese silently),
 * Payload leaves `req.locale` empty on a REST request without `?locale=`, and a write then saves
 * no localized field at all. Every operation without a locale runs in the default locale (vi),
 * as an API client would expect. Reads still decide their own fallback explicitly.
 */
const fillDefaultLocale =
  (defaultLocale: RequestLocale): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    if (!req.locale) req.locale = defaultLocale
    return args
  }

export const defaultRequestLocale: Plugin = (config: Config): Config => {
  const localization = config.localization
  if (!localization) return config
  const hook = fillDefaultLocale(localization.defaultLocale as RequestLocale)
  return {
    ...config,
    collections: (config.collections ?? []).map((c) => ({
      ...c,
      hooks: { ...c.hooks, beforeOperation: [hook, ...(c.hooks?.beforeOperation ?? [])] },
    })),
  }
}
