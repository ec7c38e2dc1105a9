import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { isTranslatorOnly, keepTranslatable } from '@/access/translator'
import type { PortalUser } from '@/access/roles'

/**
 * Translators edit the English locale only: a translator's save in any other locale (or in all
 * locales at once) is refused, and whatever non-localized value the body carries (slug, agency,
 * dates, status fields…) is replaced by the stored value. Publishing stays refused by
 * `enforcePublishRights` (translators hold no publisher role).
 */
export const translatorScope: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req, operation }) => {
  if (!req.user || operation !== 'update') return data
  const agency = originalDoc?.agency ?? data?.agency
  if (!isTranslatorOnly(req.user as unknown as PortalUser, agency)) return data
  if (req.locale !== 'en') throw new Forbidden(req.t)
  return keepTranslatable(collection.fields, (data ?? {}) as Record<string, unknown>, (originalDoc ?? {}) as Record<string, unknown>)
}
