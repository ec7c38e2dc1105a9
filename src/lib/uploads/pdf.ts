import { constants, inflateSync } from 'node:zlib'

/**
 * Active content in a PDF: what a reader may run or open on its own when the file is opened.
 * Government documents never need any of it, so any of it refuses the upload.
 *
 * - `script`: JavaScript actions (`/JavaScript`, `/JS` — document-level name tree, `/OpenAction`
 *   or `/AA` additional actions pointing at JavaScript) and XFA forms (`/XFA`, scripted XML forms);
 * - `launch`: `/Launch` actions (start a program or open a file);
 * - `embedded`: embedded files (`/EmbeddedFile`, `/EmbeddedFiles`: attachments, portfolios — they
 *   may be programs and cannot be checked here) and `/RichMedia` (Flash/video with scripts);
 * - `unreadable`: an object stream that cannot be decoded (unsupported filter, encrypted or
 *   corrupt, or larger than the decoding budget), so what it holds cannot be checked.
 */
export type PdfActiveContent = 'script' | 'launch' | 'embedded' | 'unreadable'

const NAME_KINDS: Record<string, PdfActiveContent> = {
  JavaScript: 'script',
  JS: 'script',
  XFA: 'script',
  Launch: 'launch',
  EmbeddedFile: 'embedded',
  EmbeddedFiles: 'embedded',
  RichMedia: 'embedded',
  RichMediaContent: 'embedded',
  RichMediaExecute: 'embedded',
}

/** At most this many bytes are inflated per object stream, and in all (decompression bombs). */
const MAX_STREAM_BYTES = 16 * 1024 * 1024
const MAX_TOTAL_BYTES = 64 * 1024 * 1024

// A name token: `/` then regular characters (PDF 32000-1 §7.3.5); `#xx` escapes decoded below.
const NAME = /\/([^\s/<>[\]()%{}\0]+)/g
const STREAM_START = />>\s*stream(?:\r\n|\n|\r)/g

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

function scanNames(text: string, found: Set<PdfActiveContent>): void {
  for (const match of text.matchAll(NAME)) {
    const kind = NAME_KINDS[decodeName(match[1]!)]
    if (kind) found.add(kind)
  }
}

/** The dictionary of the object whose stream starts at `at` (from its `obj` keyword). */
function dictionaryBefore(text: string, at: number): string {
  const objAt = text.lastIndexOf(' obj', at)
  return text.slice(objAt < 0 ? Math.max(0, at - 4096) : objAt, at + 2)
}

/**
 * Finds active content in a PDF's bytes. Dictionaries outside streams are read as they are; the
 * bodies of streams are skipped (compressed data would match names by chance), except object
 * streams (`/Type /ObjStm`, PDF 1.5+), which hold dictionaries and are inflated (FlateDecode, or
 * no filter) and read too. Names are compared after decoding `#xx` escapes (`/J#61vaScript`).
 *
 * Limits (by design, documented in the README): a name inside a literal string (`(… /JS …)`) is
 * also counted; dictionaries are not parsed as trees, so a harmless `/OpenAction` (go to page 1)
 * or `/AA` passes and only what it points at (`/JavaScript`, `/Launch`) refuses the file; page
 * content streams, fonts and images are not decoded; an encrypted PDF's object streams cannot
 * be read, so such a file is refused as `unreadable`.
 */
export function findPdfActiveContent(bytes: Uint8Array): PdfActiveContent[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = buf.toString('latin1')
  const found = new Set<PdfActiveContent>()
  let budget = MAX_TOTAL_BYTES
  let cursor = 0
  STREAM_START.lastIndex = 0
  for (let m = STREAM_START.exec(text); m; m = STREAM_START.exec(text)) {
    const dataStart = m.index + m[0].length
    scanNames(text.slice(cursor, dataStart), found)
    const dict = dictionaryBefore(text, m.index)
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)
    let dataEnd = length ? dataStart + Number(length[1]) : -1
    if (dataEnd < 0 || dataEnd > text.length || text.slice(dataEnd, dataEnd + 32).trimStart().startsWith('endstream') === false) {
      dataEnd = text.indexOf('endstream', dataStart)
      if (dataEnd < 0) dataEnd = text.length
    }
    if (/\/Type\s*\/ObjStm\b/.test(dict)) {
      const decoded = decodeObjectStream(dict, buf.subarray(dataStart, dataEnd), Math.min(MAX_STREAM_BYTES, budget))
      if (decoded === null) found.add('unreadable')
      else {
        budget -= decoded.length
        scanNames(decoded.toString('latin1'), found)
      }
    }
    cursor = dataEnd
    STREAM_START.lastIndex = dataEnd
  }
  scanNames(text.slice(cursor), found)
  return [...found]
}

function decodeObjectStream(dict: string, data: Buffer, maxBytes: number): Buffer | null {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dict)?.[1]
  const filters = filter ? [...filter.matchAll(/\/(\w+)/g)].map((f) => f[1]) : []
  if (maxBytes <= 0) return null
  if (filters.length === 0) return data
  if (filters.length !== 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return null
  try {
    // A stream cut short still decodes as far as it goes (readers do the same).
    return inflateSync(data, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH })
  } catch {
    return null
  }
}
