/**
 * Open-data downloads of the ranking and of one agency's evidence: CSV (UTF-8 with BOM, CRLF,
 * RFC 4180 quoting, formula-injection guard from the budget export) and JSON. Pure.
 */
import { guardFormula } from '@/domain/budget'
import type { AgencyScore, CatalogueEntry, CriterionKey, EvidenceStatus } from '@/domain/transparency'

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
  vi: ['Hạng', 'Mã cơ quan', 'Cơ quan', 'Loại cơ quan', 'Kỳ', 'Điểm', 'Đầy đủ', 'Kịp thời', 'Cập nhật', 'Tiếng Anh', 'Phiên bản tiêu chí', 'Ngày đánh giá'],
  en: ['Rank', 'Agency slug', 'Agency', 'Agency kind', 'Period', 'Score', 'Completeness', 'Timeliness', 'Freshness', 'English', 'Criteria version', 'Evaluated on'],
}

export interface RankingExportRow {
  rank: number | null
  slug: string
  name: string | null
  kind: string
  total: number | null
  scores: Record<'completeness' | 'timeliness' | 'freshness' | 'english', number | null>
  criteriaVersion: string
  evaluatedOn: string
}

export function rankingCsv(rows: readonly RankingExportRow[], period: string, locale: ExportLocale): string {
  return toCsv(
    RANKING_HEAD[locale],
    rows.map((r) => [r.rank, r.slug, r.name ?? r.slug, r.kind, period, round1(r.total), round1(r.scores.completeness), round1(r.scores.timeliness), round1(r.scores.freshness), round1(r.scores.english), r.criteriaVersion, r.evaluatedOn]),
  )
}

const EVIDENCE_HEAD: Record<ExportLocale, string[]> = {
  vi: ['Tiêu chí', 'Mã danh mục', 'Danh mục', 'Trạng thái', 'Nội dung', 'Hạn', 'Ngày đăng', 'Số ngày chậm', 'Số ngày làm việc chậm', 'Điểm bị trừ', 'Ghi chú'],
  en: ['Criterion', 'Entry key', 'Entry', 'Status', 'Item', 'Due', 'Published', 'Days late', 'Working days late', 'Points lost', 'Note'],
}

export function evidenceCsv(score: AgencyScore, catalogue: readonly CatalogueEntry[], locale: ExportLocale): string {
  const titles = new Map(catalogue.map((e) => [e.id, e.title[locale] || e.title.vi]))
  return toCsv(
    EVIDENCE_HEAD[locale],
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
    ]),
  )
}

/** Rows that cost points, worst first (what the agency must fix). */
export function losingEvidence(score: AgencyScore): AgencyScore['evidence'] {
  const losing: EvidenceStatus[] = ['missing', 'late', 'stale', 'english-missing']
  return score.evidence.filter((e) => losing.includes(e.status) && e.pointsLost > 0).sort((a, b) => b.pointsLost - a.pointsLost)
}

export const CRITERIA_ORDER: CriterionKey[] = ['completeness', 'timeliness', 'freshness', 'english', 'answers', 'dossiers']
