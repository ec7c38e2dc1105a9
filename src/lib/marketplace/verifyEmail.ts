import { payloadClient } from '@/lib/payload'

const TOKEN = /^[0-9a-f]{20,128}$/

/** Whether a string can be a verification token (before asking the database). */
export const isVerificationToken = (token: string): boolean => TOKEN.test(token)

/** Confirms a business account's e-mail address with the token it was sent; false when the token is unknown or used. */
export async function verifyBusinessEmail(token: string): Promise<boolean> {
  if (!isVerificationToken(token)) return false
  try {
    const payload = await payloadClient()
    return await payload.verifyEmail({ collection: 'businesses', token })
  } catch {
    return false
  }
}
