/**
 * The disclosure catalogue as stored (Payload documents of `disclosure-catalogue`) ↔ the scoring
 * engine's `CatalogueEntry`. Pure: no Payload import, so the mapping is unit-tested.
 */
import { AGENCY_KINDS, type AgencyKind, type CaseSource, type CatalogueEntry, type DeadlineRule } from '@/domain/transparency'

/** Categories of the catalogue. 'answers' and 'dossiers' are scored under their own criteria. */
export const DISCLOSURE_CATEGORIES = [
  { value: 'legal-documents', label: { vi: 'Văn bản quy phạm pháp luật, văn bản chỉ đạo', en: 'Legal documents' } },
  { value: 'draft-policies', label: { vi: 'Dự thảo chính sách lấy ý kiến', en: 'Draft policies for comment' } },
  { value: 'plans', label: { vi: 'Quy hoạch, kế hoạch', en: 'Plans' } },
  { value: 'budget-estimate-submitted', label: { vi: 'Dự toán ngân sách trình HĐND', en: 'Budget estimate submitted' } },
  { value: 'budget-estimate-approved', label: { vi: 'Dự toán ngân sách được quyết định', en: 'Budget estimate approved' } },
  { value: 'budget-execution', label: { vi: 'Tình hình thực hiện dự toán', en: 'Budget execution' } },
  { value: 'final-accounts', label: { vi: 'Quyết toán ngân sách', en: 'Final accounts' } },
  { value: 'investment-procurement', label: { vi: 'Đầu tư công, mua sắm công', en: 'Public investment and procurement' } },
  { value: 'organisation', label: { vi: 'Tổ chức bộ máy, liên hệ', en: 'Organisation and contacts' } },
  { value: 'organisation-english', label: { vi: 'Tổ chức bộ máy, liên hệ bằng tiếng Anh', en: 'Organisation and contacts in English' } },
  { value: 'procedures', label: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
  { value: 'activities', label: { vi: 'Thông tin hoạt động của cơ quan', en: "News of the agency's activities" } },
  { value: 'statistics', label: { vi: 'Thống kê, báo cáo', en: 'Statistics and reports' } },
  { value: 'answers', label: { vi: 'Trả lời câu hỏi của người dân', en: "Answers to citizens' questions" } },
  { value: 'dossiers', label: { vi: 'Giải quyết hồ sơ thủ tục hành chính', en: 'Processing of dossiers' } },
] as const

export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number]['value']

export const DEADLINE_KINDS = [
  { value: 'working-days-after', label: { vi: 'N ngày làm việc sau khi ban hành', en: 'N working days after issue' } },
  { value: 'days-after', label: { vi: 'N ngày sau khi ban hành', en: 'N days after issue' } },
  { value: 'days-after-period-end', label: { vi: 'N ngày sau khi kết thúc kỳ báo cáo', en: 'N days after the period ends' } },
  { value: 'on-change', label: { vi: 'Khi có thay đổi (cập nhật tối đa N ngày)', en: 'On change (updated at least every N days)' } },
  { value: 'continuous', label: { vi: 'Thường xuyên', en: 'Continuous' } },
] as const

export type DeadlineKind = DeadlineRule['kind']

/**
 * Collections (and synthetic sources) the adapter knows how to read, with the attributes a
 * matcher may filter on (single-valued fields only: the engine compares one value per attribute).
 * `agencies` stands for each agency's own organisation/contacts record (`part: contacts`).
 */
export const SOURCE_COLLECTIONS = {
  news: [],
  'legal-documents': ['docType', 'scope'],
  plans: ['kind', 'level', 'planStatus'],
  'budget-disclosures': ['family', 'formCode'],
  agencies: ['part'],
} as const satisfies Record<string, readonly string[]>

export type SourceCollection = keyof typeof SOURCE_COLLECTIONS

/**
 * The cases of the two-way sections (src/domain/transparency/cases.ts), each scored against its
 * own deadline or duty: `dossier-status` is each received dossier's status notice,
 * `consultation-periods` / `consultation-reports` each closed consultation's period and report.
 */
export const CASE_COLLECTIONS = {
  questions: ['kind'],
  'information-requests': ['channel'],
  dossiers: [],
  'dossier-status': [],
  'consultation-periods': ['draftKind'],
  'consultation-reports': ['draftKind'],
} as const satisfies Record<CaseSource, readonly string[]>

export type MatcherCollection = SourceCollection | CaseSource

/** Everything a catalogue entry's matcher may name, with its filterable attributes. */
export const MATCHER_COLLECTIONS: Record<MatcherCollection, readonly string[]> = { ...SOURCE_COLLECTIONS, ...CASE_COLLECTIONS }

export function isSourceCollection(x: unknown): x is SourceCollection {
  return typeof x === 'string' && Object.hasOwn(SOURCE_COLLECTIONS, x)
}

/** The stored shape (what the Local API returns at depth 0, one locale or `locale: 'all'`). */
export interface CatalogueDoc {
  id: number | string
  key: string
  category: string
  title?: string | { vi?: string | null; en?: string | null } | null
  appliesTo?: string[] | null
  matcher?: { collection?: string | null; filters?: { field?: string | null; values?: string[] | null }[] | null } | null
  deadline?: { kind?: string | null; days?: number | null } | null
  requiredPerPeriod?: number | null
  reportPeriodEnd?: string | null
  requiresEnglish?: boolean | null
  active?: boolean | null
}

const isKind = (k: string): k is AgencyKind => (AGENCY_KINDS as readonly string[]).includes(k)

export function toDeadlineRule(d: CatalogueDoc['deadline']): DeadlineRule {
  const days = Math.max(0, Math.trunc(d?.days ?? 0))
  switch (d?.kind) {
    case 'working-days-after':
    case 'days-after':
    case 'days-after-period-end':
      return { kind: d.kind, days }
    case 'on-change':
      return { kind: 'on-change', maxAgeDays: days }
    case 'continuous':
    default:
      return { kind: 'continuous' }
  }
}

/** One stored entry → the engine's entry. Inactive entries map to null (not scored). */
export function toCatalogueEntry(doc: CatalogueDoc): CatalogueEntry | null {
  if (doc.active === false) return null
  const title =
    typeof doc.title === 'string'
      ? { vi: doc.title, en: doc.title }
      : { vi: doc.title?.vi ?? doc.key, en: doc.title?.en ?? doc.title?.vi ?? doc.key }
  const where: Record<string, string | string[]> = {}
  for (const f of doc.matcher?.filters ?? []) {
    const field = f.field?.trim()
    const values = (f.values ?? []).map((v) => v.trim()).filter(Boolean)
    if (!field || values.length === 0) continue
    const prev = where[field]
    const merged = [...(prev === undefined ? [] : Array.isArray(prev) ? prev : [prev]), ...values]
    where[field] = merged.length === 1 ? merged[0]! : merged
  }
  const entry: CatalogueEntry = {
    id: doc.key,
    category: doc.category,
    title,
    appliesTo: (doc.appliesTo ?? []).filter(isKind),
    matcher: { collection: doc.matcher?.collection ?? '', ...(Object.keys(where).length ? { where } : {}) },
    deadline: toDeadlineRule(doc.deadline),
  }
  if (doc.requiredPerPeriod && doc.requiredPerPeriod > 1) entry.requiredPerPeriod = Math.trunc(doc.requiredPerPeriod)
  if (doc.requiresEnglish) entry.requiresEnglish = true
  if (doc.reportPeriodEnd && /^\d{2}-\d{2}$/.test(doc.reportPeriodEnd)) entry.reportPeriodEnd = doc.reportPeriodEnd
  return entry
}

export function toCatalogue(docs: readonly CatalogueDoc[]): CatalogueEntry[] {
  return docs.map(toCatalogueEntry).filter((e): e is CatalogueEntry => e !== null)
}
