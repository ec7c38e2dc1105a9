/**
 * The translators' work queue: documents whose English is missing or outdated, oldest first.
 * An item waits since the Vietnamese changed materially (outdated) or since it was created
 * (missing). Pure; the admin view feeds it documents and renders the result.
 */
export interface QueueDoc {
  collection: string
  id: string | number
  title: string | null
  agency: string | null
  state: 'missing' | 'outdated' | 'current' | null | undefined
  viMaterialChangeAt?: string | null
  createdAt: string
}

export interface QueueItem extends Omit<QueueDoc, 'state'> {
  state: 'missing' | 'outdated'
  since: string
  ageDays: number
}

export interface QueueFilter {
  agency?: string
  collection?: string
  /** Only items waiting at least this many days. */
  minAgeDays?: number
}

export const AGE_FILTERS = [1, 7, 30, 90] as const
const DAY = 24 * 60 * 60 * 1000

export function translationQueue(docs: readonly QueueDoc[], filter: QueueFilter = {}, now: Date = new Date()): QueueItem[] {
  const items: QueueItem[] = []
  for (const doc of docs) {
    const state = doc.state ?? 'missing'
    if (state === 'current') continue
    if (filter.agency && doc.agency !== filter.agency) continue
    if (filter.collection && doc.collection !== filter.collection) continue
    const since = state === 'outdated' && doc.viMaterialChangeAt ? doc.viMaterialChangeAt : doc.createdAt
    const ageDays = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY))
    if (filter.minAgeDays && ageDays < filter.minAgeDays) continue
    items.push({ ...doc, state, since, ageDays })
  }
  return items.sort((a, b) => Date.parse(a.since) - Date.parse(b.since) || String(a.id).localeCompare(String(b.id)))
}
