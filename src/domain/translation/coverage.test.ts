import { describe, expect, it } from 'vitest'
import { englishCoverage, type CoverageItem } from './coverage'

const items: CoverageItem[] = [
  { agency: 'kkt', section: 'investment-projects', state: 'current' },
  { agency: 'kkt', section: 'investment-projects', state: 'outdated' },
  { agency: 'kkt', section: 'news', state: 'current' },
  { agency: 'stc', section: 'news', state: 'missing' },
]

describe('englishCoverage', () => {
  it('counts per state and the share current, overall, per section and per agency', () => {
    const r = englishCoverage(items, { sections: ['news', 'investment-projects'] })
    expect(r.overall).toEqual({ total: 4, current: 2, outdated: 1, missing: 1, share: 0.5 })
    expect(r.bySection.map((s) => [s.section, s.counts.share])).toEqual([
      ['news', 0.5],
      ['investment-projects', 0.5],
    ])
    const kkt = r.byAgency.find((a) => a.agency === 'kkt')!
    expect(kkt.counts).toEqual({ total: 3, current: 2, outdated: 1, missing: 0, share: 2 / 3 })
    expect(kkt.sections.map((s) => s.section)).toEqual(['news', 'investment-projects'])
    expect(r.byAgency.find((a) => a.agency === 'stc')!.counts.share).toBe(0)
  })

  it('outdated English does not count as current', () => {
    expect(englishCoverage([{ agency: 'a', section: 's', state: 'outdated' }]).overall.share).toBe(0)
  })

  it('nothing published: share is unknown, not 0 %', () => {
    expect(englishCoverage([]).overall).toEqual({ total: 0, current: 0, outdated: 0, missing: 0, share: null })
  })

  it('orders agencies as given, unknown ones last alphabetically', () => {
    const r = englishCoverage(
      [
        { agency: 'z', section: 's', state: 'current' },
        { agency: 'b', section: 's', state: 'current' },
        { agency: 'a', section: 's', state: 'current' },
      ],
      { agencies: ['b'] },
    )
    expect(r.byAgency.map((a) => a.agency)).toEqual(['b', 'a', 'z'])
  })
})
