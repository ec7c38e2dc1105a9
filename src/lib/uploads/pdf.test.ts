import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { findPdfActiveContent } from './pdf'
import { pdfWith, streamObject } from './testPdf'

const objStm = (objects: string, dict = '/Filter /FlateDecode', raw = false) =>
  streamObject(`/Type /ObjStm /N 1 /First 4 ${dict}`, raw ? Buffer.from(`6 0 ${objects}`) : deflateSync(Buffer.from(`6 0 ${objects}`)))

describe('findPdfActiveContent', () => {
  it.each([
    ['a plain one-page PDF', pdfWith(), []],
    ['an /OpenAction that only opens page 1', pdfWith({ catalog: '/OpenAction [3 0 R /Fit]' }), []],
    ['a link to a web page (/URI)', pdfWith({ extra: ['<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://hatinh.gov.vn) >> >>'] }), []],
    // Compressed data that happens to hold "/JS " must not count: stream bodies are skipped.
    ['binary image data containing "/JS"', pdfWith({ extra: [streamObject('/Type /XObject /Subtype /Image /Filter /DCTDecode', Buffer.from('\xff\xd8 /JS /Launch \x00\xff', 'latin1'))] }), []],
    ['a document-level JavaScript name tree', pdfWith({ catalog: '/Names << /JavaScript 6 0 R >>' }), ['script']],
    ['an /OpenAction running JavaScript', pdfWith({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>' }), ['script']],
    ['/AA additional actions with /JS', pdfWith({ extra: ['<< /Type /Annot /Subtype /Widget /AA << /E << /S /JavaScript /JS 9 0 R >> >> >>'] }), ['script']],
    ['a #-escaped name (/J#61vaScript)', pdfWith({ catalog: '/OpenAction << /S /J#61vaScript /J#53 (x) >>' }), ['script']],
    ['an XFA form', pdfWith({ catalog: '/AcroForm << /XFA 7 0 R >>' }), ['script']],
    ['a /Launch action', pdfWith({ catalog: '/OpenAction << /S /Launch /F (cmd.exe) >>' }), ['launch']],
    ['an embedded file', pdfWith({ catalog: '/Names << /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>', extra: [streamObject('/Type /EmbeddedFile', Buffer.from('MZ'))] }), ['embedded']],
    ['rich media', pdfWith({ extra: ['<< /Type /Annot /Subtype /RichMedia >>'] }), ['embedded']],
    ['JavaScript inside a compressed object stream', pdfWith({ extra: [objStm('<< /S /JavaScript /JS (app.alert\\(1\\)) >>')] }), ['script']],
    ['a launch action in an uncompressed object stream', pdfWith({ extra: [objStm('<< /S /Launch /F (x) >>', '', true)] }), ['launch']],
    ['a clean compressed object stream', pdfWith({ extra: [objStm('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>')] }), []],
    ['an object stream with a filter that cannot be decoded here', pdfWith({ extra: [objStm('<< /S /JavaScript >>', '/Filter /LZWDecode')] }), ['unreadable']],
    ['an object stream that is not valid deflate (e.g. encrypted)', pdfWith({ extra: [streamObject('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', Buffer.from('not zlib at all'))] }), ['unreadable']],
  ])('%s → %j', (_name, pdf, expected) => {
    expect(findPdfActiveContent(pdf).sort()).toEqual([...expected].sort())
  })
})
