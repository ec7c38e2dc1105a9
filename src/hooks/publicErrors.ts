import type { AfterErrorHook } from 'payload'

/** What Payload's formatErrors answers when it does not recognise an error. */
export const UNKNOWN_ERROR_MESSAGE = 'An unknown error occurred.'

interface ErrorLike {
  name?: string
  message?: unknown
  status?: number
  isPublic?: boolean
  data?: unknown
}

/**
 * Keeps the message of a public error public in the production build. There, the APIError and
 * ValidationError classes our hooks import are a second, minified copy of Payload's (the server
 * log shows them with an empty `type`): Payload's formatErrors recognises neither by `instanceof`
 * nor by `name`, and answers "An unknown error occurred." — the editor lost every reason (an
 * upload refused, a field invalid, a publish refused). This hook rebuilds the answer Payload meant
 * to give (`errors: [{ name, data, message }]`, field errors in `data.errors` included) for errors
 * Payload itself would show (`isPublic`, or a status other than 500); internal errors stay hidden.
 */
export const keepPublicErrorMessages: AfterErrorHook = ({ error, result }) => {
  if (!result || result.errors.length !== 1 || result.errors[0]?.message !== UNKNOWN_ERROR_MESSAGE) return
  const e = error as ErrorLike
  const visible = e.isPublic === true || (e.isPublic !== false && typeof e.status === 'number' && e.status !== 500)
  if (!visible || typeof e.message !== 'string' || !e.message) return
  const name = e.name || (e.data && typeof e.data === 'object' && 'errors' in e.data ? 'ValidationError' : 'APIError')
  const data = e.data && typeof e.data === 'object' ? (e.data as Record<string, unknown>) : undefined
  return { response: { ...result, errors: [{ name, message: e.message, ...(data ? { data } : {}) }] }, status: e.status }
}
