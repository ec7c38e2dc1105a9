/**
 * Effect statuses for a whole set of documents on one day: the relations stored on each acting
 * document are turned into incoming edges for their targets, with the acting document's own
 * effective date as the fallback date of the relation (see effectStatus).
 */
import { effectStatus, type EffectResult, type ISODate, type Relation, type RelationKind } from './effect'

export interface GraphDoc {
  id: string
  issueDate?: ISODate | null
  effectiveDate?: ISODate | null
  expiryDate?: ISODate | null
  relations?: readonly { kind: RelationKind; target: string; effectiveDate?: ISODate | null }[] | null
}

/** Every relation of the set as a directed edge, dropping edges to documents outside the set. */
export function edgesOf(docs: readonly GraphDoc[]): Relation[] {
  const ids = new Set(docs.map((d) => d.id))
  const edges: Relation[] = []
  for (const d of docs) {
    for (const r of d.relations ?? []) {
      if (!ids.has(r.target) || r.target === d.id) continue
      const edge: Relation = { from: d.id, to: r.target, kind: r.kind }
      if (r.effectiveDate) edge.effectiveDate = r.effectiveDate
      const own = d.effectiveDate ?? d.issueDate
      if (own) edge.fromDocEffectiveDate = own
      edges.push(edge)
    }
  }
  return edges
}

/** Status of every document of the set on `today`, keyed by id. */
export function statusesOn(docs: readonly GraphDoc[], today: ISODate): Map<string, EffectResult> {
  const edges = edgesOf(docs)
  const incoming = new Map<string, Relation[]>()
  for (const e of edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), e])
  const out = new Map<string, EffectResult>()
  for (const d of docs) {
    out.set(
      d.id,
      effectStatus(
        { id: d.id, issueDate: d.issueDate ?? undefined, effectiveDate: d.effectiveDate ?? undefined, expiryDate: d.expiryDate ?? undefined },
        today,
        incoming.get(d.id) ?? [],
      ),
    )
  }
  return out
}
