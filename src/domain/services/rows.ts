import { isISODate, type ISODate } from '../calendar'
import { normaliseDossierCode, normaliseProcedureCode } from './codes'
import { fold } from './fold'
import { DOSSIER_STATUS_VALUES, PROCEDURE_FIELDS, type DossierStatus, type OnlineLevel, type ProcedureField } from './options'

/**
 * Reading import rows (CSV/XLSX exports of the national procedure database and of the one-stop
 * system) into checked values. Every problem is reported by row (as the spreadsheet numbers it:
 * the header is row 1) and field; good rows are returned whatever the bad ones are.
 */
export type Cell = string | number | null | undefined
export interface RowError {
  row: number
  field: string
  code: 'required' | 'invalid' | 'unknownAgency' | 'otherAgency' | 'duplicate' | 'tooLong' | 'dateOrder' | 'missingColumn'
  value?: string
}
export interface Rows<T> {
  rows: (T & { row: number })[]
  errors: RowError[]
}

/** Column headers each field accepts (compared folded: accents, case and punctuation ignored). */
const PROCEDURE_HEADERS = {
  code: ['ma thu tuc', 'ma tthc', 'ma so', 'code', 'procedure code'],
  name: ['ten thu tuc', 'ten tthc', 'name', 'ten thu tuc hanh chinh'],
  nameEn: ['ten tieng anh', 'name en', 'english name'],
  agency: ['co quan', 'co quan thuc hien', 'agency', 'don vi'],
  field: ['linh vuc', 'field'],
  level: ['muc do', 'muc do dvc', 'level', 'muc do dich vu cong'],
  partialReason: ['ly do mot phan', 'ly do', 'partial reason'],
  legacyLevel: ['muc do cu', 'legacy level'],
  processingDays: ['thoi han giai quyet', 'thoi han', 'processing days', 'so ngay'],
  fees: ['phi le phi', 'le phi', 'phi', 'fees'],
  applicants: ['doi tuong thuc hien', 'doi tuong', 'applicants'],
  submission: ['cach thuc thuc hien', 'noi nop', 'submission'],
  documents: ['thanh phan ho so', 'documents'],
  nationalUrl: ['duong dan', 'link', 'url', 'national url', 'dia chi nop truc tuyen'],
} as const

const DOSSIER_HEADERS = {
  code: ['ma ho so', 'so ho so', 'dossier code', 'code'],
  procedureCode: ['ma thu tuc', 'ma tthc', 'procedure code'],
  agency: ['co quan', 'co quan tiep nhan', 'agency', 'don vi'],
  receivedAt: ['ngay tiep nhan', 'ngay nhan', 'received', 'received at'],
  dueAt: ['ngay hen tra', 'ngay hen', 'due', 'due at', 'appointment'],
  resultAt: ['ngay co ket qua', 'ngay tra ket qua', 'ngay ket qua', 'result', 'result at'],
  status: ['trang thai', 'status'],
  statusAt: ['ngay cap nhat', 'ngay trang thai', 'status at'],
  handlingUnit: ['don vi xu ly', 'phong xu ly', 'handling unit'],
  phone: ['so dien thoai', 'dien thoai', 'phone', 'sdt'],
} as const

type HeaderMap<K extends string> = Partial<Record<K, number>>

function mapHeaders<K extends string>(header: readonly Cell[], aliases: Record<K, readonly string[]>): HeaderMap<K> {
  const folded = header.map((h) => fold(String(h ?? '')))
  const map: HeaderMap<K> = {}
  for (const key of Object.keys(aliases) as K[]) {
    const index = folded.findIndex((h) => aliases[key].includes(h))
    if (index >= 0) map[key] = index
  }
  return map
}

const text = (c: Cell): string => (c === null || c === undefined ? '' : String(c).trim())

/**
 * A date cell: `YYYY-MM-DD`, `DD/MM/YYYY` (also with `-` or `.`, optionally followed by a time),
 * or an Excel serial day number. Null when empty; `undefined` when it is not a date.
 */
export function readDate(c: Cell): ISODate | null | undefined {
  if (c === null || c === undefined || text(c) === '') return null
  if (typeof c === 'number' || /^\d{5}(\.\d+)?$/.test(text(c))) {
    const serial = Math.floor(Number(c))
    if (serial < 20000 || serial > 80000) return undefined
    const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
    return d.toISOString().slice(0, 10)
  }
  const s = text(c)
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s)
  if (iso) {
    const d = `${iso[1]}-${iso[2]}-${iso[3]}`
    return isISODate(d) ? d : undefined
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(s)
  if (dmy) {
    const d = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`
    return isISODate(d) ? d : undefined
  }
  return undefined
}

/** A status cell in Vietnamese or English labels or values. */
export function readStatus(c: Cell): DossierStatus | undefined {
  const s = fold(text(c))
  if (!s) return undefined
  if ((DOSSIER_STATUS_VALUES as readonly string[]).includes(s)) return s as DossierStatus
  const table: [string, DossierStatus][] = [
    ['da tiep nhan', 'received'],
    ['tiep nhan', 'received'],
    ['moi tiep nhan', 'received'],
    ['dang xu ly', 'processing'],
    ['dang giai quyet', 'processing'],
    ['yeu cau bo sung', 'supplement'],
    ['bo sung', 'supplement'],
    ['additional documents requested', 'supplement'],
    ['tam dung', 'paused'],
    ['paused', 'paused'],
    ['tra lai', 'returned'],
    ['tu choi', 'returned'],
    ['da co ket qua', 'done'],
    ['da tra ket qua', 'done'],
    ['hoan thanh', 'done'],
    ['da giai quyet', 'done'],
  ]
  return table.find(([prefix]) => s.startsWith(prefix))?.[1]
}

export function readLevel(c: Cell): { level: OnlineLevel; legacyLevel?: '2' | '3' | '4' } | undefined {
  const s = fold(text(c))
  if (!s) return undefined
  if (s === 'full' || s.includes('toan trinh')) return { level: 'full' }
  if (s === 'partial' || s.includes('mot phan')) return { level: 'partial' }
  if (s === 'offline' || s.includes('chua') || s.includes('khong truc tuyen') || s.includes('truc tiep')) return { level: 'offline' }
  // Former levels (3/4 were online, 2 and below were not), kept as history; the new level is a
  // best reading of the old one that an editor confirms: 4 → full, 3 → partial, else offline.
  const legacy = /^(?:muc do\s*)?([1-4])$/.exec(s)
  if (legacy) {
    const n = legacy[1]!
    if (n === '4') return { level: 'full', legacyLevel: '4' }
    if (n === '3') return { level: 'partial', legacyLevel: '3' }
    return { level: 'offline', ...(n === '2' ? { legacyLevel: '2' as const } : {}) }
  }
  return undefined
}

export function readField(c: Cell): ProcedureField {
  const s = fold(text(c))
  if (!s) return 'other'
  const found = PROCEDURE_FIELDS.find((f) => f.value === s || fold(f.label.vi) === s || fold(f.label.en) === s || (f.value !== 'other' && s.startsWith(fold(f.label.vi))))
  return found?.value ?? 'other'
}

/** The second factor of a dossier look-up: the last four digits of a phone number. */
export function factorFromPhone(phone: Cell): string | null {
  const digits = text(phone).replace(/\D/g, '')
  return digits.length >= 4 ? digits.slice(-4) : null
}

export interface ProcedureRow {
  code: string
  name: string
  nameEn?: string
  agency: string
  field: ProcedureField
  level: OnlineLevel
  legacyLevel?: '2' | '3' | '4'
  partialReason?: string
  processingDays?: number
  fees?: string
  applicants?: string
  submission?: string
  documents?: string[]
  nationalUrl?: string
}

export interface DossierRow {
  code: string
  procedureCode: string
  agency: string
  receivedAt: ISODate
  dueAt: ISODate
  resultAt: ISODate | null
  status: DossierStatus
  statusAt: ISODate | null
  handlingUnit?: string
  /** Last four digits of the phone; the rest of the number is never kept. */
  factor: string | null
}

const MAX_TEXT = 4000

/** An https:// or http:// address, or an error. */
export function readUrl(c: Cell): string | null | undefined {
  const s = text(c)
  if (!s) return null
  try {
    const url = new URL(s)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

/**
 * Procedures from a grid (first row = headers). `knownAgency` says whether an agency reference
 * (slug or name, as the file has it) is one the importer may write to.
 */
export function readProcedureRows(grid: readonly (readonly Cell[])[], knownAgency: (ref: string) => boolean): Rows<ProcedureRow> {
  const [header = [], ...body] = grid
  const h = mapHeaders(header, PROCEDURE_HEADERS)
  const errors: RowError[] = []
  for (const required of ['code', 'name', 'agency', 'level'] as const) {
    if (h[required] === undefined) errors.push({ row: 1, field: required, code: 'missingColumn' })
  }
  if (errors.length) return { rows: [], errors }
  const rows: (ProcedureRow & { row: number })[] = []
  const seen = new Map<string, number>()
  body.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => text(c) === '')) return
    const get = (k: keyof typeof PROCEDURE_HEADERS) => (h[k] === undefined ? undefined : cells[h[k]!])
    const rowErrors: RowError[] = []
    const err = (field: string, code: RowError['code'], value?: Cell) => rowErrors.push({ row, field, code, ...(value !== undefined && text(value) ? { value: text(value).slice(0, 80) } : {}) })
    const code = normaliseProcedureCode(text(get('code')))
    if (!text(get('code'))) err('code', 'required')
    else if (!code) err('code', 'invalid', get('code'))
    else if (seen.has(code)) err('code', 'duplicate', get('code'))
    const name = text(get('name'))
    if (!name) err('name', 'required')
    else if (name.length > 500) err('name', 'tooLong')
    const agency = text(get('agency'))
    if (!agency) err('agency', 'required')
    else if (!knownAgency(agency)) err('agency', 'unknownAgency', agency)
    const level = readLevel(get('level'))
    if (!text(get('level'))) err('level', 'required')
    else if (!level) err('level', 'invalid', get('level'))
    const partialReason = text(get('partialReason'))
    if (level?.level === 'partial' && !partialReason && !level.legacyLevel) err('partialReason', 'required')
    const daysCell = text(get('processingDays'))
    const days = daysCell ? Number(daysCell.replace(/[^\d.]/g, '')) : undefined
    if (daysCell && (!Number.isFinite(days) || days! <= 0 || days! > 3650)) err('processingDays', 'invalid', daysCell)
    const url = readUrl(get('nationalUrl'))
    if (url === undefined) err('nationalUrl', 'invalid', get('nationalUrl'))
    for (const k of ['fees', 'applicants', 'submission', 'documents'] as const) if (text(get(k)).length > MAX_TEXT) err(k, 'tooLong')
    if (rowErrors.length || !code || !level) {
      errors.push(...rowErrors)
      return
    }
    seen.set(code, row)
    const legacyCell = text(get('legacyLevel'))
    const legacy = legacyCell ? readLevel(legacyCell)?.legacyLevel : level.legacyLevel
    const documents = text(get('documents'))
      .split(/\r?\n|;/)
      .map((s) => s.replace(/^[-•+*\d.)\s]+/, '').trim())
      .filter(Boolean)
    rows.push({
      row,
      code,
      name,
      ...(text(get('nameEn')) ? { nameEn: text(get('nameEn')) } : {}),
      agency,
      field: readField(get('field')),
      level: level.level,
      ...(legacy ? { legacyLevel: legacy } : {}),
      ...(partialReason ? { partialReason } : {}),
      ...(days !== undefined ? { processingDays: days } : {}),
      ...(text(get('fees')) ? { fees: text(get('fees')) } : {}),
      ...(text(get('applicants')) ? { applicants: text(get('applicants')) } : {}),
      ...(text(get('submission')) ? { submission: text(get('submission')) } : {}),
      ...(documents.length ? { documents } : {}),
      ...(url ? { nationalUrl: url } : {}),
    })
  })
  return { rows, errors }
}

/** Dossiers from a grid (first row = headers). */
export function readDossierRows(grid: readonly (readonly Cell[])[], knownAgency: (ref: string) => boolean): Rows<DossierRow> {
  const [header = [], ...body] = grid
  const h = mapHeaders(header, DOSSIER_HEADERS)
  const errors: RowError[] = []
  for (const required of ['code', 'procedureCode', 'agency', 'receivedAt', 'dueAt', 'status'] as const) {
    if (h[required] === undefined) errors.push({ row: 1, field: required, code: 'missingColumn' })
  }
  if (errors.length) return { rows: [], errors }
  const rows: (DossierRow & { row: number })[] = []
  const seen = new Set<string>()
  body.forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => text(c) === '')) return
    const get = (k: keyof typeof DOSSIER_HEADERS) => (h[k] === undefined ? undefined : cells[h[k]!])
    const result = readDossier((k) => get(k as keyof typeof DOSSIER_HEADERS), row, knownAgency)
    if ('errors' in result) {
      errors.push(...result.errors)
      return
    }
    if (seen.has(result.code)) {
      errors.push({ row, field: 'code', code: 'duplicate', value: result.code })
      return
    }
    seen.add(result.code)
    rows.push({ row, ...result })
  })
  return { rows, errors }
}

/** One dossier from named values (a grid row, or one object of the push API's JSON). */
export function readDossier(get: (field: string) => Cell, row: number, knownAgency: (ref: string) => boolean): DossierRow | { errors: RowError[] } {
  const errors: RowError[] = []
  const err = (field: string, code: RowError['code'], value?: Cell) => errors.push({ row, field, code, ...(value !== undefined && text(value) ? { value: text(value).slice(0, 80) } : {}) })
  const code = normaliseDossierCode(text(get('code')))
  if (!text(get('code'))) err('code', 'required')
  else if (!code) err('code', 'invalid', get('code'))
  const procedureCode = normaliseProcedureCode(text(get('procedureCode')))
  if (!text(get('procedureCode'))) err('procedureCode', 'required')
  else if (!procedureCode) err('procedureCode', 'invalid', get('procedureCode'))
  const agency = text(get('agency'))
  if (!agency) err('agency', 'required')
  else if (!knownAgency(agency)) err('agency', 'unknownAgency', agency)
  const dates: Record<'receivedAt' | 'dueAt' | 'resultAt' | 'statusAt', ISODate | null | undefined> = {
    receivedAt: readDate(get('receivedAt')),
    dueAt: readDate(get('dueAt')),
    resultAt: readDate(get('resultAt')),
    statusAt: readDate(get('statusAt')),
  }
  for (const [field, value] of Object.entries(dates)) {
    if (value === undefined) err(field, 'invalid', get(field))
    else if (value === null && (field === 'receivedAt' || field === 'dueAt')) err(field, 'required')
  }
  const status = readStatus(get('status'))
  if (!text(get('status'))) err('status', 'required')
  else if (!status) err('status', 'invalid', get('status'))
  if (status && (status === 'done' || status === 'returned') && dates.resultAt === null) err('resultAt', 'required')
  if (dates.receivedAt && dates.dueAt && dates.dueAt < dates.receivedAt) err('dueAt', 'dateOrder', get('dueAt'))
  if (dates.receivedAt && dates.resultAt && dates.resultAt < dates.receivedAt) err('resultAt', 'dateOrder', get('resultAt'))
  const handlingUnit = text(get('handlingUnit'))
  if (handlingUnit.length > 200) err('handlingUnit', 'tooLong')
  const phone = text(get('phone'))
  const factor = factorFromPhone(phone)
  if (phone && !factor) err('phone', 'invalid')
  if (errors.length || !code || !procedureCode || !status || !dates.receivedAt || !dates.dueAt) return { errors }
  return {
    code,
    procedureCode,
    agency,
    receivedAt: dates.receivedAt,
    dueAt: dates.dueAt,
    resultAt: dates.resultAt ?? null,
    status,
    statusAt: dates.statusAt ?? null,
    ...(handlingUnit ? { handlingUnit } : {}),
    factor,
  }
}
