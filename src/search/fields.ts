import { agencyAliases } from '@/domain/legal'
import { issuerIndexForms, provinceLevel } from '@/domain/search/synonyms'
import type { SearchLocale } from './types'

/**
 * A province agency as an issuer: the name shown in the row's locale (Vietnamese, marked, when it
 * has no English name), and the words indexed as the issuer field — both names, the short forms
 * of its name ("UBND tỉnh", "HĐND"), and its level's forms from the synonym table.
 */
export function agencyIssuerFields(
  name: Partial<Record<SearchLocale, string>>,
  locale: SearchLocale,
): { name?: string; lang?: SearchLocale; forms: string[]; keys: string[] } {
  const shown = name[locale] ?? name.vi
  const lang = name[locale] ? undefined : shown && locale !== 'vi' ? ('vi' as const) : undefined
  const level = provinceLevel(name.vi)
  const forms = [name.vi, name.en, ...agencyAliases(name.vi), ...issuerIndexForms(level)].filter((x): x is string => Boolean(x))
  const keys = level ? [level] : []
  return { name: shown, lang, forms, keys }
}
