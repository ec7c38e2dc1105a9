import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that share `req` (same transaction) without letting them change the
 * request's locale: a Local API call given `req` sets `req.locale` to its own, and the operation
 * that runs the calling hook must get its own locale back (else a Vietnamese save is written into
 * the English fields).
 */
export async function keepingLocale<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await run()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
