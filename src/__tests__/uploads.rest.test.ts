import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simplePdf } from '@/seed/pdf'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let token: string

beforeAll(async () => {
  t = await bootPayload('uploads')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  token = await api.login(f.users.editorA.email, PASSWORD)
})
afterAll(async () => t?.cleanup())

function form(fields: Record<string, string>, file: { name: string; type: string; bytes: Uint8Array }) {
  const fd = new FormData()
  fd.append('_payload', JSON.stringify(fields))
  fd.append('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name)
  return fd
}

const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Array(300).fill(0)])
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
const PDF = new Uint8Array(simplePdf(['Nghi quyet 22/2016/NQ-HDND']))

describe('uploads through REST', () => {
  it('refuses an executable renamed to .pdf, with a localized message', async () => {
    const res = await api.request('POST', '/api/attachments', { token, form: form({ title: 'Quyết định', agency: String(f.agencyA) }, { name: 'quyet-dinh.pdf', type: 'application/pdf', bytes: EXE }) })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/PDF, DOCX, XLSX/)
    expect((await t.payload.count({ collection: 'attachments', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses SVG as an image', async () => {
    const res = await api.request('POST', '/api/media', { token, form: form({ alt: 'Logo', agency: String(f.agencyA) }, { name: 'logo.png', type: 'image/png', bytes: SVG }) })
    expect(res.status).toBe(400)
    expect((await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('accepts a real PDF and records the sniffed type', async () => {
    const res = await api.request('POST', '/api/attachments', { token, form: form({ title: 'Nghị quyết', agency: String(f.agencyA) }, { name: 'nghi-quyet.bin', type: 'application/octet-stream', bytes: PDF }) })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect((res.body.doc as { mimeType: string }).mimeType).toBe('application/pdf')
  })
})
