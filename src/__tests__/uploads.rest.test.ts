import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildXlsx } from '@/domain/budget/test-utils'
import { pdfWith } from '@/lib/uploads/testPdf'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * Uploads through the real REST handlers with real tokens, with production semantics: NODE_ENV is
 * `production` while Payload boots and runs (the schema comes from the migrations, as in
 * production, and Payload hides every error message that is not public), so each refusal's text
 * asserted below is what an editor reads in the admin of the production server.
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let token: string
/** comment-attachments are created by the system (the comment form) or an admin only. */
let adminToken: string
const env = { NODE_ENV: process.env.NODE_ENV, PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL }

beforeAll(async () => {
  Object.assign(process.env, { NODE_ENV: 'production', PAYLOAD_LOG_LEVEL: 'fatal' })
  t = await bootPayload('uploads')
  expect(t.config.debug).toBeFalsy()
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  token = await api.login(f.users.editorA.email, PASSWORD)
  adminToken = await api.login(f.users.admin.email, PASSWORD)
})
afterAll(async () => {
  await t?.cleanup()
  Object.assign(process.env, env)
})

function form(fields: Record<string, string | number>, file: { name: string; type: string; bytes: Uint8Array }) {
  const fd = new FormData()
  fd.append('_payload', JSON.stringify(fields))
  fd.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name)
  return fd
}

const upload = (collection: string, name: string, type: string, bytes: Uint8Array, headers: Record<string, string> = {}) => {
  const fields: Record<string, string | number> = { agency: String(f.agencyA) }
  if (collection === 'media') fields.alt = 'Ảnh'
  if (collection === 'attachments') fields.title = 'Tài liệu'
  if (collection === 'comment-attachments') fields.agency = Number(f.agencyA)
  return api.request('POST', `/api/${collection}?locale=vi`, { token: collection === 'comment-attachments' ? adminToken : token, headers, form: form(fields, { name, type, bytes }) })
}

/** GET /api/{collection}/file/{name} as Next.js calls the route: the URL encoded, the params decoded. */
async function serveFile(collection: string, filename: string): Promise<Response> {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const url = `http://localhost:3000/api/${collection}/file/${encodeURIComponent(filename)}`
  return REST_GET(Promise.resolve(t.config))(new Request(url), { params: Promise.resolve({ slug: [collection, 'file', filename] }) })
}

const errorText = (body: Record<string, unknown>) => ((body.errors as { message: string }[] | undefined) ?? []).map((e) => e.message).join(' | ')

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(300).fill(0)])
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
const HTML = new TextEncoder().encode('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
const BIG_IMAGE = Buffer.concat([PNG_1x1, Buffer.alloc(11 * 1024 * 1024)])
const DAMAGED_PNG = PNG_1x1.subarray(0, 20)
const OLD_DOC = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])
const PDF_JS = pdfWith({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>' })
const PDF_LAUNCH = pdfWith({ catalog: '/OpenAction << /S /Launch /F (C:\\\\Windows\\\\System32\\\\cmd.exe) >>' })
const PDF_EMBEDDED = pdfWith({ catalog: '/Names << /EmbeddedFiles << /Names [(hoa-don.exe) 6 0 R] >> >>' })
const FORMULA_XLSX = buildXlsx([
  ['TT', 'Nội dung', 'Năm 2018'],
  ['1', 'A', 5],
  [null, 'Tổng', { formula: 'SUM(C2:C2)', value: 5 }],
])

// [what, collection, name sent, type claimed, bytes, status, Vietnamese text, English text]
const REFUSALS: [string, string, string, string, Uint8Array, number, RegExp, RegExp][] = [
  ['an executable renamed to .pdf', 'attachments', 'quyet-dinh.pdf', 'application/pdf', EXE, 400, /^Tệp chương trình \(có thể chạy được\) không được chấp nhận\. Chỉ nhận tài liệu PDF, DOCX, XLSX, ODT hoặc ODS/, /^Programs \(executable files\) are not accepted\. Only PDF, DOCX, XLSX, ODT or ODS documents are accepted/],
  ['SVG as an image', 'media', 'logo.png', 'image/png', SVG, 400, /^Ảnh SVG không được chấp nhận vì có thể chứa mã chạy trong trình duyệt\. Chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP/, /^SVG images are not accepted: they can carry scripts that run in the browser\. Only PNG, JPEG, GIF or WebP/],
  ['HTML as an image', 'media', 'anh.jpg', 'image/jpeg', HTML, 400, /^Tệp HTML\/XML không được chấp nhận/, /^HTML and XML files are not accepted/],
  ['an image over 10 MB', 'media', 'anh.png', 'image/png', BIG_IMAGE, 413, /^Tệp quá lớn: tối đa 10 MB\.$/, /^The file is too large: 10 MB at most\.$/],
  ['a damaged image', 'media', 'anh.png', 'image/png', DAMAGED_PNG, 400, /^Tệp ảnh bị hỏng hoặc không đọc được\.$/, /^The image file is damaged or cannot be read\.$/],
  ['a PNG as a document', 'attachments', 'anh.pdf', 'application/pdf', PNG_1x1, 400, /^Chỉ nhận tài liệu PDF, DOCX, XLSX, ODT hoặc ODS/, /^Only PDF, DOCX, XLSX, ODT or ODS documents are accepted/],
  ['an old Word .doc', 'attachments', 'cong-van.doc', 'application/msword', OLD_DOC, 400, /^Định dạng Office cũ \(\.doc, \.xls, \.ppt\) không được chấp nhận/, /^Old Office formats \(\.doc, \.xls, \.ppt\) are not accepted/],
  ['a PDF with JavaScript', 'attachments', 'nghi-quyet.pdf', 'application/pdf', PDF_JS, 400, /^Tệp PDF chứa mã JavaScript/, /^The PDF contains JavaScript/],
  ['a PDF with a /Launch action', 'attachments', 'nghi-quyet.pdf', 'application/pdf', PDF_LAUNCH, 400, /^Tệp PDF chứa lệnh mở chương trình hoặc tệp khác \(Launch\)/, /^The PDF contains an action that starts a program or opens another file \(Launch\)/],
  ['a PDF with an embedded file', 'attachments', 'nghi-quyet.pdf', 'application/pdf', PDF_EMBEDDED, 400, /^Tệp PDF có tệp đính kèm nhúng/, /^The PDF carries embedded files/],
  ['a PDF with JavaScript, as a comment attachment', 'comment-attachments', 'y-kien.pdf', 'application/pdf', PDF_JS, 400, /^Tệp PDF chứa mã JavaScript/, /^The PDF contains JavaScript/],
  ['a PDF with a /Launch action, as a comment attachment', 'comment-attachments', 'y-kien.pdf', 'application/pdf', PDF_LAUNCH, 400, /^Tệp PDF chứa lệnh mở chương trình hoặc tệp khác \(Launch\)/, /^The PDF contains an action that starts a program or opens another file \(Launch\)/],
  ['a table with a formula', 'budget-table-files', 'bang.xlsx', 'application/octet-stream', FORMULA_XLSX, 400, /^Bảng chứa công thức \(ô C3\)/, /^The table contains a formula \(cell C3\)/],
]

describe('upload refusals reach the editor in their admin language, in production', () => {
  it.each(REFUSALS)('%s', async (_what, collection, name, type, bytes, status, vi, en) => {
    const before = (await t.payload.count({ collection: collection as 'media', overrideAccess: true })).totalDocs
    // The admin sends its language as Accept-Language; the payload-lng cookie (language chosen
    // in the account settings) wins over it.
    const inVi = await upload(collection, name, type, bytes, { 'Accept-Language': 'vi' })
    const inEn = await upload(collection, name, type, bytes, { 'Accept-Language': 'en' })
    const byCookie = await upload(collection, name, type, bytes, { 'Accept-Language': 'vi', Cookie: 'payload-lng=en' })
    for (const res of [inVi, inEn, byCookie]) {
      expect(res.status, JSON.stringify(res.body)).toBe(status)
      expect(errorText(res.body)).not.toMatch(/Something went wrong|unknown error/i)
    }
    expect(errorText(inVi.body)).toMatch(vi)
    expect(errorText(inEn.body)).toMatch(en)
    expect(errorText(byCookie.body)).toMatch(en)
    // The same text at the top level: the admin shows it whole, in one toast.
    expect(inVi.body.message).toBe(errorText(inVi.body))
    expect(inEn.body.message).toBe(errorText(inEn.body))
    expect((await t.payload.count({ collection: collection as 'media', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('a file over the server-wide 50 MB limit is refused in the editor’s language, not Payload’s English', async () => {
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(51 * 1024 * 1024, 0x20)])
    const inVi = await upload('attachments', 'lon.pdf', 'application/pdf', huge, { 'Accept-Language': 'vi' })
    expect(inVi.status).toBe(413)
    expect(errorText(inVi.body)).toBe('Tệp quá lớn: tối đa 50 MB.')
    const inEn = await upload('attachments', 'lon.pdf', 'application/pdf', huge, { 'Accept-Language': 'en' })
    expect(errorText(inEn.body)).toBe('The file is too large: 50 MB at most.')
  })
})

describe('accepted uploads', () => {
  it('accepts a clean PDF, records the sniffed type and stores it under a safe name with .pdf', async () => {
    const res = await upload('attachments', '22/2016/NQ-HĐND.bin', 'application/octet-stream', pdfWith())
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc as { mimeType: string; filename: string; url: string }
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toMatch(/^(22-2016-)?NQ-HĐND\.pdf$/)
    const served = await serveFile('attachments', doc.filename)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('application/pdf')
  })

  it('a comment attachment sent as y-kien.html is stored as y-kien.pdf (question attachments: through the ask form, public-forms.rest.test.ts)', async () => {
    const res = await upload('comment-attachments', 'y-kien.html', 'text/html', pdfWith())
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc as { filename: string; mimeType: string }).toMatchObject({ filename: 'y-kien.pdf', mimeType: 'application/pdf' })
  })

  it('stores a PNG uploaded as x.html as x.png, served as image/png', async () => {
    const res = await upload('media', 'x.html', 'text/html', PNG_1x1)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc as { mimeType: string; filename: string }
    expect(doc.mimeType).toBe('image/png')
    expect(doc.filename).toBe('x.png')
    const served = await serveFile('media', 'x.png')
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
  })

  it('a budget table sent as tong-hop.exe is stored as tong-hop.xlsx', async () => {
    const xlsx = buildXlsx([
      ['TT', 'Nội dung', 'Năm 2018'],
      ['1', 'A', 5],
    ])
    const res = await upload('budget-table-files', 'tong-hop.exe', 'application/octet-stream', xlsx)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((res.body.doc as { filename: string }).filename).toBe('tong-hop.xlsx')
  })
})
