import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMPTY_ASK, type AskValues } from '@/domain/questions'
import { submitQuestion, type AskSubmission } from '@/lib/questions/submit'
import { pdfWith } from '@/lib/uploads/testPdf'
import { bootSignedIn, type SignedIn } from './helpers/signedIn'

/**
 * Questions end to end through the real REST handlers: the ask service (public-write path), the
 * coordinator's steps, the assigned agency's answer through the workflow, and the asker's personal
 * data readable by nobody but the coordinator and the assigned agency (list, by id, where-queries,
 * versions, the public answer).
 */
let s: SignedIn
const LENIENT = { name: 'question-test', rules: [{ by: ['address'] as const, points: 1000, duration: 3600 }] }
const FIELDS = ['investment', 'land', 'labour']
const EMAIL = 'chu.doanh.nghiep@example.vn'
const PHONE = '0912 345 678'

const values = (over: Partial<AskValues> = {}): AskValues => ({
  ...EMPTY_ASK,
  askerKind: 'business',
  name: 'Trần Thị Bình',
  organisation: 'Công ty TNHH Hồng Lĩnh',
  registrationNumber: '3001234567',
  email: EMAIL,
  phone: PHONE,
  field: 'investment',
  title: 'Thủ tục cấp giấy chứng nhận đăng ký đầu tư',
  question: 'Doanh nghiệp cần những giấy tờ gì?',
  consent: true,
  ...over,
})
const ask = (over: Partial<AskSubmission> = {}) =>
  submitQuestion(s.t.payload, { locale: 'vi', clientAddress: '203.0.113.7', values: values(), honeypot: '', files: [], fields: FIELDS, ...over }, LENIENT)

async function idOfCode(code: string): Promise<number> {
  const found = await s.t.payload.find({ collection: 'questions', where: { code: { equals: code } }, overrideAccess: true, depth: 0 })
  return found.docs[0]!.id
}

beforeAll(async () => {
  s = await bootSignedIn('questions')
}, 120_000)
afterAll(async () => s?.t.cleanup())

describe('the ask service (public-write path)', () => {
  it('refuses a bad registration number with its field, then accepts the corrected one with a code', async () => {
    const bad = await ask({ values: values({ registrationNumber: '30012345' }) })
    expect(bad).toEqual({ kind: 'invalid', errors: [{ field: 'registrationNumber', code: 'registrationNumberInvalid' }] })
    const good = await ask({ values: values({ registrationNumber: '3001234567-001' }) })
    expect(good.kind).toBe('done')
    const code = good.kind === 'done' ? good.result.code : ''
    expect(code).toMatch(/^HD-\d{4}-[2-9A-HJKMNP-Z]{6}$/)
    const stored = await s.t.payload.findByID({ collection: 'questions', id: await idOfCode(code), overrideAccess: true, showHiddenFields: true })
    expect(stored).toMatchObject({ state: 'received', registrationNumber: '3001234567-001', publicAsker: 'Công ty TNHH Hồng Lĩnh', askerName: 'Trần Thị Bình' })
    expect(stored.followToken).toMatch(/^[0-9a-f]{48}$/)
    expect(stored.dueOn).toBeTruthy()
  })

  it('needs a contact, a known field and agency; the honeypot stores nothing', async () => {
    const r = await ask({ values: values({ email: '', phone: '', field: 'astrology', agency: '999999' }) })
    expect(r.kind === 'invalid' && r.errors.map((e) => e.code)).toEqual(['contactRequired', 'fieldRequired', 'agencyUnknown'])
    const before = (await s.t.payload.count({ collection: 'questions', overrideAccess: true })).totalDocs
    expect((await ask({ honeypot: 'http://spam' })).kind).toBe('spam')
    expect((await s.t.payload.count({ collection: 'questions', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('sniffs attachments: a renamed executable is refused, a PDF is stored privately', async () => {
    const exe = await ask({ files: [{ name: 'ho-so.pdf', bytes: new Uint8Array(Buffer.from('MZ\x90\x00 this is not a pdf')) }] })
    expect(exe.kind === 'invalid' && exe.errors[0]).toMatchObject({ field: 'attachments', code: 'fileRefused', file: 'ho-so.pdf' })
    const ok = await ask({ files: [{ name: 'giay-phep.pdf', bytes: new Uint8Array(pdfWith()) }] })
    expect(ok.kind).toBe('done')
    const id = await idOfCode(ok.kind === 'done' ? ok.result.code : '')
    const q = await s.t.payload.findByID({ collection: 'questions', id, overrideAccess: true, depth: 0 })
    expect(q.attachments).toHaveLength(1)
    // Nobody outside the handling staff lists the asker's files.
    const anon = await s.api.request('GET', '/api/question-attachments')
    expect(anon.status === 403 || (anon.body.docs as unknown[]).length === 0).toBe(true)
    const editorB = await s.api.request('GET', '/api/question-attachments', { token: s.tokens.editorB })
    expect(editorB.status === 403 || (editorB.body.docs as unknown[]).length === 0).toBe(true)
  })
})

describe('the life of a question, and who reads the asker’s data', () => {
  let id: number
  let answerId: number

  beforeAll(async () => {
    const r = await ask({ values: values({ title: 'Ưu đãi thuế cho dự án công nghệ cao' }) })
    id = await idOfCode(r.kind === 'done' ? r.result.code : '')
  })

  const move = (token: string, body: Record<string, unknown>) => s.api.request('POST', `/api/questions/${id}/move`, { token, json: body, headers: { 'Accept-Language': 'vi' } })

  it('before assignment only the coordinator reads the question at all', async () => {
    expect((await s.api.request('GET', `/api/questions/${id}`)).status).toBe(403)
    for (const role of ['editorA', 'publisherA', 'editorB'] as const) {
      expect((await s.api.request('GET', `/api/questions/${id}`, { token: s.tokens[role] })).status).toBe(404)
    }
    const admin = await s.api.request('GET', `/api/questions/${id}`, { token: s.tokens.admin })
    expect(admin.body).toMatchObject({ email: EMAIL, phone: PHONE, askerName: 'Trần Thị Bình' })
    expect(admin.body.followToken).toBeUndefined()
  })

  it('an agency cannot screen; the coordinator accepts and assigns (a missing agency is refused in Vietnamese)', async () => {
    expect((await move(s.tokens.publisherA, { action: 'accept' })).status).toBe(404)
    expect((await move(s.tokens.admin, { action: 'accept' })).status).toBe(200)
    const noAgency = await move(s.tokens.admin, { action: 'assign' })
    expect(noAgency.status).toBe(400)
    expect(noAgency.body.error).toBe('Chọn cơ quan trả lời.')
    const assigned = await move(s.tokens.admin, { action: 'assign', agency: s.f.agencyA })
    expect(assigned.status).toBe(200)
    expect(assigned.body.state).toBe('assigned')
    const q = await s.t.payload.findByID({ collection: 'questions', id, overrideAccess: true, depth: 0 })
    answerId = q.answer as number
    expect(answerId).toBeTruthy()
    const steps = await s.t.payload.find({ collection: 'audit-log', where: { and: [{ documentId: { equals: String(id) } }, { action: { equals: 'caseStep' } }] }, overrideAccess: true })
    expect(steps.docs.map((d) => d.comment)).toEqual(expect.arrayContaining(['accept', 'assign']))
  })

  it('the assigned agency reads the contact; another agency, a translator and the public do not — by id, list or where', async () => {
    const a = await s.api.request('GET', `/api/questions/${id}`, { token: s.tokens.editorA })
    expect(a.body).toMatchObject({ email: EMAIL, phone: PHONE })
    expect((await s.api.request('GET', `/api/questions/${id}`, { token: s.tokens.editorB })).status).toBe(404)
    expect([403, 404]).toContain((await s.api.request('GET', `/api/questions/${id}`, { token: s.tokens.translatorA })).status)
    for (const token of [s.tokens.editorB, s.tokens.translatorA, undefined]) {
      const list = await s.api.request('GET', `/api/questions?where[email][equals]=${encodeURIComponent(EMAIL)}`, { token })
      expect(JSON.stringify(list.body)).not.toContain(EMAIL)
      const byPhone = await s.api.request('GET', `/api/questions?where[phone][like]=0912`, { token })
      expect(JSON.stringify(byPhone.body)).not.toContain(PHONE)
    }
    const versions = await s.api.request('GET', '/api/questions/versions', { token: s.tokens.editorB })
    expect(JSON.stringify(versions.body)).not.toContain(EMAIL)
  })

  it('nobody writes the case through the API, not even its agency', async () => {
    const patch = await s.api.request('PATCH', `/api/questions/${id}`, { token: s.tokens.publisherA, json: { state: 'answered', email: 'x@y.vn' } })
    expect(patch.status).toBe(403)
    const create = await s.api.request('POST', '/api/questions', { token: s.tokens.admin, json: { code: 'HD-2026-AAAAAA', title: 'x' } })
    expect(create.status).toBe(403)
  })

  it('editor drafts, publisher publishes: the question is answered, the public answer carries no personal data', async () => {
    expect([403, 404]).toContain((await s.api.request('GET', `/api/question-answers/${answerId}`)).status)
    const draft = await s.api.request('PATCH', `/api/question-answers/${answerId}?draft=true&locale=vi`, { token: s.tokens.editorA, json: { workflowState: 'submitted' } })
    expect(draft.status).toBe(200)
    const pub = await s.api.request('PATCH', `/api/question-answers/${answerId}?locale=vi`, { token: s.tokens.publisherA, json: { _status: 'published' } })
    expect(pub.status).toBe(200)
    const q = await s.t.payload.findByID({ collection: 'questions', id, overrideAccess: true, depth: 0 })
    expect(q.state).toBe('answered')
    const pubAnswer = await s.api.request('GET', `/api/question-answers/${answerId}?depth=2`)
    expect(pubAnswer.status).toBe(200)
    expect(pubAnswer.body).toMatchObject({ publicAsker: 'Công ty TNHH Hồng Lĩnh', daysTaken: 0, onTime: true })
    expect(pubAnswer.body.question).toBeUndefined()
    const everything = JSON.stringify((await s.api.request('GET', '/api/question-answers?depth=2&limit=100')).body)
    for (const secret of [EMAIL, PHONE, 'Trần Thị Bình', '3001234567']) expect(everything).not.toContain(secret)
    const versions = await s.api.request('GET', '/api/question-answers/versions?depth=2')
    expect(JSON.stringify(versions.body)).not.toContain(EMAIL)
  })

  it('a finished question has no more steps', async () => {
    const r = await move(s.tokens.admin, { action: 'reassign', agency: s.f.agencyB, reason: 'x' })
    expect(r.status).toBe(400)
    expect(r.body.error).toMatch(/bước khác/)
  })
})

describe('reassignment and the private answer', () => {
  it('moves the case and its draft answer; the old agency loses sight; the publisher answers privately with a reason', async () => {
    const r = await ask({ values: values({ askerKind: 'citizen', organisation: '', registrationNumber: '', title: 'Hỏi về tranh chấp đất của gia đình' }) })
    const id = await idOfCode(r.kind === 'done' ? r.result.code : '')
    const move = (token: string, body: Record<string, unknown>) => s.api.request('POST', `/api/questions/${id}/move`, { token, json: body })
    await move(s.tokens.admin, { action: 'accept' })
    await move(s.tokens.admin, { action: 'assign', agency: s.f.agencyA })
    expect((await move(s.tokens.admin, { action: 'reassign', agency: s.f.agencyA, reason: 'x' })).status).toBe(400)
    expect((await move(s.tokens.admin, { action: 'reassign', agency: s.f.agencyB, reason: 'Thuộc thẩm quyền Sở B' })).status).toBe(200)
    expect((await s.api.request('GET', `/api/questions/${id}`, { token: s.tokens.editorA })).status).toBe(404)
    const q = await s.t.payload.findByID({ collection: 'questions', id, overrideAccess: true, depth: 0 })
    const answer = await s.t.payload.findByID({ collection: 'question-answers', id: q.answer as number, overrideAccess: true, draft: true, depth: 0 })
    expect(answer.agency).toBe(s.f.agencyB)
    expect(answer.publicAsker).toBe('T.T.B.')
    // An editor may not answer privately; the publisher must give the answer and a reason.
    expect((await move(s.tokens.editorB, { action: 'answerPrivately', answerText: 'x', reason: 'y' })).status).toBe(403)
    expect((await move(s.tokens.publisherB, { action: 'answerPrivately', answerText: 'Kính gửi ông/bà…' })).status).toBe(400)
    expect((await move(s.tokens.publisherB, { action: 'answerPrivately', answerText: 'Kính gửi ông/bà…', reason: 'Việc riêng của gia đình' })).status).toBe(200)
    const done = await s.t.payload.findByID({ collection: 'questions', id, overrideAccess: true, depth: 0 })
    expect(done.state).toBe('answeredPrivately')
  })
})

describe('deadline reminders', () => {
  it('e-mails once per deadline, to the coordinators before assignment and to the agency after', async () => {
    const { sendQuestionReminders } = await import('@/collections/Questions/reminders')
    const r = await ask({ values: values({ title: 'Câu hỏi sắp đến hạn' }) })
    const id = await idOfCode(r.kind === 'done' ? r.result.code : '')
    const q = await s.t.payload.findByID({ collection: 'questions', id, overrideAccess: true, depth: 0 })
    const sent: { to: string; subject: string }[] = []
    const original = s.t.payload.sendEmail
    s.t.payload.sendEmail = (async (m: { to: string; subject: string }) => void sent.push(m)) as typeof original
    try {
      // The day of the deadline: due soon.
      await sendQuestionReminders(s.t.payload, new Date(`${String(q.dueOn).slice(0, 10)}T03:00:00Z`))
      const mine = sent.filter((m) => m.subject.includes(q.code))
      expect(mine).toHaveLength(1)
      expect(mine[0]!.to).toContain('admin@test.vn')
      // Not twice for the same deadline.
      await sendQuestionReminders(s.t.payload, new Date(`${String(q.dueOn).slice(0, 10)}T04:00:00Z`))
      expect(sent.filter((m) => m.subject.includes(q.code))).toHaveLength(1)
    } finally {
      s.t.payload.sendEmail = original
    }
  })
})
