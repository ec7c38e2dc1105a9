import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { retryIn } from '@/lib/publicWrite'
import { forgive, hit, retryAfterSeconds, type PolicyName } from '@/lib/rateLimit'

/**
 * Sign-in protection for REST `POST /api/users/login` (the admin login form posts there too) and
 * "forgot password", in place of Payload's account lockout (`maxLoginAttempts`, which locks the
 * account whoever sends the wrong passwords — anyone could lock out a known e-mail):
 *
 * - before the password is checked, the `login` policy counts the attempt per (client address,
 *   account) and per address; over the limit → 429 with `Retry-After` and a localized message,
 *   the same whether the account exists or not. A correct password resets that pair and refunds
 *   the address (`afterLogin`), so the other addresses of a real user are never affected.
 * - unknown and known e-mails take the same time: Payload answers an unknown e-mail before hashing
 *   anything, so for one this hook runs the same PBKDF2 as a password check (Payload's current
 *   parameters), and both paths make the same two lookups. Message and status are Payload's own,
 *   identical for both ("The email or password provided is incorrect.", 401).
 */
const pbkdf2Async = promisify(pbkdf2)
// Payload 3.90's current password hash (auth/strategies/local/generatePasswordSaltHash.js).
const HASH_ITERATIONS = 600_000
const HASH_KEY_LENGTH = 32

function account(data: unknown): string | null {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email.toLowerCase().trim() : null
}

function uiLocale(req: PayloadRequest): 'vi' | 'en' {
  return req.i18n?.language === 'en' ? 'en' : 'vi'
}

async function refuseWhenOver(req: PayloadRequest, policy: PolicyName, subjects: { address: string; account: string | null }) {
  const verdict = await hit(req.payload, policy, subjects)
  if (verdict.allowed) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfterSeconds(verdict.retryAfterMs)))
  req.responseHeaders = headers
  const t = getT(uiLocale(req))
  throw new APIError(t('auth.loginThrottled', { when: retryIn(t, verdict.retryAfterMs) }), 429, null, true)
}

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = account(data)
  const address = clientAddress(req.headers)
  if (operation === 'forgotPassword') {
    await refuseWhenOver(req, 'passwordReset', { address, account: email })
    return args
  }
  await refuseWhenOver(req, 'login', { address, account: email })
  const password = data?.password
  if (email && typeof password === 'string' && password.trim()) {
    // The same lookup Payload makes next; when it finds nobody, spend a password check's time.
    const user = await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req })
    if (!user) await pbkdf2Async(password, (await promisify(randomBytes)(32)).toString('hex'), HASH_ITERATIONS, HASH_KEY_LENGTH, 'sha256')
  }
  return args
}

export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = account(user)
  if (!email) return user
  try {
    await forgive(req.payload, 'login', { address: clientAddress(req.headers), account: email })
  } catch (error) {
    // A correct password is never refused because its failures could not be forgotten.
    req.payload.logger.warn({ err: error, msg: 'login: could not reset the rate-limit count' })
  }
  return user
}
