/**
 * Vietnamese document types as data, plus document-number parsing.
 * Abbreviations follow Decree 30/2020/NĐ-CP (administrative documents) and the
 * Law on Promulgation of Legal Documents (legal documents). Laws, codes and
 * ordinances carry no type abbreviation in their number (e.g. 80/2015/QH13).
 */

export interface DocType {
  key: string
  vi: string
  /** Type abbreviation used in document numbers; absent for Luật, Bộ luật, Hiến pháp. */
  abbr?: string
  en: string
  /** Legal (normative) document type under the Law on Promulgation of Legal Documents. */
  normative?: boolean
}

export const DOC_TYPES: readonly DocType[] = [
  { key: 'constitution', vi: 'Hiến pháp', en: 'Constitution', normative: true },
  { key: 'code', vi: 'Bộ luật', en: 'Code', normative: true },
  { key: 'law', vi: 'Luật', en: 'Law', normative: true },
  { key: 'ordinance', vi: 'Pháp lệnh', abbr: 'PL', en: 'Ordinance', normative: true },
  { key: 'resolution', vi: 'Nghị quyết', abbr: 'NQ', en: 'Resolution', normative: true },
  { key: 'joint-resolution', vi: 'Nghị quyết liên tịch', abbr: 'NQLT', en: 'Joint Resolution', normative: true },
  { key: 'decree', vi: 'Nghị định', abbr: 'NĐ', en: 'Decree', normative: true },
  { key: 'decision', vi: 'Quyết định', abbr: 'QĐ', en: 'Decision', normative: true },
  { key: 'circular', vi: 'Thông tư', abbr: 'TT', en: 'Circular', normative: true },
  { key: 'joint-circular', vi: 'Thông tư liên tịch', abbr: 'TTLT', en: 'Joint Circular', normative: true },
  { key: 'directive', vi: 'Chỉ thị', abbr: 'CT', en: 'Directive' },
  { key: 'regulation', vi: 'Quy chế', abbr: 'QC', en: 'Regulation' },
  { key: 'rules', vi: 'Quy định', abbr: 'QyĐ', en: 'Rules' },
  { key: 'plan', vi: 'Kế hoạch', abbr: 'KH', en: 'Plan' },
  { key: 'programme', vi: 'Chương trình', abbr: 'CTr', en: 'Programme' },
  { key: 'scheme', vi: 'Đề án', abbr: 'ĐA', en: 'Scheme' },
  { key: 'project', vi: 'Dự án', abbr: 'DA', en: 'Project' },
  { key: 'option', vi: 'Phương án', abbr: 'PA', en: 'Option' },
  { key: 'notice', vi: 'Thông báo', abbr: 'TB', en: 'Notice' },
  { key: 'communique', vi: 'Thông cáo', abbr: 'TC', en: 'Communiqué' },
  { key: 'conclusion', vi: 'Kết luận', abbr: 'KL', en: 'Conclusion' },
  { key: 'official-letter', vi: 'Công văn', abbr: 'CV', en: 'Official Letter' },
  { key: 'official-dispatch', vi: 'Công điện', abbr: 'CĐ', en: 'Official Dispatch' },
  { key: 'report', vi: 'Báo cáo', abbr: 'BC', en: 'Report' },
  { key: 'submission', vi: 'Tờ trình', abbr: 'TTr', en: 'Submission' },
  { key: 'guidance', vi: 'Hướng dẫn', abbr: 'HD', en: 'Guidance' },
  { key: 'minutes', vi: 'Biên bản', abbr: 'BB', en: 'Minutes' },
  { key: 'invitation', vi: 'Giấy mời', abbr: 'GM', en: 'Invitation' },
  { key: 'contract', vi: 'Hợp đồng', abbr: 'HĐ', en: 'Contract' },
  { key: 'memorandum', vi: 'Bản ghi nhớ', abbr: 'BGN', en: 'Memorandum of Understanding' },
]

/** Fold for comparisons: NFC, Ð (U+00D0) → Đ, uppercase, strip diacritics, Đ → D. */
function fold(s: string): string {
  return stripVietnamese(s).toUpperCase()
}

/** NFD, strip combining marks, đ/Đ (and look-alike Ð/ð) → d/D. */
export function stripVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
}

const BY_KEY = new Map(DOC_TYPES.map((t) => [t.key, t]))
const WITH_ABBR = DOC_TYPES.filter((t) => t.abbr)
const BY_ABBR_EXACT = new Map(WITH_ABBR.map((t) => [upper(t.abbr!), t]))
/** Diacritic-insensitive fallback, only for folds that are unambiguous (HĐ vs HD is ambiguous). */
const BY_ABBR_FOLDED = new Map<string, DocType | null>()
for (const t of WITH_ABBR) {
  const f = fold(t.abbr!)
  BY_ABBR_FOLDED.set(f, BY_ABBR_FOLDED.has(f) ? null : t)
}

export function getDocType(key: string): DocType | undefined {
  return BY_KEY.get(key)
}

/**
 * Case-insensitive; diacritic/đ-insensitive when unambiguous: 'qd', 'QD', 'QĐ'
 * all find Quyết định, while 'HD' is Hướng dẫn and 'HĐ' is Hợp đồng.
 */
export function docTypeByAbbr(abbr: string): DocType | undefined {
  const a = abbr.trim()
  return BY_ABBR_EXACT.get(upper(a)) ?? BY_ABBR_FOLDED.get(fold(a)) ?? undefined
}

export interface ParsedDocNumber {
  seq: string
  year?: number
  typeAbbr?: string
  issuerAbbr?: string
  /** Key of the recognised type, if `typeAbbr` is known. */
  typeKey?: string
  /** Canonical rendering, e.g. "22/2016/NQ-HĐND". */
  normalized: string
}

/** Fixes the look-alike Ð/ð (U+00D0/U+00F0) to Đ/đ without changing case. */
function fixEth(s: string): string {
  return s.normalize('NFC').replace(/[Ðð]/g, (c) => (c === 'ð' ? 'đ' : 'Đ'))
}

/** Canonical uppercase for symbols; keeps đ→Đ, fixes look-alike Ð. */
function upper(s: string): string {
  return s.normalize('NFC').replace(/[Ðð]/g, (c) => (c === 'ð' ? 'đ' : 'Đ')).toUpperCase()
}

/**
 * Parses numbers like "22/2016/NQ-HĐND", "Số: 05/2020/QĐ-UBND", "15/QĐ-UBND",
 * "80/2015/QH13", "1234/UBND-KT", "01/2016/TTLT-BTC-BNV". Tolerates spaces
 * around separators, en/em dashes, lowercase and a leading "Số"/"No.".
 * Returns null when the input does not look like a document number.
 *
 * With a year: the first dash-segment of the symbol is the type (known or not)
 * when there is more than one segment. Without a year: only a known type
 * abbreviation is taken as the type; otherwise the whole symbol is the issuer.
 */
export function parseDocNumber(input: string): ParsedDocNumber | null {
  if (typeof input !== 'string') return null
  let s = input.normalize('NFC').trim()
  s = s.replace(/^(s[ốo]|no\.?)\s*[:.]?\s*/iu, '')
  s = s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s*([/-])\s*/g, '$1').replace(/\s+/g, ' ')
  const parts = s.split('/')
  if (parts.length < 2 || parts.length > 3) return null
  const seq = parts[0]
  if (!/^\d+[a-zA-Z]?$/.test(seq)) return null
  let year: number | undefined
  if (parts.length === 3) {
    if (!/^\d{4}$/.test(parts[1])) return null
    year = Number(parts[1])
  }
  const symbol = parts[parts.length - 1]
  const segs = symbol.split('-').filter(Boolean)
  if (!segs.length || segs.some((x) => !/^[\p{L}\p{N}.&]+$/u.test(x))) return null
  let typeAbbr: string | undefined
  let issuerSegs = segs
  const known = docTypeByAbbr(segs[0])
  if (segs.length > 1 && (known || year !== undefined)) {
    typeAbbr = known?.abbr ?? upper(segs[0])
    issuerSegs = segs.slice(1)
  }
  // An issuer written in mixed case is kept as written ('QĐ-TTg' is the Prime Minister, 'TTg').
  const issuerAbbr = issuerSegs.length ? issuerSegs.map((x) => (/\p{Lu}/u.test(x) && /\p{Ll}/u.test(x) ? fixEth(x) : upper(x))).join('-') : undefined
  const out: ParsedDocNumber = { seq, normalized: '' }
  if (year !== undefined) out.year = year
  if (typeAbbr) out.typeAbbr = typeAbbr
  if (issuerAbbr) out.issuerAbbr = issuerAbbr
  if (typeAbbr && known) out.typeKey = known.key
  out.normalized = [seq, year, [typeAbbr, issuerAbbr].filter(Boolean).join('-')].filter((x) => x !== undefined).join('/')
  return out
}

/**
 * URL slug for a document number: NFD, strip marks, đ/Đ → d, lowercase,
 * runs of non-alphanumerics → '-', trimmed. '22/2016/NQ-HĐND' → '22-2016-nq-hdnd'.
 */
export function docNumberSlug(input: string): string {
  return stripVietnamese(input.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
