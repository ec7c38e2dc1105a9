import type { CollectionBeforeChangeHook } from 'payload'
import { applyEdit, translationState, type TranslationMeta } from '@/domain/translation'

interface StoredTranslation {
  state?: 'missing' | 'outdated' | 'current' | null
  viMaterialChangeAt?: string | null
  enUpdatedAt?: string | null
}

const filled = (value: unknown) => (typeof value === 'string' ? value.trim().length > 0 : value !== null && value !== undefined)

/**
 * Keeps the non-localized `translation` group of an agency-owned document current, from the
 * locale of each save and the editor's `changeKind` (LEGAL's change-tracking field):
 * - a Vietnamese save labelled `material` (or unlabelled: fail safe) marks the English outdated;
 *   a `minor` one (typo) does not;
 * - an English save brings the English up to date (the translator saving the English form is the
 *   act of updating it; `changeKind` describes the Vietnamese source and is ignored there);
 * - the English exists when the document has an English title.
 * The rules themselves are src/domain/translation (pure, unit-tested); this only feeds them.
 */
export const trackTranslation: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const locale = req.locale
  if (locale !== 'vi' && locale !== 'en') return data
  const prev: StoredTranslation = (originalDoc?.translation as StoredTranslation | undefined) ?? {}

  let hasEnglishBefore = false
  if (prev.state) hasEnglishBefore = prev.state !== 'missing'
  else if (operation === 'update' && originalDoc?.id !== undefined) {
    // A document saved before translation tracking existed: look at its English once.
    if (locale === 'en') hasEnglishBefore = filled(originalDoc.title)
    else {
      const english = await req.payload.findByID({
        collection: collection.slug,
        id: originalDoc.id,
        locale: 'en',
        fallbackLocale: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
        select: { title: true },
      })
      hasEnglishBefore = filled((english as { title?: unknown } | null)?.title)
    }
  }

  const meta: TranslationMeta = {
    hasEnglish: hasEnglishBefore,
    ...(prev.viMaterialChangeAt ? { viMaterialChangeAt: prev.viMaterialChangeAt } : {}),
    ...(prev.enUpdatedAt ? { enUpdatedAt: prev.enUpdatedAt } : {}),
  }
  const englishTitle = locale === 'en' ? (data && 'title' in data ? data.title : originalDoc?.title) : undefined
  const changeKind = data?.changeKind === 'minor' || data?.changeKind === 'material' ? data.changeKind : undefined
  const next = applyEdit(meta, {
    locale,
    at: new Date().toISOString(),
    change: locale === 'vi' ? changeKind : undefined,
    hasEnglishAfter: locale === 'en' ? filled(englishTitle) : hasEnglishBefore,
  })
  return {
    ...data,
    translation: {
      state: translationState(next),
      viMaterialChangeAt: next.viMaterialChangeAt ?? null,
      enUpdatedAt: next.enUpdatedAt ?? null,
    },
  }
}
