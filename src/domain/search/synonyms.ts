import { CENTRAL_ISSUERS } from '../legal/issuers'
import { DOC_TYPES, stripVietnamese } from '../legal/doc-types'

/**
 * What people type for an issuer, a document type or a year, mapped to the field it names.
 * Search indexes every document's issuer (names in both languages, short forms, acronyms) and
 * type (name, abbreviation, English name) as fields; this table lets the query side recognise
 * those words, so that they rank documents whose issuer / type / year they name, and stay
 * optional words when no document has them ("nghi dinh … " still finds a decision about it).
 *
 * Forms are folded (lowercase, no accents, đ → d, punctuation → space), as the index stores them.
 */
export type QueryField = 'issuer' | 'type' | 'year'

export interface FieldSynonym {
  field: QueryField
  /** issuer: a central issuer key (src/domain/legal/issuers.ts) or `level:provincial-committee` / `level:provincial-council`; type: a doc type key. */
  value: string
  /** Folded token sequences that name it. */
  forms: readonly string[]
}

/** Folded form of what people type, as the search index folds it. */
export function foldForm(s: string): string {
  return stripVietnamese(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Province bodies by their level: the agency records name them in full ("Ủy ban nhân dân tỉnh Hà Tĩnh"). */
const PROVINCE_LEVELS: readonly FieldSynonym[] = [
  {
    field: 'issuer',
    value: 'level:provincial-committee',
    forms: ['ubnd tinh', 'ubnd', 'uy ban nhan dan tinh', 'uy ban nhan dan', 'uy ban tinh', 'uy ban', "provincial people s committee", 'people s committee'],
  },
  {
    field: 'issuer',
    value: 'level:provincial-council',
    forms: ['hdnd tinh', 'hdnd', 'hoi dong nhan dan tinh', 'hoi dong nhan dan', "provincial people s council", 'people s council'],
  },
]

/** English words for types that are not the type's own name. */
const TYPE_EXTRA: Record<string, readonly string[]> = {
  law: ['luat'],
  code: ['bo luat'],
  decision: ['qd'],
  decree: ['nd', 'nghi dinh'],
  circular: ['tt'],
  resolution: ['nq'],
  directive: ['ct'],
  plan: ['kh'],
}

function build(): FieldSynonym[] {
  const out: FieldSynonym[] = [...PROVINCE_LEVELS]
  for (const i of CENTRAL_ISSUERS) {
    const forms = new Set([i.vi, i.en, ...i.aliases, ...(i.enAliases ?? [])].map(foldForm).filter(Boolean))
    out.push({ field: 'issuer', value: i.key, forms: [...forms] })
  }
  for (const t of DOC_TYPES) {
    const forms = new Set([t.vi, t.en, ...(t.abbr ? [t.abbr] : []), ...(TYPE_EXTRA[t.key] ?? [])].map(foldForm).filter(Boolean))
    out.push({ field: 'type', value: t.key, forms: [...forms] })
  }
  return out
}

export const FIELD_SYNONYMS: readonly FieldSynonym[] = build()

/** Longest form first, so "thu tuong chinh phu" wins over "chinh phu". */
const BY_LENGTH: { tokens: string[]; syn: FieldSynonym }[] = FIELD_SYNONYMS.flatMap((syn) =>
  syn.forms.map((f) => ({ tokens: f.split(' '), syn })),
).sort((a, b) => b.tokens.length - a.tokens.length)

export interface FieldSpan {
  field: QueryField
  /** Every value the span may name ("chinh phu" names the Government; "thu tuong" the Prime Minister). */
  values: string[]
  /** Token positions [start, end) in the folded query tokens. */
  start: number
  end: number
}

const YEAR = /^(19|20)\d\d$/

/**
 * Recognises issuer, type and year words in folded query tokens, left to right, longest form
 * first. `['bo', 'cong', 'thuong', 'quy', 'che']` → issuer bo-cong-thuong at [0,3) and type
 * regulation ("quy che") at [3,5).
 */
export function recognizeFields(tokens: readonly string[]): FieldSpan[] {
  const spans: FieldSpan[] = []
  let i = 0
  while (i < tokens.length) {
    if (YEAR.test(tokens[i])) {
      spans.push({ field: 'year', values: [tokens[i]], start: i, end: i + 1 })
      i++
      continue
    }
    let matched: { len: number; values: Set<string>; field: QueryField } | null = null
    for (const { tokens: form, syn } of BY_LENGTH) {
      if (matched && form.length < matched.len) break
      if (form.length > tokens.length - i) continue
      let ok = true
      for (let k = 0; k < form.length; k++) if (tokens[i + k] !== form[k]) ok = false
      if (!ok) continue
      if (!matched) matched = { len: form.length, values: new Set([syn.value]), field: syn.field }
      else if (syn.field === matched.field) matched.values.add(syn.value)
    }
    if (matched) {
      spans.push({ field: matched.field, values: [...matched.values], start: i, end: i + matched.len })
      i += matched.len
    } else i++
  }
  return spans
}

/**
 * Words indexed with a document's issuer so that every form in the table finds it: the names in
 * both languages plus the short forms. `issuerValue` is a central key or a `level:` value.
 */
export function issuerIndexForms(issuerValue: string | null | undefined): string[] {
  if (!issuerValue) return []
  const syn = FIELD_SYNONYMS.find((s) => s.field === 'issuer' && s.value === issuerValue)
  return syn ? [...syn.forms] : []
}

/** Words indexed with a document's type: its Vietnamese and English names and abbreviation. */
export function typeIndexForms(typeKey: string | null | undefined): string[] {
  if (!typeKey) return []
  const syn = FIELD_SYNONYMS.find((s) => s.field === 'type' && s.value === typeKey)
  return syn ? [...syn.forms] : []
}

/** The level of a province agency by its name ("Ủy ban nhân dân …" → provincial committee), if any. */
export function provinceLevel(agencyName: string | null | undefined): string | undefined {
  const f = foldForm(agencyName ?? '')
  if (f.startsWith('uy ban nhan dan') || f.startsWith('ubnd')) return 'level:provincial-committee'
  if (f.startsWith('hoi dong nhan dan') || f.startsWith('hdnd')) return 'level:provincial-council'
  return undefined
}
