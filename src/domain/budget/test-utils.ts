/**
 * Test helpers: a tiny ZIP writer and an XLSX builder (not exported from index.ts).
 */
import { deflateRawSync } from 'node:zlib'

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 (IEEE), for the ZIP writer below. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export interface ZipInput {
  name: string
  data: Uint8Array | string
  /** 0 = stored, 8 = deflate (default). */
  method?: 0 | 8
}

/** Writes a valid single-disk ZIP archive (local headers + central directory + EOCD). */
export function writeZip(files: ZipInput[]): Uint8Array {
  const enc = new TextEncoder()
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const f of files) {
    const data = typeof f.data === 'string' ? enc.encode(f.data) : f.data
    const method = f.method ?? 8
    const body = method === 8 ? new Uint8Array(deflateRawSync(data)) : data
    const name = enc.encode(f.name)
    const crc = crc32(data)
    const local = new Uint8Array(30 + name.length)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, 0x04034b50, true)
    lv.setUint16(4, 20, true)
    lv.setUint16(6, 0x0800, true) // UTF-8 names
    lv.setUint16(8, method, true)
    lv.setUint32(14, crc, true)
    lv.setUint32(18, body.length, true)
    lv.setUint32(22, data.length, true)
    lv.setUint16(26, name.length, true)
    local.set(name, 30)
    const cd = new Uint8Array(46 + name.length)
    const cv = new DataView(cd.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(8, 0x0800, true)
    cv.setUint16(10, method, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, body.length, true)
    cv.setUint32(24, data.length, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    cd.set(name, 46)
    chunks.push(local, body)
    central.push(cd)
    offset += local.length + body.length
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0)
  const eocd = new Uint8Array(22)
  const ev = new DataView(eocd.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, files.length, true)
  ev.setUint16(10, files.length, true)
  ev.setUint32(12, cdSize, true)
  ev.setUint32(16, offset, true)
  const all = [...chunks, ...central, eocd]
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0))
  let o = 0
  for (const c of all) {
    out.set(c, o)
    o += c.length
  }
  return out
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function colName(i: number): string {
  let n = i + 1
  let s = ''
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** A cell for `buildXlsx`: text (shared string), number, `{ inline }`, `{ formula, value }` or empty. */
export type XlsxCell = string | number | null | { inline: string } | { formula: string; value?: number }

export interface BuildXlsxOptions {
  merges?: string[]
  sheetName?: string
  /** Put the sheet at a non-default path to exercise relationship resolution. */
  sheetPath?: string
  /** Extra sheets after the first (to check that only the first is read). */
  extraSheets?: XlsxCell[][][]
  /** Omit sharedStrings.xml (all strings must then be inline). */
  noSharedStrings?: boolean
}

/** Builds a minimal but valid .xlsx (what Excel needs to open it). */
export function buildXlsx(rows: XlsxCell[][], opts: BuildXlsxOptions = {}): Uint8Array {
  const shared: string[] = []
  const sheetXml = (data: XlsxCell[][], merges: string[] = []) => {
    const rowXml = data
      .map((r, ri) => {
        const cells = r
          .map((c, ci) => {
            const ref = `${colName(ci)}${ri + 1}`
            if (c == null) return ''
            if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`
            if (typeof c === 'string') {
              if (opts.noSharedStrings) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(c)}</t></is></c>`
              let idx = shared.indexOf(c)
              if (idx < 0) idx = shared.push(c) - 1
              return `<c r="${ref}" t="s"><v>${idx}</v></c>`
            }
            if ('inline' in c) return `<c r="${ref}" t="inlineStr"><is><t>${esc(c.inline)}</t></is></c>`
            return `<c r="${ref}"><f>${esc(c.formula)}</f><v>${c.value ?? 0}</v></c>`
          })
          .join('')
        return `<row r="${ri + 1}">${cells}</row>`
      })
      .join('')
    const mergeXml = merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : ''
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rowXml}</sheetData>${mergeXml}</worksheet>`
  }
  const sheets = [sheetXml(rows, opts.merges), ...(opts.extraSheets ?? []).map((s) => sheetXml(s))]
  const firstPath = opts.sheetPath ?? 'worksheets/sheet1.xml'
  const paths = [firstPath, ...sheets.slice(1).map((_, i) => `worksheets/sheet${i + 2}.xml`)]
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${paths
    .map((_, i) => `<sheet name="${i === 0 ? esc(opts.sheetName ?? 'Sheet1') : `Sheet${i + 1}`}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${paths
    .map(
      (p, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${p}"/>`,
    )
    .join('')}${
    opts.noSharedStrings
      ? ''
      : `<Relationship Id="rId${paths.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
  }</Relationships>`
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
    .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
    .join('')}</sst>`
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${paths
    .map(
      (p) =>
        `<Override PartName="/xl/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('')}${
    opts.noSharedStrings
      ? ''
      : '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
  }</Types>`
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
  const files: ZipInput[] = [
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    ...sheets.map((s, i) => ({ name: `xl/${paths[i]}`, data: s })),
  ]
  if (!opts.noSharedStrings) files.push({ name: 'xl/sharedStrings.xml', data: sst, method: 0 })
  return writeZip(files)
}

/** UTF-8 bytes, optionally with BOM. */
export function utf8(s: string, bom = false): Uint8Array {
  const b = new TextEncoder().encode(s)
  if (!bom) return b
  const out = new Uint8Array(b.length + 3)
  out.set([0xef, 0xbb, 0xbf])
  out.set(b, 3)
  return out
}

/** UTF-16LE bytes with BOM. */
export function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[2 + i * 2] = c & 0xff
    out[3 + i * 2] = c >> 8
  }
  return out
}
