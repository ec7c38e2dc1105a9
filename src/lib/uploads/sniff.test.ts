import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { sniffFileType } from './sniff'
import { checkUpload, uploadProblemMessage } from './validate'

/** A minimal ZIP archive (stored entries) with the given file names and contents. */
function zip(entries: [string, string][]): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, content] of entries) {
    const data = Buffer.from(content)
    const nameBuf = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    parts.push(local, nameBuf, data)
    const cd = Buffer.alloc(46)
    cd.writeUInt32LE(0x02014b50, 0)
    cd.writeUInt16LE(nameBuf.length, 28)
    cd.writeUInt32LE(offset, 42)
    central.push(cd, nameBuf)
    offset += 30 + nameBuf.length + data.length
  }
  return Buffer.concat([...parts, ...central])
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])
const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
const HTML = Buffer.from('<!doctype html><html><script>alert(1)</script></html>')

describe('sniffFileType', () => {
  it.each([
    ['png', PNG, 'image/png'],
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'image/jpeg'],
    ['gif', Buffer.from('GIF89a....'), 'image/gif'],
    ['webp', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]), 'image/webp'],
    ['pdf', PDF, 'application/pdf'],
    ['docx', zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', zip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['odt', zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<x/>']]), 'application/vnd.oasis.opendocument.text'],
    ['ods', zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<x/>']]), 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('recognises %s from its bytes', (_name, bytes, mime) => {
    expect(sniffFileType(bytes)?.mime).toBe(mime)
  })

  it.each([
    ['a Windows executable', EXE],
    ['SVG (script-capable XML)', SVG],
    ['HTML', HTML],
    ['plain XML', Buffer.from('<?xml version="1.0"?><root/>')],
    ['a macro-enabled workbook', zip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<w/>'], ['xl/vbaProject.bin', 'x']])],
    ['a bare ZIP', zip([['readme.txt', 'hello']])],
    ['an OpenDocument template', zip([['mimetype', 'application/vnd.oasis.opendocument.text-template']])],
    ['deflated garbage', deflateRawSync(Buffer.from('hello'))],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffFileType(bytes)).toBeNull()
  })
})

describe('checkUpload', () => {
  it('refuses an executable renamed to .pdf (the name is never consulted)', () => {
    const result = checkUpload(EXE, 'document')
    expect(result.ok).toBe(false)
    expect(result.problem).toEqual({ code: 'unsupported-type', expected: 'document' })
  })

  it('refuses a PDF uploaded as an image and a PNG uploaded as a document', () => {
    expect(checkUpload(PDF, 'image').ok).toBe(false)
    expect(checkUpload(PNG, 'document').ok).toBe(false)
  })

  it('refuses empty and oversized files', () => {
    expect(checkUpload(new Uint8Array(0), 'document').problem?.code).toBe('empty')
    const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)])
    expect(checkUpload(big, 'image').problem).toEqual({ code: 'too-large', limitBytes: 10 * 1024 * 1024 })
  })

  it('explains the problem in the editor’s language', () => {
    expect(uploadProblemMessage({ code: 'unsupported-type', expected: 'image' }, 'vi')).toMatch(/SVG không được chấp nhận/)
    expect(uploadProblemMessage({ code: 'too-large', limitBytes: 10 * 1024 * 1024 }, 'en')).toBe('The file is too large: 10 MB at most.')
  })
})
