import { describe, expect, it } from 'vitest'
import { translationQueue, type QueueDoc } from './queue'

const now = new Date('2026-03-31T00:00:00Z')
const docs: QueueDoc[] = [
  { collection: 'news', id: 1, title: 'A', agency: '1', state: 'current', createdAt: '2026-01-01T00:00:00Z' },
  { collection: 'news', id: 2, title: 'B', agency: '1', state: 'missing', createdAt: '2026-03-30T00:00:00Z' },
  { collection: 'zones', id: 3, title: 'C', agency: '2', state: 'outdated', viMaterialChangeAt: '2026-03-01T00:00:00Z', createdAt: '2025-01-01T00:00:00Z' },
  { collection: 'news', id: 4, title: 'D', agency: '2', state: null, createdAt: '2026-02-01T00:00:00Z' },
]

describe('translationQueue', () => {
  it('lists missing and outdated only, oldest first, waiting since the material change or creation', () => {
    const q = translationQueue(docs, {}, now)
    expect(q.map((i) => [i.id, i.state, i.ageDays])).toEqual([
      [4, 'missing', 58],
      [3, 'outdated', 30],
      [2, 'missing', 1],
    ])
    expect(q[1]!.since).toBe('2026-03-01T00:00:00Z')
  })
  it('filters by agency, section and age', () => {
    expect(translationQueue(docs, { agency: '2' }, now).map((i) => i.id)).toEqual([4, 3])
    expect(translationQueue(docs, { collection: 'zones' }, now).map((i) => i.id)).toEqual([3])
    expect(translationQueue(docs, { minAgeDays: 30 }, now).map((i) => i.id)).toEqual([4, 3])
  })
})
