/**
 * Open-data exports of a BudgetTable.
 */
import type { BudgetTable } from './types'

export type ExportLocale = 'vi' | 'en'

const HEADINGS: Record<ExportLocale, { code: string; label: string }> = {
  vi: { code: 'TT', label: 'Nội dung' },
  en: { code: 'No.', label: 'Item' },
}

/**
 * Neutralises spreadsheet formula injection (OWASP "CSV injection"): a TEXT cell that
 * starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`. Numbers are written by
 * `numberCell` and are never escaped, so `-1000` stays a number.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** RFC 4180 quoting: fields containing `"`, `,`, CR or LF are quoted, `"` doubled. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

/**
 * Machine-readable number: plain JS notation with '.' as decimal mark, no grouping,
 * no exponent (so every locale's spreadsheet and every parser reads the same value).
 */
function numberCell(n: number | null): string {
  if (n == null) return ''
  if (Object.is(n, -0)) return '0'
  const s = String(n)
  if (!/e/i.test(s)) return s
  if (Number.isInteger(n)) return BigInt(n).toString()
  return n.toFixed(20).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
}

export interface ToCsvOptions {
  /** Append the unit to each value column heading, e.g. "Năm 2017 (Triệu đồng)". Default false. */
  unitInHeadings?: boolean
}

/**
 * CSV for download: UTF-8 **with BOM** (so Excel detects UTF-8), CRLF line ends,
 * ',' delimiter, RFC 4180 quoting, formula-injection guard on text cells.
 * `locale` selects the label language (English falls back to Vietnamese when a label
 * has no translation). Returns a string starting with U+FEFF; encode it as UTF-8
 * (e.g. `new TextEncoder().encode(csv)` or `new Response(csv)`).
 */
export function toCsv(table: BudgetTable, locale: ExportLocale = 'vi', opts: ToCsvOptions = {}): string {
  const text = (l: { vi: string; en?: string }) => (locale === 'en' && l.en ? l.en : l.vi)
  const unit = opts.unitInHeadings && table.unit ? ` (${table.unit})` : ''
  const lines: string[][] = [
    [
      table.headings?.code ? text(table.headings.code) : HEADINGS[locale].code,
      table.headings?.label ? text(table.headings.label) : HEADINGS[locale].label,
      ...table.columns.map((c) => text(c.label) + unit),
    ].map(
      (h) => quote(guardFormula(h)),
    ),
  ]
  for (const r of table.rows) {
    lines.push([quote(guardFormula(r.code)), quote(guardFormula(text(r.label))), ...r.values.map(numberCell)])
  }
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`
}

/** UTF-8 bytes of `toCsv` (BOM included). */
export function toCsvBytes(table: BudgetTable, locale: ExportLocale = 'vi', opts: ToCsvOptions = {}): Uint8Array {
  return new TextEncoder().encode(toCsv(table, locale, opts))
}

/** A detached plain-object copy, safe to store in a JSON field or send as JSON. */
export function toJson(table: BudgetTable): BudgetTable {
  return JSON.parse(JSON.stringify(table)) as BudgetTable
}
