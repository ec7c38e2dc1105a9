/** The English edition's state as the agencyContent hook keeps it (`translation` group). */
export interface TranslationInfo {
  state: 'missing' | 'outdated' | 'current'
  viMaterialChangeAt: string | null
}

type WithTranslation = { translation?: { state?: string | null; viMaterialChangeAt?: string | null } | null }

export function translationInfo(doc: WithTranslation | null | undefined): TranslationInfo | null {
  const t = doc?.translation
  if (!t?.state || !['missing', 'outdated', 'current'].includes(t.state)) return null
  return { state: t.state as TranslationInfo['state'], viMaterialChangeAt: t.viMaterialChangeAt ?? null }
}
