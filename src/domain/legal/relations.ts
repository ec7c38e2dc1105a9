/**
 * Relation kinds between legal documents, labelled in both directions and
 * both languages. Edges are stored once (on the acting document); the inverse
 * label lets the target show "Amended by …" without being edited.
 */
import type { Relation, RelationKind } from './effect'

export type LegalLocale = 'vi' | 'en'

export interface RelationLabels {
  /** Label on the `from` document (what it does to the other). */
  forward: { vi: string; en: string }
  /** Label on the `to` document (what was done to it). */
  inverse: { vi: string; en: string }
  /** Symmetric kinds read the same both ways. */
  symmetric?: boolean
}

/** Ordered for display: status-changing kinds first, context last. */
export const RELATION_KINDS: readonly RelationKind[] = [
  'replaces',
  'repeals',
  'partly-repeals',
  'suspends',
  'amends',
  'corrects',
  'consolidates',
  'guides',
  'legal-basis',
  'related',
]

export const RELATION_LABELS: Record<RelationKind, RelationLabels> = {
  'legal-basis': {
    forward: { vi: 'Căn cứ', en: 'Legal basis' },
    inverse: { vi: 'Là căn cứ của', en: 'Is the legal basis for' },
  },
  guides: {
    forward: { vi: 'Hướng dẫn, quy định chi tiết', en: 'Guides' },
    inverse: { vi: 'Được hướng dẫn, quy định chi tiết bởi', en: 'Guided by' },
  },
  amends: {
    forward: { vi: 'Sửa đổi, bổ sung', en: 'Amends' },
    inverse: { vi: 'Được sửa đổi, bổ sung bởi', en: 'Amended by' },
  },
  replaces: {
    forward: { vi: 'Thay thế', en: 'Replaces' },
    inverse: { vi: 'Bị thay thế bởi', en: 'Replaced by' },
  },
  consolidates: {
    forward: { vi: 'Hợp nhất', en: 'Consolidates' },
    inverse: { vi: 'Được hợp nhất bởi', en: 'Consolidated by' },
  },
  corrects: {
    forward: { vi: 'Đính chính', en: 'Corrects' },
    inverse: { vi: 'Được đính chính bởi', en: 'Corrected by' },
  },
  related: {
    forward: { vi: 'Văn bản liên quan', en: 'Related' },
    inverse: { vi: 'Văn bản liên quan', en: 'Related' },
    symmetric: true,
  },
  suspends: {
    forward: { vi: 'Đình chỉ thi hành', en: 'Suspends' },
    inverse: { vi: 'Bị đình chỉ thi hành bởi', en: 'Suspended by' },
  },
  'partly-repeals': {
    forward: { vi: 'Bãi bỏ một phần', en: 'Partly repeals' },
    inverse: { vi: 'Bị bãi bỏ một phần bởi', en: 'Partly repealed by' },
  },
  repeals: {
    forward: { vi: 'Bãi bỏ', en: 'Repeals' },
    inverse: { vi: 'Bị bãi bỏ bởi', en: 'Repealed by' },
  },
}

export function relationLabel(kind: RelationKind, direction: 'forward' | 'inverse', locale: LegalLocale = 'vi'): string {
  const l = RELATION_LABELS[kind]
  if (!l) throw new RangeError(`unknown relation kind "${kind}"`)
  return l[direction][locale]
}

/** Relation kinds that take effect on a date (the ones that change a document's effect status). */
export const DATED_RELATIONS: ReadonlySet<RelationKind> = new Set<RelationKind>(['amends', 'replaces', 'suspends', 'partly-repeals', 'repeals'])

export interface RelationView {
  kind: RelationKind
  label: string
  /** Id/number of the document at the other end. */
  other: string
  /** Date the relation takes effect, when known. */
  effectiveDate?: string
}

/**
 * Splits `edges` into those leaving `docId` (forward labels) and those
 * arriving at it (inverse labels). Self-loops and exact duplicates are dropped;
 * a symmetric relation recorded in both directions is shown once, as outgoing.
 * Sorted by `RELATION_KINDS` order, then by `other`.
 */
export function invertRelations(
  edges: readonly Relation[],
  docId: string,
  locale: LegalLocale = 'vi',
): { outgoing: RelationView[]; incoming: RelationView[] } {
  const outgoing: RelationView[] = []
  const incoming: RelationView[] = []
  const seen = new Set<string>()
  const view = (r: Relation, other: string, dir: 'forward' | 'inverse'): RelationView => {
    const v: RelationView = { kind: r.kind, label: relationLabel(r.kind, dir, locale), other }
    // Only a relation that changes the other document's effect (amends, replaces, suspends,
    // repeals) takes effect on a date; "legal basis", "guides", "related"… have none.
    const d = DATED_RELATIONS.has(r.kind) ? (r.effectiveDate ?? r.fromDocEffectiveDate) : undefined
    if (d) v.effectiveDate = d
    return v
  }
  for (const r of edges) {
    if (r.from === r.to) continue
    if (r.from === docId) {
      const key = `out|${r.kind}|${r.to}`
      if (seen.has(key)) continue
      seen.add(key)
      outgoing.push(view(r, r.to, 'forward'))
    }
  }
  for (const r of edges) {
    if (r.from === r.to || r.to !== docId) continue
    const symmetric = RELATION_LABELS[r.kind]?.symmetric
    if (symmetric && seen.has(`out|${r.kind}|${r.from}`)) continue
    const key = `in|${r.kind}|${r.from}`
    if (seen.has(key)) continue
    seen.add(key)
    incoming.push(view(r, r.from, 'inverse'))
  }
  const order = (k: RelationKind) => RELATION_KINDS.indexOf(k)
  const cmp = (a: RelationView, b: RelationView) => order(a.kind) - order(b.kind) || a.other.localeCompare(b.other)
  return { outgoing: outgoing.sort(cmp), incoming: incoming.sort(cmp) }
}
