import { centralIssuer, getDocType, parseDocNumber } from '@/domain/legal'
import { issuerIndexForms, typeIndexForms } from '@/domain/search/synonyms'
import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined

function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/**
 * What the search index stores for one legal document in one locale: the title, the abstract and
 * the full text apart (ranked in that order), and the fields people name in a query — the type
 * (both names, abbreviation), the year, and the issuer. A central issuer comes from the maintained
 * list (src/domain/legal/issuers.ts); a province agency is resolved by the search sync
 * (`issuerAgencyRef` in searchSources.ts).
 */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as Localized<string>, locale) ?? ''
  const abstract = pick(doc.abstract as Localized<string>, locale) ?? ''
  const body = plainText(pick(doc.body as Localized<unknown>, locale))
  const number = typeof doc.number === 'string' ? doc.number : undefined
  const issue = typeof doc.issueDate === 'string' ? Number(doc.issueDate.slice(0, 4)) : undefined
  const docType = typeof doc.docType === 'string' ? doc.docType : undefined
  const year = issue ?? (number ? parseDocNumber(number)?.year : undefined)
  const central = doc.issuingAgency ? undefined : centralIssuer(typeof doc.centralIssuer === 'string' ? doc.centralIssuer : null)
  const type = getDocType(docType ?? '')
  return {
    title,
    abstract,
    body: [number, body].filter(Boolean).join('\n'),
    docNumber: number,
    year,
    docType,
    fieldWords: [type?.vi, type?.en, ...typeIndexForms(docType), year ? String(year) : undefined].filter((x): x is string => Boolean(x)),
    ...(central
      ? { issuer: { name: central[locale], forms: [central.vi, central.en, ...issuerIndexForms(central.key)], keys: [central.key] } }
      : {}),
  }
}
