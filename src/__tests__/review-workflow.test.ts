import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { TestPayload } from './helpers/payload'
import { bootSignedIn } from './helpers/signedIn'
import type { Fixtures } from './helpers/fixtures'
import type { restClient } from './helpers/rest'

/**
 * The review workflow behind the admin's buttons, through the REST API the buttons
 * call: submit (and how many publishers were told), return with a comment the editor sees
 * (kept in the document's history and the audit log), resubmit, translator submit, publish.
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
let tokens: Record<string, string>
type Doc = Record<string, unknown>

beforeAll(async () => {
  ;({ t, f, api, tokens } = await bootSignedIn('review-workflow'))
})
afterAll(async () => t?.cleanup())

const auditOf = async (documentId: unknown) =>
  (
    await t.payload.find({
      collection: 'audit-log',
      where: { and: [{ documentId: { equals: String(documentId) } }, { targetCollection: { equals: 'news' } }] },
      sort: 'createdAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as Doc[]

const save = (role: string, id: unknown, json: Doc, locale = 'vi') =>
  api.request('PATCH', `/api/news/${id}?draft=true&locale=${locale}`, { token: tokens[role], json })

describe('submit → return with a comment → resubmit → publish', () => {
  let id: unknown

  it('a submission records how many publishers it was sent to', async () => {
    const created = await api.request('POST', '/api/news?draft=true&locale=vi', { token: tokens.editorA, json: { title: 'Thông báo tuyển dụng', agency: f.agencyA } })
    id = (created.body.doc as Doc).id
    const send = vi.spyOn(t.payload, 'sendEmail')
    const res = await save('editorA', id, { workflowState: 'submitted' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ workflowState: 'submitted', review: { notified: 1, comment: null } })
    expect(send).toHaveBeenCalledTimes(1)
    send.mockRestore()
  })

  it('nobody writes the review group directly', async () => {
    const res = await save('editorA', id, { review: { comment: 'tự duyệt', returnedBy: 'ai đó', notified: 99 } })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ review: { notified: 1, comment: null, returnedBy: null } })
  })

  it('an editor withdrawing a submission is not a return', async () => {
    const other = await api.request('POST', '/api/news?draft=true&locale=vi', { token: tokens.editorA, json: { title: 'Rút lại', agency: f.agencyA, workflowState: 'submitted' } })
    const oid = (other.body.doc as Doc).id
    const res = await save('editorA', oid, { workflowState: 'draft', review: { comment: 'không' } })
    expect(res.body.doc).toMatchObject({ workflowState: 'draft', review: { comment: null } })
    expect((await auditOf(oid)).map((e) => e.action)).not.toContain('returned')
  })

  it('a publisher must say why when returning', async () => {
    const res = await save('publisherA', id, { workflowState: 'draft', review: { comment: '   ' } })
    expect(res.status).toBe(400)
    expect((res.body.errors as { message: string }[])[0]!.message).toContain('nhận xét')
    const latest = await t.payload.findByID({ collection: 'news', id: id as number, draft: true, overrideAccess: true, depth: 0 })
    expect(latest.workflowState).toBe('submitted')
  })

  it('a publisher returns it with a comment: the editor sees it, the audit log keeps it', async () => {
    const res = await save('publisherA', id, { workflowState: 'draft', review: { comment: 'Bổ sung hạn nộp hồ sơ.' } })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ workflowState: 'draft', review: { comment: 'Bổ sung hạn nộp hồ sơ.', returnedBy: 'publisher.a@test.vn', returnedAt: expect.any(String) } })
    const editorView = await api.request('GET', `/api/news/${id}?draft=true&locale=vi&depth=0`, { token: tokens.editorA })
    expect(editorView.body).toMatchObject({ review: { comment: 'Bổ sung hạn nộp hồ sơ.' } })
    const last = (await auditOf(id)).at(-1)!
    expect(last).toMatchObject({ action: 'returned', user: f.users.publisherA.id, comment: 'Bổ sung hạn nộp hồ sơ.' })
  })

  it('an editor cannot return; the resubmission clears the comment but history keeps it', async () => {
    const resubmit = await save('editorA', id, { summary: 'Hạn nộp: 31/12', workflowState: 'submitted' })
    expect(resubmit.body.doc).toMatchObject({ workflowState: 'submitted', review: { comment: null, notified: 1 } })
    const versions = await t.payload.findVersions({ collection: 'news', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 10, overrideAccess: true, depth: 0 })
    expect(versions.docs.some((v) => v.version.review?.comment === 'Bổ sung hạn nộp hồ sơ.')).toBe(true)
    expect((await auditOf(id)).map((e) => e.action).slice(-2)).toEqual(['returned', 'submitted'])
  })

  it('a translator submits the English; the publisher publishes', async () => {
    const returned = await save('publisherA', id, { workflowState: 'draft', review: { comment: 'Chờ bản tiếng Anh' } })
    expect(returned.status).toBe(200)
    const en = await save('translatorA', id, { title: 'Recruitment notice', workflowState: 'submitted' }, 'en')
    expect(en.status).toBe(200)
    expect(en.body.doc).toMatchObject({ workflowState: 'submitted', review: { comment: null } })
    const pub = await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.publisherA, json: { _status: 'published' } })
    expect(pub.status).toBe(200)
    expect(pub.body.doc).toMatchObject({ _status: 'published', workflowState: 'published', review: { comment: null } })
  })
})

describe('restoring an old version', () => {
  it('an editor restores an old published version as a draft; the live page is untouched', async () => {
    const id = f.news.publishedA
    // A newer published version, so the original one is "old".
    expect((await api.request('PATCH', `/api/news/${id}?locale=vi`, { token: tokens.publisherA, json: { title: 'Tiêu đề mới', _status: 'published' } })).status).toBe(200)
    const versions = await t.payload.findVersions({ collection: 'news', where: { parent: { equals: id } }, sort: 'createdAt', limit: 50, overrideAccess: true, depth: 0, locale: 'vi' })
    const old = versions.docs.find((v) => v.version._status === 'published' && v.version.title !== 'Tiêu đề mới')!
    expect(old).toBeDefined()
    const res = await api.request('POST', `/api/news/versions/${old.id}?draft=true&locale=vi`, { token: tokens.editorA })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const latest = await t.payload.findByID({ collection: 'news', id, draft: true, locale: 'vi', overrideAccess: true, depth: 0 })
    expect(latest).toMatchObject({ _status: 'draft', title: old.version.title })
    const live = await t.payload.findByID({ collection: 'news', id, locale: 'vi', overrideAccess: true, depth: 0 })
    expect(live).toMatchObject({ _status: 'published', title: 'Tiêu đề mới' })
    // Restoring without `draft` would publish: still a publisher's act.
    expect((await api.request('POST', `/api/news/versions/${old.id}?locale=vi`, { token: tokens.editorA })).status).toBe(403)
  })
})
