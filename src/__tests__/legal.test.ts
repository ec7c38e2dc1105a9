import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richTextFromParagraphs } from '@/lib/richtext'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * News and legal documents: number → slug, publishedAt stamping, the public change log,
 * remembered old slugs, scheduled publishing through the job queue, trash/restore and the agency
 * boundary on legal documents.
 */
let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

beforeAll(async () => {
  t = await bootPayload('legal')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
})
afterAll(async () => t?.cleanup())

const legal = (number: string, extra: Record<string, unknown> = {}) =>
  t.payload.create({
    collection: 'legal-documents',
    data: { number, docType: 'decision', title: `Quyết định ${number}`, centralIssuer: 'chinh-phu', issueDate: '2020-01-01T00:00:00.000+07:00', agency: f.agencyA, _status: 'published', ...extra } as never,
    locale: 'vi',
    ...SYSTEM,
  })

describe('legal documents', () => {
  it('normalises the number and derives the slug from it', async () => {
    const doc = await legal(' 05 / 2020 / qđ – ubnd ')
    expect(doc.number).toBe('05/2020/QĐ-UBND')
    expect(doc.slug).toBe('05-2020-qd-ubnd')
    expect(doc.publishedAt).toBeTruthy()
  })

  it('refuses a second document with the same number', async () => {
    await expect(legal('05/2020/QĐ-UBND')).rejects.toThrow()
  })

  it('requires one issuer (agency or central body) and refuses a relation to itself', async () => {
    await expect(legal('06/2020/QĐ-UBND', { centralIssuer: null })).rejects.toThrow()
    const doc = await legal('07/2020/QĐ-UBND')
    await expect(
      t.payload.update({ collection: 'legal-documents', id: doc.id, data: { relations: [{ kind: 'amends', target: doc.id }] } as never, ...SYSTEM }),
    ).rejects.toThrow()
  })

  it('remembers the old slug when the number is corrected', async () => {
    const doc = await legal('08/2020/QĐ-UBND')
    const fixed = await t.payload.update({ collection: 'legal-documents', id: doc.id, data: { number: '09/2020/QĐ-UBND' } as never, locale: 'vi', ...SYSTEM })
    expect(fixed.slug).toBe('09-2020-qd-ubnd')
    expect((fixed.previousSlugs ?? []).map((p) => p.slug)).toEqual(['08-2020-qd-ubnd'])
    const moved = await t.payload.find({ collection: 'legal-documents', where: { 'previousSlugs.slug': { equals: '08-2020-qd-ubnd' } }, ...SYSTEM })
    expect(moved.docs.map((d) => d.id)).toEqual([doc.id])
  })

  it('may cite documents of other agencies (relations and news links are not narrowed to one agency)', async () => {
    const law = await legal('11/2020/QĐ-UBND')
    const other = await legal('12/2020/QĐ-UBND', { agency: f.agencyB, relations: [{ kind: 'legal-basis', target: law.id }] })
    expect(other.relations?.map((r) => (typeof r.target === 'object' ? r.target.id : r.target))).toEqual([law.id])
    const publisherB = await api.login(f.users.publisherB.email, PASSWORD)
    const news = await api.request('POST', '/api/news?locale=vi', {
      token: publisherB,
      json: { title: 'Tin B', slug: 'tin-b-lien-quan', agency: f.agencyB, relatedDocuments: [law.id], _status: 'published' },
    })
    expect(news.status, JSON.stringify(news.body)).toBe(201)
  })

  it('an editor of another agency cannot edit or delete it; its own publisher can', async () => {
    const doc = await legal('10/2020/QĐ-UBND')
    const editorB = await api.login(f.users.editorB.email, PASSWORD)
    const publisherA = await api.login(f.users.publisherA.email, PASSWORD)
    expect([403, 404]).toContain((await api.request('PATCH', `/api/legal-documents/${doc.id}`, { token: editorB, json: { title: 'x' } })).status)
    expect([403, 404]).toContain((await api.request('DELETE', `/api/legal-documents/${doc.id}`, { token: editorB })).status)
    const ok = await api.request('PATCH', `/api/legal-documents/${doc.id}?locale=vi`, { token: publisherA, json: { signer: 'Nguyễn Văn A' } })
    expect(ok.status).toBe(200)
  })
})

describe('publishing news', () => {
  it('stamps publishedAt on first publication only', async () => {
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'Tin nháp', slug: 'tin-nhap-stamp', agency: f.agencyA, _status: 'draft' } as never,
      draft: true,
      locale: 'vi',
      ...SYSTEM,
    })
    expect(draft.publishedAt ?? null).toBeNull()
    const published = await t.payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } as never, locale: 'vi', ...SYSTEM })
    expect(published.publishedAt).toBeTruthy()
    const again = await t.payload.update({ collection: 'news', id: draft.id, data: { summary: 'x', _status: 'published' } as never, locale: 'vi', ...SYSTEM })
    expect(again.publishedAt).toBe(published.publishedAt)
  })

  it('appends a material change to the public change log, not a minor one, and resets the choice', async () => {
    const id = f.news.publishedA
    const minor = await t.payload.update({ collection: 'news', id, data: { summary: 'Sửa lỗi chính tả', changeKind: 'minor', _status: 'published' } as never, locale: 'vi', ...SYSTEM })
    expect(minor.changeLog ?? []).toHaveLength(0)
    const material = await t.payload.update({
      collection: 'news',
      id,
      data: { body: richTextFromParagraphs(['Nội dung mới']), changeKind: 'material', changeNote: 'Bổ sung số liệu quý III', _status: 'published' } as never,
      locale: 'vi',
      ...SYSTEM,
    })
    expect(material.changeLog?.map((c) => c.note)).toEqual(['Bổ sung số liệu quý III'])
    expect(material.changeKind).toBe('minor')
    expect(material.changeNote ?? null).toBeNull()
    const later = await t.payload.update({ collection: 'news', id, data: { summary: 'x', _status: 'published' } as never, locale: 'vi', ...SYSTEM })
    expect(later.changeLog).toHaveLength(1)
  })

  it('refuses a material change without a note', async () => {
    await expect(
      t.payload.update({ collection: 'news', id: f.news.publishedA, data: { changeKind: 'material', changeNote: '', _status: 'published' } as never, locale: 'vi', ...SYSTEM }),
    ).rejects.toThrow()
  })

  it('a scheduled publish job publishes the draft when the queue runs', async () => {
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'Tin hẹn giờ', slug: 'tin-hen-gio', agency: f.agencyA, _status: 'draft' } as never,
      draft: true,
      locale: 'vi',
      ...SYSTEM,
    })
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: String(draft.id) } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    const before = await t.payload.findByID({ collection: 'news', id: draft.id, ...SYSTEM })
    expect(before._status).toBe('draft')
    await t.payload.jobs.run()
    const after = await t.payload.findByID({ collection: 'news', id: draft.id, ...SYSTEM })
    expect(after._status).toBe('published')
    expect(after.publishedAt).toBeTruthy()
    const anonymous = await api.request('GET', `/api/news?where[slug][equals]=tin-hen-gio`)
    expect((anonymous.body.docs as unknown[]).length).toBe(1)
  })

  it('a job scheduled for later does not publish yet', async () => {
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'Tin tuần sau', slug: 'tin-tuan-sau', agency: f.agencyA, _status: 'draft' } as never,
      draft: true,
      locale: 'vi',
      ...SYSTEM,
    })
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: String(draft.id) } },
      waitUntil: new Date(Date.now() + 7 * 86_400_000),
    } as never)
    await t.payload.jobs.run()
    expect((await t.payload.findByID({ collection: 'news', id: draft.id, ...SYSTEM }))._status).toBe('draft')
  })

  it('moves a deleted item to the trash, from where it can be restored', async () => {
    const doc = await t.payload.create({
      collection: 'news',
      data: { title: 'Tin sẽ xóa', slug: 'tin-se-xoa', agency: f.agencyA, _status: 'published' } as never,
      locale: 'vi',
      ...SYSTEM,
    })
    // The admin's "move to trash" is a PATCH setting deletedAt; only a publisher may do it.
    const editorA = await api.login(f.users.editorA.email, PASSWORD)
    const publisherA = await api.login(f.users.publisherA.email, PASSWORD)
    const trashAt = { deletedAt: new Date().toISOString() }
    expect((await api.request('PATCH', `/api/news/${doc.id}`, { token: editorA, json: trashAt })).status).toBe(403)
    expect((await api.request('PATCH', `/api/news/${doc.id}`, { token: publisherA, json: trashAt })).status).toBe(200)
    expect((await t.payload.find({ collection: 'news', where: { slug: { equals: 'tin-se-xoa' } }, ...SYSTEM })).totalDocs).toBe(0)
    const trashed = await t.payload.find({ collection: 'news', where: { slug: { equals: 'tin-se-xoa' } }, trash: true, ...SYSTEM })
    expect(trashed.docs[0]?.deletedAt).toBeTruthy()
    await t.payload.update({ collection: 'news', id: doc.id, data: { deletedAt: null } as never, trash: true, ...SYSTEM })
    expect((await t.payload.find({ collection: 'news', where: { slug: { equals: 'tin-se-xoa' } }, ...SYSTEM })).totalDocs).toBe(1)
  })
})
