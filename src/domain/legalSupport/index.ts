/**
 * Legal support for businesses: the pure rules behind its pages — the field filter of the guides
 * list and the consultants' directory, which Q&A answers count as law-related, and which legal
 * documents are "most asked about".
 */

type Raw = Record<string, string | string[] | undefined>

export interface FieldFilter {
  field?: string
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/** `?field=` when it names one of `fields`; anything else is dropped (the page then redirects to the canonical URL). */
export function parseFieldFilter(raw: Raw, fields: readonly string[]): FieldFilter {
  const field = first(raw.field)
  return field && fields.includes(field) ? { field } : {}
}

/** The canonical query string of a field filter ('' when none). */
export function fieldQuery(f: FieldFilter): string {
  return f.field ? `?${new URLSearchParams({ field: f.field })}` : ''
}

/** Something that cites legal documents: a published answer or a published guide (ids as strings). */
export interface Citing {
  kind: 'answer' | 'guide'
  documents: readonly string[]
}

export interface MostLinked {
  id: string
  /** Published answers citing the document. */
  answers: number
  /** Published guides explaining it. */
  guides: number
}

/**
 * The legal documents most asked about: cited by the most answers and guides together (each answer
 * or guide counts once per document, however often it repeats it). Ties: more answers first (what
 * people actually asked), then the order in which the documents were first cited. Only documents
 * in `visible` (the published ones) are ranked.
 */
export function mostLinked(citing: readonly Citing[], visible: ReadonlySet<string>, limit: number): MostLinked[] {
  const counts = new Map<string, MostLinked>()
  for (const c of citing) {
    for (const id of new Set(c.documents)) {
      if (!visible.has(id)) continue
      const row = counts.get(id) ?? { id, answers: 0, guides: 0 }
      if (c.kind === 'answer') row.answers++
      else row.guides++
      counts.set(id, row)
    }
  }
  const order = [...counts.keys()]
  return [...counts.values()]
    .sort((a, b) => b.answers + b.guides - (a.answers + a.guides) || b.answers - a.answers || order.indexOf(a.id) - order.indexOf(b.id))
    .slice(0, Math.max(0, limit))
}

/**
 * The Q&A answers that belong in the legal-support section: those citing at least one legal
 * document (the fields of law have no "legal" field of their own), of the filtered field when one
 * is chosen.
 */
export function lawRelated<T extends { field: string | null; documents: readonly string[] }>(answers: readonly T[], filter: FieldFilter, limit: number): T[] {
  return answers.filter((a) => a.documents.length > 0 && (!filter.field || a.field === filter.field)).slice(0, Math.max(0, limit))
}
