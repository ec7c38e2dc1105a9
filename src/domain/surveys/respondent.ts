import { createHmac } from 'node:crypto'

/**
 * "One response per visitor": the key of a response is an HMAC of the visitor's address under a key
 * derived for that survey (the rating's day-keyed idea, keyed per survey instead of per day). Unique
 * per survey; the address itself is never stored, and keys of two surveys cannot be linked.
 */
export function respondentKey(secret: string, surveyId: string | number, address: string): string {
  const surveyKey = createHmac('sha256', secret).update(`survey-respondent\u0000${surveyId}`).digest()
  return createHmac('sha256', surveyKey).update(address).digest('base64url')
}
