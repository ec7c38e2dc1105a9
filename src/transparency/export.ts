/**
 * Open-data downloads of the ranking and of one agency's evidence: CSV (UTF-8 with BOM, CRLF,
 * RFC 4180 quoting, formula-injection guard from the budget export) and JSON. Pure.
 */
import { guardFormula } from '@/domain/budget'
import { CASE_SOURCES, type AgencyScore, type CatalogueEntry, type CriterionKey, type EvidenceStatus } from '@/domain/transparency'

export type ExportLocale = 'vi' | 'en'

/** Scores as shown on the pages: one decimal. */
export const round1 = (n: number | null | undefined): number | null => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 10) / 10 : null)

function cell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
  const s = guardFormula(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`
}

const RANKING_HEAD: Record<ExportLocale, string[]> = {
  vi: ['Hạng', 'Mã cơ quan', 'Cơ quan', 'Loại cơ quan', 'Kỳ', 'Điểm', 'Đầy đủ', 'Kịp thời', 'Cập nhật', 'Tiếng Anh', 'Trả lời người dân', 'Hồ sơ', 'Phiên bản tiêu chí', 'Ngày đánh giá'],
  en: ['Rank', 'Agency slug', 'Agency', 'Agency kind', 'Period', 'Score', 'Completeness', 'Timeliness', 'Freshness', 'English', 'Answers to citizens', 'Dossiers', 'Criteria version', 'Evaluated on'],
}

export interface RankingExportRow {
  rank: number | null
  slug: string
  name: string | null
  kind: string
  total: number | null
  scores: Record<'completeness' | 'timeliness' | 'freshness' | 'english' | 'answers' | 'dossiers', number | null>
  criteriaVersion: string
  evaluatedOn: string
}

export function rankingCsv(rows: readonly RankingExportRow[], period: string, locale: ExportLocale): string {
  return toCsv(
    RANKING_HEAD[locale],
    rows.map((r) => [r.rank, r.slug, r.name ?? r.slug, r.kind, period, round1(r.total), round1(r.scores.completeness), round1(r.scores.timeliness), round1(r.scores.freshness), round1(r.scores.english), round1(r.scores.answers), round1(r.scores.dossiers), r.criteriaVersion, r.evaluatedOn]),
  )
}

const EVIDENCE_HEAD: Record<ExportLocale, string[]> = {
  vi: ['Tiêu chí', 'Mã danh mục', 'Danh mục', 'Trạng thái', 'Nội dung', 'Hạn', 'Ngày đăng', 'Số ngày chậm', 'Số ngày làm việc chậm', 'Điểm bị trừ', 'Ghi chú'],
  en: ['Criterion', 'Entry key', 'Entry', 'Status', 'Item', 'Due', 'Published', 'Days late', 'Working days late', 'Points lost', 'Note'],
}
/** For cases (questions, requests, dossiers, reports): the day answered / done, in its own column. */
const CLOSED_HEAD: Record<ExportLocale, string> = { vi: 'Ngày trả lời / hoàn thành', en: 'Answered / done on' }

export function evidenceCsv(score: AgencyScore, catalogue: readonly CatalogueEntry[], locale: ExportLocale): string {
  const titles = new Map(catalogue.map((e) => [e.id, e.title[locale] || e.title.vi]))
  return toCsv(
    [...EVIDENCE_HEAD[locale], CLOSED_HEAD[locale]],
    score.evidence.map((e) => [
      e.criterion,
      e.entryId,
      titles.get(e.entryId) ?? e.entryId,
      e.status,
      e.itemTitle,
      e.due,
      e.publishedOn,
      e.daysLate,
      e.workingDaysLate,
      Math.round(e.pointsLost * 100) / 100,
      [e.note, e.rule].filter(Boolean).join(' — '),
      e.closedOn,
    ]),
  )
}

/** Rows that cost points, worst first (what the agency must fix). */
export function losingEvidence(score: AgencyScore): AgencyScore['evidence'] {
  const losing: EvidenceStatus[] = ['missing', 'late', 'stale', 'english-missing', 'overdue', 'incomplete']
  return score.evidence.filter((e) => losing.includes(e.status) && e.pointsLost > 0).sort((a, b) => b.pointsLost - a.pointsLost)
}

export const CRITERIA_ORDER: CriterionKey[] = ['completeness', 'timeliness', 'freshness', 'english', 'answers', 'dossiers']

/** The statuses a case row can have, in the order the page counts them. */
export const CASE_STATUSES = ['on-time', 'late', 'overdue', 'present', 'incomplete', 'not-due-yet'] as const satisfies readonly EvidenceStatus[]
export type CaseStatus = (typeof CASE_STATUSES)[number]

export interface CaseSummary {
  entryId: string
  title: { vi: string; en: string }
  criterion: CriterionKey | null
  counts: Record<CaseStatus, number>
  /** Cases assessed (on time / late / overdue, or present / incomplete). */
  assessed: number
  /** Share met, 0..100; null = no data (no case of this kind assessed): never 0, never 100. */
  share: number | null
  applies: boolean
}

const isCaseEntry = (e: CatalogueEntry) => (CASE_SOURCES as readonly string[]).includes(e.matcher.collection)

/**
 * One line per case entry of the catalogue the snapshot was scored with (questions answered on
 * time, dossiers done on time, …): how many of the agency's cases were met, late, overdue or
 * incomplete, from the snapshot's own evidence rows.
 */
export function caseSummaries(score: AgencyScore, catalogue: readonly CatalogueEntry[]): CaseSummary[] {
  return catalogue.filter(isCaseEntry).map((entry) => {
    const rows = score.evidence.filter((e) => e.entryId === entry.id)
    const counts = Object.fromEntries(CASE_STATUSES.map((k) => [k, rows.filter((r) => r.status === k).length])) as Record<CaseStatus, number>
    const met = counts['on-time'] + counts.present
    const assessed = met + counts.late + counts.overdue + counts.incomplete
    return {
      entryId: entry.id,
      title: entry.title,
      criterion: rows[0]?.criterion ?? null,
      counts,
      assessed,
      share: assessed ? (100 * met) / assessed : null,
      applies: entry.appliesTo.includes(score.agencyKind) && !rows.some((r) => r.status === 'not-applicable' && r.criterion === 'completeness' && !r.itemId),
    }
  })
}
