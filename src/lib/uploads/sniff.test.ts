import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { sniffFileType, sniffRefusedFormat } from './sniff'
import { pdfWith } from './testPdf'
import { checkUpload, uploadProblemMessage, type UploadProblem } from './validate'

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

describe('sniffRefusedFormat (the reason given to the editor)', () => {
  it.each([
    ['a Windows executable', EXE, 'executable'],
    ['an ELF binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'executable'],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'executable'],
    ['SVG with an XML prolog', SVG, 'svg'],
    ['bare SVG after a BOM and blanks', Buffer.from('\ufeff  <svg onload="alert(1)"/>'), 'svg'],
    ['HTML', HTML, 'markup'],
    ['upper-case HTML', Buffer.from('<HTML><BODY onload=alert(1)>'), 'markup'],
    ['plain XML', Buffer.from('<?xml version="1.0"?><root/>'), 'markup'],
    ['a macro-enabled workbook', zip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<w/>'], ['xl/vbaProject.bin', 'x']]), 'macro'],
    ['a document with an embedded OLE program', zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w/>'], ['word/embeddings/oleObject1.bin', 'MZ']]), 'macro'],
    ['an old .doc/.xls (OLE)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy-office'],
    ['plain text', Buffer.from('hello'), null],
    ['a PNG', PNG, null],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(sniffRefusedFormat(bytes)).toBe(expected)
  })
})

describe('checkUpload', () => {
  it('refuses PDFs with JavaScript, launch actions or embedded files, accepts a clean one', () => {
    expect(checkUpload(pdfWith(), 'document')).toMatchObject({ ok: true, type: { mime: 'application/pdf' } })
    expect(checkUpload(pdfWith({ catalog: '/OpenAction << /S /JavaScript /JS (x) >>' }), 'document').problem).toEqual({ code: 'pdf-script' })
    expect(checkUpload(pdfWith({ catalog: '/OpenAction << /S /Launch /F (cmd.exe) >>' }), 'document').problem).toEqual({ code: 'pdf-launch' })
    expect(checkUpload(pdfWith({ catalog: '/Names << /EmbeddedFiles 6 0 R >>' }), 'document').problem).toEqual({ code: 'pdf-embedded' })
  })

  it('refuses an executable renamed to .pdf (the name is never consulted)', () => {
    const result = checkUpload(EXE, 'document')
    expect(result.ok).toBe(false)
    expect(result.problem).toEqual({ code: 'executable', expected: 'document' })
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

  const problems: UploadProblem[] = [
    { code: 'empty' },
    { code: 'too-large', limitBytes: 10 * 1024 * 1024 },
    { code: 'unsupported-type', expected: 'document' },
    { code: 'svg', expected: 'image' },
    { code: 'markup', expected: 'image' },
    { code: 'executable', expected: 'document' },
    { code: 'macro', expected: 'document' },
    { code: 'legacy-office', expected: 'document' },
    { code: 'pdf-script' },
    { code: 'pdf-launch' },
    { code: 'pdf-embedded' },
    { code: 'pdf-unreadable' },
    { code: 'damaged-image' },
    { code: 'too-many-pixels', limitPixels: 50_000_000 },
    { code: 'unreadable' },
  ]
  it.each(problems)('explains $code in both languages, differently, without raw keys', (problem) => {
    const vi = uploadProblemMessage(problem, 'vi')
    const en = uploadProblemMessage(problem, 'en')
    for (const m of [vi, en]) expect(m).not.toMatch(/uploads\.|\{\{/)
    expect(vi).not.toBe(en)
    expect(uploadProblemMessage(problem, undefined)).toBe(vi)
  })

  it('explains the problem in the editor’s language', () => {
    expect(uploadProblemMessage({ code: 'svg', expected: 'image' }, 'en')).toMatch(/^SVG images are not accepted.*Only PNG, JPEG, GIF or WebP/)
    expect(uploadProblemMessage({ code: 'unsupported-type', expected: 'image' }, 'vi')).toMatch(/SVG không được chấp nhận/)
    expect(uploadProblemMessage({ code: 'too-large', limitBytes: 10 * 1024 * 1024 }, 'en')).toBe('The file is too large: 10 MB at most.')
  })
})
