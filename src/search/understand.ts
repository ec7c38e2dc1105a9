import { recognizeFields, type QueryField } from '@/domain/search/synonyms'
import type { ParsedQuery, QueryTerm } from './query'

/** A run of whole query terms the synonym table reads as a field (issuer, type or year). */
export interface FieldTerm {
  field: QueryField
  values: string[]
  /** Indices into `parsed.terms`. */
  terms: number[]
}

export interface UnderstoodQuery {
  parsed: ParsedQuery
  fields: FieldTerm[]
  /** Terms every match must contain when no document has the field words (the field terms left out). */
  required: QueryTerm[]
}

/**
 * Query understanding shared by every backend: which words name an issuer, a type or a year
 * (src/domain/search/synonyms.ts). Those rank documents whose fields they name first, and become
 * optional when no document contains them all.
 */
export function understandQuery(parsed: ParsedQuery): UnderstoodQuery {
  const tokens: string[] = []
  const owner: number[] = []
  parsed.terms.forEach((t, i) => {
    if (t.phrase) {
      // A quoted phrase is taken as typed, never as a field.
      tokens.push('\u0000')
      owner.push(i)
      return
    }
    for (const tok of t.tokens) {
      tokens.push(tok)
      owner.push(i)
    }
  })
  const fields: FieldTerm[] = []
  const optional = new Set<number>()
  for (const span of recognizeFields(tokens)) {
    const idx = [...new Set(owner.slice(span.start, span.end))]
    // Only spans covering whole terms ("22/2016" is one term split in two tokens: not a year).
    const whole = idx.every((i) => {
      const first = owner.indexOf(i)
      const last = owner.lastIndexOf(i)
      return first >= span.start && last < span.end
    })
    if (!whole) continue
    fields.push({ field: span.field, values: span.values, terms: idx })
    for (const i of idx) optional.add(i)
  }
  const required = parsed.terms.filter((_, i) => !optional.has(i))
  return { parsed, fields, required: required.length > 0 ? required : parsed.terms }
}

/** True when leaving the field terms out changes the query (there is something to relax). */
export function canRelax(u: UnderstoodQuery): boolean {
  return u.required.length < u.parsed.terms.length
}
