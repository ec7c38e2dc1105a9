import { APIError, type AfterErrorHook } from 'payload'
import { getT } from '@/i18n'
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy, noteWriteFailure } from './busy'

/** The public error an editor (or any REST client) gets when the database stays busy. */
export class DatabaseBusyAPIError extends APIError {
  constructor(message: string) {
    super(message, 503, undefined, true)
    this.name = 'DatabaseBusy'
  }
}

/** The admin's language (Payload's `req.i18n`, from the `payload-lng` cookie or Accept-Language). */
function adminLocale(language: string | undefined): 'vi' | 'en' {
  return language === 'en' ? 'en' : 'vi'
}

/**
 * Payload's global `afterError` hook: a save (or any REST call) that failed because the database
 * was busy or briefly unreachable answers 503 with `Retry-After` and a localized, public message —
 * "Hệ thống đang bận, vui lòng thử lại" / "The system is busy, please try again" — instead of 500
 * "Something went wrong.". The admin shows that message in its toast and keeps the form as the
 * editor left it, so nothing typed is lost; the failed write wrote nothing (see ./sqlite.ts).
 */
export const busyAfterError: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseBusy(error)) return
  noteWriteFailure()
  const message = getT(adminLocale(req.i18n?.language))('errors.busy')
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  const busy = new DatabaseBusyAPIError(message)
  return { response: { errors: [{ name: busy.name, message: busy.message }] }, status: busy.status }
}
