import type { CollectionBeforeChangeHook } from 'payload'
import { keepingLocale } from '@/lib/requestLocale'
import { plainText } from '@/lib/richtext'

/** Fields the law requires in English on every agency's site (introduction, functions, contacts). */
export const REQUIRED_ENGLISH = ['name', 'introduction', 'functions', 'address'] as const
export type EnglishGap = (typeof REQUIRED_ENGLISH)[number]

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (value && typeof value === 'object') return plainText(value).length > 0
  return false
}

export function englishGaps(english: Record<string, unknown> | null | undefined): EnglishGap[] {
  return REQUIRED_ENGLISH.filter((field) => !isFilled(english?.[field]))
}

/**
 * Keeps `englishGaps` (non-localized) current so the admin list and the public directory can flag
 * agencies whose English introduction or contacts are missing, whichever locale was just saved.
 */
export const computeEnglishGaps: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  let english: Record<string, unknown> | null = null
  if (req.locale === 'en') {
    english = { ...(originalDoc ?? {}), ...data }
  } else if (originalDoc?.id) {
    english = (await keepingLocale(req, () =>
      req.payload.findByID({ collection: 'agencies', id: originalDoc.id, locale: 'en', fallbackLocale: false, depth: 0, req, overrideAccess: true }),
    )) as unknown as Record<string, unknown>
  }
  return { ...data, englishGaps: englishGaps(english) }
}
