import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, FieldHook, PayloadRequest, Validate } from 'payload'
import { businessId } from '@/access/roles'
import { isMarketplaceModerator } from '@/access/marketplace'
import { keepsVerification, normalizeRegistrationNumber } from '@/domain/marketplace'
import { getT } from '@/i18n'
import { expireTags } from '@/hooks/revalidate'
import { tags } from '@/lib/cacheTags'
import { publicUrl } from '@/routes/documents'
import { marketplacePaths } from '@/routes/marketplace'
import { keepOnly, marketLanguage, marketT } from '../shared/marketplace'

const VERIFICATION_FIELDS: ReadonlySet<string> = new Set(['verified', 'verifiedAt'])

/** "3000 123 456 - 001" → "3000123456-001" before validation (an invalid one is left for the validator). */
export const normalizeRegistration: FieldHook = ({ value }) => (typeof value === 'string' ? (normalizeRegistrationNumber(value) ?? value.trim()) : value)

/**
 * A registration number is 10 digits with an optional -NNN suffix, and registers one business
 * only. Both refusals are in the language of the request (Accept-Language / the admin language).
 */
export const validateRegistration: Validate = async (value, { req, id }) => {
  const t = marketT(req)
  const normalized = typeof value === 'string' ? normalizeRegistrationNumber(value) : null
  if (!normalized) return t('marketplace.errors.registrationInvalid')
  const taken = await req.payload.count({
    collection: 'businesses',
    where: { and: [{ registrationNumber: { equals: normalized } }, ...(id !== undefined && id !== null ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    req,
  })
  return taken.totalDocs === 0 || t('marketplace.errors.registrationTaken')
}

export const validatePhone: Validate = (value, { req }) =>
  (typeof value === 'string' && /^\+?[0-9][0-9 .-]{5,18}[0-9]$/.test(value.trim())) || marketT(req)('marketplace.errors.phoneInvalid')

/**
 * Verification: the moderator's `verified` stamps `verifiedAt` (clearing it clears the date);
 * a business changing its legal identity (registration number, legal name) loses its
 * verification until checked again. The moderator's save changes nothing but the verification.
 */
export const keepVerificationHonest: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  if (operation === 'create') {
    if (req.user) return { ...data, verified: false, verifiedAt: null }
    return { ...data, verifiedAt: data.verified ? (data.verifiedAt ?? new Date().toISOString()) : null }
  }
  const before = (originalDoc ?? {}) as Record<string, unknown>
  if (req.user && businessId(req.user) === null && (await isMarketplaceModerator(req))) {
    const verified = data.verified === undefined ? Boolean(before.verified) : Boolean(data.verified)
    const changed = verified !== Boolean(before.verified)
    keepOnly(data, before, VERIFICATION_FIELDS)
    return { ...data, verified, verifiedAt: verified ? (changed ? new Date().toISOString() : (before.verifiedAt ?? new Date().toISOString())) : null }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  const after = { registrationNumber: str(data.registrationNumber ?? before.registrationNumber), legalName: str(data.legalName ?? before.legalName) }
  if (before.verified && !keepsVerification({ registrationNumber: str(before.registrationNumber), legalName: str(before.legalName) }, after)) return { ...data, verified: false, verifiedAt: null }
  return data
}

/** The confirmation page a verification e-mail links to. */
export function verificationLink(locale: 'vi' | 'en', token: string): string {
  return `${publicUrl()}${marketplacePaths.verifyEmail(locale)}?token=${encodeURIComponent(token)}`
}

/** The verification e-mail, in the language the business registered in. */
export function verificationEmail(req: PayloadRequest, token: string, user: { legalName?: string | null; email?: string | null }): string {
  const locale = marketLanguage(req)
  const t = getT(locale)
  const link = verificationLink(locale, token)
  return [
    `<p>${escapeHtml(t('marketplace.verifyEmail.greeting', { name: user.legalName || user.email || '' }))}</p>`,
    `<p>${escapeHtml(t('marketplace.verifyEmail.body'))}</p>`,
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    `<p>${escapeHtml(t('marketplace.verifyEmail.after'))}</p>`,
  ].join('\n')
}

export const verificationSubject = (req: PayloadRequest): string => getT(marketLanguage(req))('marketplace.verifyEmail.subject')

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** The marketplace pages show the verification date and legal name: a change expires them. */
export const revalidateVerification: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.skipRevalidate) return doc
  if (doc.verified !== previousDoc?.verified || doc.verifiedAt !== previousDoc?.verifiedAt || doc.legalName !== previousDoc?.legalName) await expireTags([tags.collection('businesses')])
  return doc
}
