/**
 * Editor-facing messages of the budget-table workflow, in the editor's admin language:
 * import failures (one per BudgetImportError code, naming the cell or limit) and the
 * arithmetic-check report (cell, expected total, difference).
 */
import type { BudgetImportError, BudgetTable, TotalMismatch } from '@/domain/budget/core'
import { columnLetters } from '@/domain/budget/core'
import { formatNumber } from '@/domain/i18n-format'

type Lang = 'vi' | 'en'
const lang = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'vi')

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024))

export function importErrorMessage(error: Pick<BudgetImportError, 'code' | 'details'>, language?: string): string {
  const l = lang(language)
  const d = error.details ?? {}
  const at = d.ref ? (l === 'vi' ? ` (ô ${d.ref})` : ` (cell ${d.ref})`) : ''
  const value = d.value !== undefined ? ` “${String(d.value).slice(0, 40)}”` : ''
  const vi: Record<BudgetImportError['code'], string> = {
    'not-spreadsheet': 'Tệp không phải bảng tính: chỉ nhận CSV hoặc XLSX (Excel 2007 trở lên). Tệp .xls cũ, PDF hay Word cần lưu lại thành XLSX hoặc CSV.',
    'bad-encoding': 'Tệp CSV không dùng bảng mã UTF-8 nên tiếng Việt sẽ bị lỗi phông. Hãy lưu lại dưới dạng “CSV UTF-8” rồi tải lên.',
    'too-large': `Tệp quá lớn: tối đa ${mb(d.limit ?? 10 * 1024 * 1024)} MB.`,
    'too-many-rows': `Bảng có quá nhiều dòng: tối đa ${formatNumber(d.limit ?? 5000, 'vi')} dòng.`,
    formula: `Bảng chứa công thức${at}. Hãy dán giá trị (Paste Values) thay cho công thức rồi tải lên lại: số liệu công khai phải là số đã ban hành.`,
    'merged-header': `Tiêu đề bảng có ô gộp${at}. Hãy bỏ gộp ô và ghi đủ tiêu đề cho từng cột.`,
    empty: 'Tệp không có bảng số liệu (cần một dòng tiêu đề và ít nhất một dòng dữ liệu).',
    'bad-number': `Giá trị không phải là số${at}:${value}.`,
    malformed: 'Tệp bị hỏng hoặc không đọc được.',
  }
  const en: Record<BudgetImportError['code'], string> = {
    'not-spreadsheet': 'The file is not a spreadsheet: only CSV or XLSX (Excel 2007 or later) is accepted. Save old .xls, PDF or Word files as XLSX or CSV.',
    'bad-encoding': 'The CSV file is not UTF-8 encoded, so Vietnamese text would be garbled. Save it as “CSV UTF-8” and upload it again.',
    'too-large': `The file is too large: ${mb(d.limit ?? 10 * 1024 * 1024)} MB at most.`,
    'too-many-rows': `The table has too many rows: ${formatNumber(d.limit ?? 5000, 'en')} at most.`,
    formula: `The table contains a formula${at}. Paste the values instead of formulas and upload again: disclosed figures must be the figures as issued.`,
    'merged-header': `The table header has merged cells${at}. Unmerge them and give every column its own heading.`,
    empty: 'The file holds no table (a header row and at least one data row are needed).',
    'bad-number': `A value is not a number${at}:${value}.`,
    malformed: 'The file is damaged or cannot be read.',
  }
  return (l === 'vi' ? vi : en)[error.code] ?? (l === 'vi' ? vi.malformed : en.malformed)
}

/** Where a mismatch is, in the table's own terms: row code/label, column label, A1 reference. */
export interface MismatchView {
  /** A1-style reference in the exported CSV layout (code, label, then value columns). */
  ref: string
  row: string
  column: string
  expected: number
  actual: number | null
  difference: number
}

export function describeMismatches(table: BudgetTable, mismatches: readonly TotalMismatch[], language?: string): MismatchView[] {
  const l = lang(language)
  return mismatches.map((m) => {
    const row = table.rows[m.row]
    const column = table.columns[m.column]
    const label = row ? (l === 'en' && row.label.en ? row.label.en : row.label.vi) : ''
    return {
      // +2: the CSV has the code and label columns first; +2: header row, 1-based rows.
      ref: `${columnLetters(m.column + 2)}${m.row + 2}`,
      row: [row?.code, label.length > 60 ? `${label.slice(0, 57)}…` : label].filter(Boolean).join(' '),
      column: column ? (l === 'en' && column.label.en ? column.label.en : column.label.vi) : '',
      expected: m.expected,
      actual: m.actual,
      difference: m.difference,
    }
  })
}

/** One line per mismatch, e.g. "Ô C6 (Tổng × Năm 2018): ghi 710, tổng các số hạng 700, chênh lệch +10." */
export function mismatchReport(table: BudgetTable, mismatches: readonly TotalMismatch[], language?: string): string {
  const l = lang(language)
  if (mismatches.length === 0) return l === 'vi' ? 'Các dòng/cột tổng đều khớp.' : 'All declared totals add up.'
  const n = (x: number) => formatNumber(x, l, 6)
  const signed = (x: number) => (x > 0 ? `+${n(x)}` : n(x))
  return describeMismatches(table, mismatches, l)
    .map((m) =>
      l === 'vi'
        ? `Ô ${m.ref} (${m.row} × ${m.column}): ghi ${m.actual == null ? 'trống' : n(m.actual)}, tổng các số hạng ${n(m.expected)}, chênh lệch ${signed(m.difference)}.`
        : `Cell ${m.ref} (${m.row} × ${m.column}): shows ${m.actual == null ? 'blank' : n(m.actual)}, the terms add up to ${n(m.expected)}, difference ${signed(m.difference)}.`,
    )
    .join('\n')
}

export function publishBlockedMessage(report: string, language?: string): string {
  return lang(language) === 'vi'
    ? `Không thể đăng: số liệu tổng không khớp.\n${report}\nHãy sửa bảng, hoặc người duyệt đăng ghi lý do chấp nhận sai lệch (mục “Chấp nhận sai lệch tổng”).`
    : `Cannot publish: the totals do not add up.\n${report}\nCorrect the table, or a publisher records a reason for accepting the difference (“Accept totals mismatch”).`
}
