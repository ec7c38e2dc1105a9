/**
 * Investors' project filters, read from the URL query string of /en/invest (/vi/dau-tu).
 * Pure: unknown or malformed values are dropped (never an error page for a hand-edited URL).
 */

export const SECTORS = [
  'industry',
  'energy',
  'logistics',
  'tourism',
  'agriculture',
  'urban',
  'infrastructure',
  'services',
] as const
export type Sector = (typeof SECTORS)[number]

/** Parts of the province (after the 2025 reorganisation districts are gone; areas are geographic). */
export const AREAS = ['north', 'central', 'south', 'west'] as const
export type Area = (typeof AREAS)[number]

export const INVESTMENT_FORMS = ['direct', 'joint-venture', 'ppp', 'bcc'] as const
export type InvestmentForm = (typeof INVESTMENT_FORMS)[number]

export const PROJECT_STATUSES = ['calling', 'negotiating', 'licensed'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const ZONE_KINDS = ['economic', 'border-gate', 'industrial'] as const
export type ZoneKind = (typeof ZONE_KINDS)[number]

/** Total-capital brackets in millions of VND (the unit the capital is stored in); max exclusive. */
export const CAPITAL_RANGES = [
  { key: 'under-500b', min: 0, max: 500_000 },
  { key: '500b-2000b', min: 500_000, max: 2_000_000 },
  { key: '2000b-10000b', min: 2_000_000, max: 10_000_000 },
  { key: 'over-10000b', min: 10_000_000, max: null },
] as const
export type CapitalRangeKey = (typeof CAPITAL_RANGES)[number]['key']

export interface ProjectFilters {
  sector?: Sector
  area?: Area
  /** Slug of an economic or industrial zone. */
  zone?: string
  capital?: CapitalRangeKey
  status?: ProjectStatus
  page: number
}

type Query = Record<string, string | string[] | undefined>

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined =>
  v !== undefined && (list as readonly string[]).includes(v) ? (v as T) : undefined

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function parseProjectFilters(query: Query): ProjectFilters {
  const filters: ProjectFilters = { page: 1 }
  const sector = oneOf(SECTORS, first(query.sector))
  if (sector) filters.sector = sector
  const area = oneOf(AREAS, first(query.area))
  if (area) filters.area = area
  const zone = first(query.zone)
  if (zone && zone.length <= 120 && SLUG.test(zone)) filters.zone = zone
  const capital = oneOf(CAPITAL_RANGES.map((r) => r.key), first(query.capital))
  if (capital) filters.capital = capital
  const status = oneOf(PROJECT_STATUSES, first(query.status))
  if (status) filters.status = status
  const page = Number(first(query.page))
  if (Number.isInteger(page) && page > 1 && page <= 1000) filters.page = page
  return filters
}

/** The query string for a set of filters (stable order; page 1 and empty values omitted). */
export function projectFiltersQuery(filters: Partial<ProjectFilters>): string {
  const params = new URLSearchParams()
  for (const key of ['sector', 'area', 'zone', 'capital', 'status'] as const) {
    const v = filters[key]
    if (v) params.set(key, v)
  }
  if (filters.page && filters.page > 1) params.set('page', String(filters.page))
  const s = params.toString()
  return s ? `?${s}` : ''
}

export function capitalBounds(key: CapitalRangeKey): { min: number; max: number | null } {
  const range = CAPITAL_RANGES.find((r) => r.key === key)!
  return { min: range.min, max: range.max }
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return Boolean(filters.sector || filters.area || filters.zone || filters.capital || filters.status)
}
