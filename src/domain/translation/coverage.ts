/**
 * English coverage of the portal (public page /en/transparency/english): the share of published
 * items whose English is current, per agency and per section. Pure; counts come from the
 * `translation.state` every agency-owned document carries.
 */
import type { TranslationState } from './state'

export interface CoverageItem {
  agency: string
  section: string
  state: TranslationState
}

export interface CoverageCounts {
  total: number
  current: number
  outdated: number
  missing: number
  /** current / total, 0..1; null when there is nothing to translate. */
  share: number | null
}

export interface CoverageReport {
  overall: CoverageCounts
  bySection: { section: string; counts: CoverageCounts }[]
  byAgency: { agency: string; sections: { section: string; counts: CoverageCounts }[]; counts: CoverageCounts }[]
}

function empty(): Omit<CoverageCounts, 'share'> {
  return { total: 0, current: 0, outdated: 0, missing: 0 }
}

function finish(c: Omit<CoverageCounts, 'share'>): CoverageCounts {
  return { ...c, share: c.total ? c.current / c.total : null }
}

function add(c: Omit<CoverageCounts, 'share'>, state: TranslationState) {
  c.total++
  c[state]++
}

/** Sections and agencies keep the order given in `order` (unknown ones last, alphabetically). */
export function englishCoverage(items: readonly CoverageItem[], order: { sections?: readonly string[]; agencies?: readonly string[] } = {}): CoverageReport {
  const overall = empty()
  const sections = new Map<string, Omit<CoverageCounts, 'share'>>()
  const agencies = new Map<string, { counts: Omit<CoverageCounts, 'share'>; sections: Map<string, Omit<CoverageCounts, 'share'>> }>()
  for (const item of items) {
    add(overall, item.state)
    if (!sections.has(item.section)) sections.set(item.section, empty())
    add(sections.get(item.section)!, item.state)
    if (!agencies.has(item.agency)) agencies.set(item.agency, { counts: empty(), sections: new Map() })
    const a = agencies.get(item.agency)!
    add(a.counts, item.state)
    if (!a.sections.has(item.section)) a.sections.set(item.section, empty())
    add(a.sections.get(item.section)!, item.state)
  }
  const sorter = (list: readonly string[] | undefined) => (x: string, y: string) => {
    const ix = list?.indexOf(x) ?? -1
    const iy = list?.indexOf(y) ?? -1
    if (ix !== -1 || iy !== -1) return (ix === -1 ? Infinity : ix) - (iy === -1 ? Infinity : iy)
    return x.localeCompare(y)
  }
  const bySectionOrder = sorter(order.sections)
  return {
    overall: finish(overall),
    bySection: [...sections.keys()].sort(bySectionOrder).map((section) => ({ section, counts: finish(sections.get(section)!) })),
    byAgency: [...agencies.keys()].sort(sorter(order.agencies)).map((agency) => {
      const a = agencies.get(agency)!
      return {
        agency,
        counts: finish(a.counts),
        sections: [...a.sections.keys()].sort(bySectionOrder).map((section) => ({ section, counts: finish(a.sections.get(section)!) })),
      }
    }),
  }
}
