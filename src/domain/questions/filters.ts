/** The archive's query string (?field=&agency=&page=), validated: unknown values are dropped. */
export interface ArchiveFilters {
  field?: string
  agency?: string
  page: number
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export function parseArchiveFilters(raw: Record<string, string | string[] | undefined>, fields: readonly string[]): ArchiveFilters {
  const out: ArchiveFilters = { page: 1 }
  const field = first(raw.field)
  const agency = first(raw.agency)
  const page = Number(first(raw.page))
  if (field && fields.includes(field)) out.field = field
  if (agency && /^[a-z0-9-]{1,100}$/.test(agency)) out.agency = agency
  if (Number.isInteger(page) && page > 1 && page <= 500) out.page = page
  return out
}

/** The canonical query string of a filter set ('' when none), in a fixed order. */
export function archiveQuery(f: ArchiveFilters): string {
  const p = new URLSearchParams()
  if (f.field) p.set('field', f.field)
  if (f.agency) p.set('agency', f.agency)
  if (f.page > 1) p.set('page', String(f.page))
  const s = p.toString()
  return s ? `?${s}` : ''
}
