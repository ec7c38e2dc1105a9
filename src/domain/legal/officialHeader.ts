/**
 * The official header that opens a Vietnamese legal document's text (administrative document
 * format: issuing body, national name and motto, number, place and date, document type and
 * title), recognised in the first paragraphs of the full text so a page can lay it out in the
 * official two columns instead of showing plain lines and dashes. Pure.
 */

export interface OfficialHeader {
  /** Issuing body, one line per level ("UBND TỈNH HÀ TĨNH", "SỞ TÀI CHÍNH"). */
  issuer: string[]
  nationalName: string
  motto: string | null
  /** "Số: 22/2016/NQ-HĐND", as written. */
  number: string | null
  /** "Hà Tĩnh, ngày 24 tháng 09 năm 2016", as written. */
  placeAndDate: string | null
  docType: string | null
  title: string | null
  /** How many leading paragraphs the header takes (the text continues after them). */
  consumed: number
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toUpperCase().replace(/\s+/g, ' ').trim()
const isDashes = (s: string) => /^[-_–—=.\s]{3,}$/.test(s)
const isUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi')
const NATIONAL = 'CONG HOA XA HOI CHU NGHIA VIET NAM'
const MOTTO = /^DOC LAP\s*[-–]\s*TU DO\s*[-–]\s*HANH PHUC$/
const NUMBER = /^(Số|SỐ|So)\s*[:.]?\s*\S+/
const PLACE_DATE = /^[^,]{2,60},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$/i

/** The header at the start of `paragraphs` (plain text of the first paragraphs), or null when the text does not open with one. */
export function findOfficialHeader(paragraphs: readonly string[]): OfficialHeader | null {
  const lines = paragraphs.map((p) => p.replace(/\u00a0/g, ' ').trim())
  let i = 0
  const skipBlank = () => {
    while (i < lines.length && (lines[i] === '' || isDashes(lines[i]!))) i++
  }
  skipBlank()
  // Issuer lines, up to the national name; the issuer and the national name may share a line
  // when the source had the two columns side by side ("HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI…").
  const issuer: string[] = []
  let nationalName: string | null = null
  while (i < lines.length && issuer.length < 4) {
    const line = lines[i]!
    const f = fold(line)
    if (f === NATIONAL) {
      nationalName = line
      i++
      break
    }
    if (!isUpper(line)) return null
    issuer.push(line)
    i++
    skipBlank()
  }
  if (!nationalName || issuer.length === 0) return null
  let motto: string | null = null
  skipBlank()
  if (i < lines.length && MOTTO.test(fold(lines[i]!))) motto = lines[i++]!
  skipBlank()
  let number: string | null = null
  let placeAndDate: string | null = null
  for (let k = 0; k < 2 && i < lines.length; k++) {
    const line = lines[i]!
    if (!number && NUMBER.test(line)) number = line
    else if (!placeAndDate && PLACE_DATE.test(line)) placeAndDate = line
    else break
    i++
    skipBlank()
  }
  let docType: string | null = null
  let title: string | null = null
  if (i < lines.length && isUpper(lines[i]!) && lines[i]!.length <= 40 && !/\d/.test(lines[i]!)) {
    docType = lines[i++]!
    skipBlank()
    if (i < lines.length && isUpper(lines[i]!) && lines[i]!.length <= 400) title = lines[i++]!
  }
  return { issuer, nationalName, motto, number, placeAndDate, docType, title, consumed: i }
}
