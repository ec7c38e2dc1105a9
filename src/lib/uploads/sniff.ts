/**
 * File-type detection from a file's first bytes (its "magic number"), never from its name or the
 * Content-Type the browser claimed. Only the formats the portal accepts are recognised; anything
 * else is `null` and refused by the upload hook.
 */
export type SniffedType =
  | { kind: 'image'; mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp'; ext: string }
  | {
      kind: 'document'
      mime:
        | 'application/pdf'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        | 'application/vnd.oasis.opendocument.text'
        | 'application/vnd.oasis.opendocument.spreadsheet'
      ext: string
    }

const startsWith = (buf: Uint8Array, bytes: number[], offset = 0) =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b)

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

function contains(buf: Uint8Array, text: string): boolean {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(text, 0, 'latin1')
}

/**
 * Formats recognised only to be refused with a precise reason: script-capable markup, programs,
 * macro-carrying office files. `null` from both functions means "not a format we know".
 */
export type RefusedFormat = 'svg' | 'markup' | 'executable' | 'macro' | 'legacy-office'

export function sniffFileType(buf: Uint8Array): SniffedType | null {
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png', ext: 'png' }
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg', ext: 'jpg' }
  if (startsWith(buf, ascii('GIF87a')) || startsWith(buf, ascii('GIF89a'))) return { kind: 'image', mime: 'image/gif', ext: 'gif' }
  if (startsWith(buf, ascii('RIFF')) && startsWith(buf, ascii('WEBP'), 8)) return { kind: 'image', mime: 'image/webp', ext: 'webp' }
  if (startsWith(buf, ascii('%PDF-'))) return { kind: 'document', mime: 'application/pdf', ext: 'pdf' }
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) return sniffZipContainer(buf)
  return null
}

const EXECUTABLE_MAGIC: number[][] = [
  ascii('MZ'), // Windows PE / DOS
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal / Java class
  ascii('#!'), // shell, Python, … scripts
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
]

/** Why a file of a known but refused format is refused, or null when the format is not one of those. */
export function sniffRefusedFormat(buf: Uint8Array): RefusedFormat | null {
  if (EXECUTABLE_MAGIC.some((magic) => startsWith(buf, magic))) return 'executable'
  // OLE compound files: .doc/.xls/.ppt (macros live there unseen) and .msi installers.
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'legacy-office'
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) && contains(buf, '[Content_Types].xml') && hasActiveOfficeParts(buf)) return 'macro'
  // Text formats: look at the start, after a BOM and white space, case-insensitively.
  const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1').replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '').replace(/\0/g, '').trimStart().toLowerCase()
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg|<svg[\s>])/.test(head) || head.includes('<svg')) return 'svg'
  if (/^(<\?xml|<!doctype|<html|<head|<body|<script|<iframe|<!--|<\w+[\s>])/.test(head)) return 'markup'
  return null
}

/** OOXML parts that carry code: VBA projects, ActiveX controls, embedded OLE objects (programs). */
function hasActiveOfficeParts(buf: Uint8Array): boolean {
  return contains(buf, 'vbaProject.bin') || contains(buf, '/activeX/') || contains(buf, '/embeddings/oleObject')
}

/** ZIP-based office formats: OpenDocument stores its MIME type first, uncompressed; OOXML has part names. */
function sniffZipContainer(buf: Uint8Array): SniffedType | null {
  const nameLength = buf[26]! | (buf[27]! << 8)
  const extraLength = buf[28]! | (buf[29]! << 8)
  const firstName = Buffer.from(buf.subarray(30, 30 + nameLength)).toString('latin1')
  if (firstName === 'mimetype') {
    const start = 30 + nameLength + extraLength
    const mimetype = Buffer.from(buf.subarray(start, start + 60)).toString('latin1')
    if (mimetype.startsWith('application/vnd.oasis.opendocument.text') && !mimetype.startsWith('application/vnd.oasis.opendocument.text-'))
      return { kind: 'document', mime: 'application/vnd.oasis.opendocument.text', ext: 'odt' }
    if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet') && !mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet-'))
      return { kind: 'document', mime: 'application/vnd.oasis.opendocument.spreadsheet', ext: 'ods' }
    return null
  }
  if (!contains(buf, '[Content_Types].xml')) return null
  // Macro-enabled variants (vbaProject.bin), ActiveX and embedded OLE programs are refused: they carry code.
  if (hasActiveOfficeParts(buf)) return null
  if (contains(buf, 'word/document.xml'))
    return { kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' }
  if (contains(buf, 'xl/workbook.xml'))
    return { kind: 'document', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' }
  return null
}

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
