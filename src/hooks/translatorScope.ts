import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook } from 'payload'
import { isTranslatorOnly, keepTranslatable } from '@/access/translator'
import type { PortalUser } from '@/access/roles'

type Doc = { agency?: unknown } | null | undefined

const translatorOnly = (user: unknown, originalDoc: Doc, data: Doc) =>
  Boolean(user) && isTranslatorOnly(user as PortalUser, originalDoc?.agency ?? data?.agency)

/**
 * Translators edit the English locale only: a translator's save in any other locale (or in all
 * locales at once) is refused, and whatever non-localized value the body carries (slug, agency,
 * dates, status fields, an upload's file name, size and type…) is replaced by the stored value.
 * Publishing stays refused by `enforcePublishRights` (translators hold no publisher role).
 * Wired on every agency-owned collection by `src/plugins/translatorScope.ts`.
 */
export const translatorScope: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req, operation }) => {
  if (!req.user || operation !== 'update') return data
  if (!translatorOnly(req.user, originalDoc, data)) return data
  if (req.locale !== 'en') throw new Forbidden(req.t)
  return keepTranslatable(collection.fields, (data ?? {}) as Record<string, unknown>, (originalDoc ?? {}) as Record<string, unknown>)
}

/**
 * A file is never localized: a translator may not replace an upload's file. Checked before
 * validation because Payload writes the new file to disk before the `beforeChange` hooks run.
 */
export const translatorKeepsFiles: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req, operation }) => {
  if (!req.user || operation !== 'update' || !collection.upload) return data
  if (!translatorOnly(req.user, originalDoc, data)) return data
  if (req.file || req.locale !== 'en') throw new Forbidden(req.t)
  return data
}
