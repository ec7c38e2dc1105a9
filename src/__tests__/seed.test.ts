import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findDocs } from '@/domain/legal'
import { checkHealth } from '@/lib/health'
import { seed } from '@/seed'
import { SEED_AGENCIES } from '@/seed/agencies'
import { SEED_USERS } from '@/seed/users'
import { bootPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await bootPayload('seed')
})
afterAll(async () => t?.cleanup())

describe('demo seed', () => {
  it('loads agencies, users and bilingual news, and is idempotent', async () => {
    await seed(t.payload)
    await seed(t.payload)
    const { payload } = t
    expect((await payload.count({ collection: 'agencies', overrideAccess: true })).totalDocs).toBe(SEED_AGENCIES.length)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(SEED_USERS.length)
    const news = await payload.find({ collection: 'news', locale: 'en', fallbackLocale: false, overrideAccess: false, where: { title: { exists: true } } })
    expect(news.totalDocs).toBeGreaterThan(0)
    const dost = await payload.find({ collection: 'agencies', where: { 'domains.domain': { equals: 'sokhcn.hatinh.gov.vn' } }, overrideAccess: false })
    expect(dost.docs[0]?.slug).toBe('so-khoa-hoc-va-cong-nghe')
    // Two demo information requests, once each: one provided on time, one extended.
    const requests = await payload.find({ collection: 'information-requests', where: { code: { like: 'TT-2026-DEM' } }, overrideAccess: true, sort: 'code' })
    expect(requests.docs.map((r) => [r.state, r.onTime ?? null, r.extensionDays])).toEqual([
      ['provided', true, 0],
      ['extended', null, 10],
    ])
  }, 300_000) // the full demo seed, twice, on a loaded 2-core machine

  it('seeds the province satisfaction survey once, in both languages, with results to show', async () => {
    const { readSurvey, readSurveyResults } = await import('@/data/surveys')
    const payload = t.payload
    expect((await payload.count({ collection: 'surveys', overrideAccess: true })).totalDocs).toBe(1)
    const en = await readSurvey(payload, 'en', 'khao-sat-hai-long-tiep-can-thong-tin')
    expect(en?.title?.lang).toBe('en')
    expect(en?.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'scale', 'scale', 'single', 'text'])
    expect(Object.values(en!.langs)).toEqual(Array(6).fill('en'))
    const results = await readSurveyResults(payload, en!)
    // Eight demo responses after two seed runs: the demo keys keep it idempotent.
    expect(results.responses).toBe(8)
    expect(results.questions[0]!.rows.map((r) => r.count)).toEqual([4, 3, 1])
  })

  it('flags agencies whose legally required English is missing', async () => {
    const [full] = (await t.payload.find({ collection: 'agencies', where: { slug: { equals: 'so-khoa-hoc-va-cong-nghe' } }, overrideAccess: true })).docs
    expect(full?.englishGaps ?? []).toEqual([])
    const [bare] = (await t.payload.find({ collection: 'agencies', where: { slug: { equals: 'xa-thach-ha' } }, overrideAccess: true })).docs
    expect(bare?.englishGaps).toEqual(expect.arrayContaining(['name', 'introduction', 'functions', 'address']))
  })

  it('the issuer facet has no duplicates on the demo data, and names every issuer in English on /en', async () => {
    // Imported here: src/data loads the Payload config, which must see this test's DATABASE_URL.
    const { readLegalIndex } = await import('@/data/legal')
    const docs = await readLegalIndex(t.payload)
    expect(docs.length).toBeGreaterThan(10)
    // Every document has its one issuer.
    expect(docs.filter((d) => !d.issuer).map((d) => d.number)).toEqual([])
    const rows = docs.map((d) => ({ id: d.id, docType: d.docType, issuer: d.issuer!.key, fields: d.fields, issueDate: d.issueDate, status: 'in-force' as const }))
    const facet = findDocs(rows, { filters: {}, sort: 'newest', page: 1 }).facets.issuer
    const names = facet.map((v) => docs.find((d) => d.issuer!.key === v.value)!.issuer!.name)
    // One value per body: no name is counted under two keys, in either language.
    expect(new Set(names.map((n) => n.vi)).size).toBe(facet.length)
    expect(new Set(names.map((n) => n.en)).size).toBe(facet.length)
    expect(names.filter((n) => !n.en).map((n) => n.vi)).toEqual([])
    expect(facet.reduce((n, v) => n + v.count, 0)).toBe(docs.length)
    const pm = docs.find((d) => d.number === '1363/QĐ-TTg')!.issuer
    expect(pm).toMatchObject({ key: 'central:thu-tuong', kind: 'central', name: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' } })
  })

  it('seeds the legal-support section once: three guides by three agencies (one the Department of Justice), four consultants, answers citing documents', async () => {
    const { readCitations, readConsultants, readGuides } = await import('@/data/legalSupport')
    const guides = await readGuides(t.payload, 'vi')
    expect(guides).toHaveLength(3)
    expect(new Set(guides.map((g) => g.agency?.slug)).size).toBe(3)
    expect(guides.map((g) => g.agency?.slug)).toContain('so-tu-phap')
    expect(await readConsultants(t.payload, 'vi')).toHaveLength(4)
    const citations = await readCitations(t.payload, 'vi')
    expect(citations.guides.every((g) => g.documents.length > 0)).toBe(true)
    expect(citations.answers.filter((a) => a.documents.length > 0).length).toBeGreaterThanOrEqual(2)
  })

  it('reports the database as reachable', async () => {
    expect((await checkHealth(t.payload)).database).toBe('reachable')
  })
})

describe('agency edits', () => {
  it('a Vietnamese edit stays Vietnamese (the English-gap check must not switch the locale)', async () => {
    const [agency] = (await t.payload.find({ collection: 'agencies', where: { slug: { equals: 'so-tai-chinh' } }, overrideAccess: true })).docs
    await t.payload.update({ collection: 'agencies', id: agency!.id, locale: 'vi', data: { name: 'Sở Tài chính tỉnh Hà Tĩnh' }, overrideAccess: true })
    const vi = await t.payload.findByID({ collection: 'agencies', id: agency!.id, locale: 'vi', overrideAccess: true })
    const en = await t.payload.findByID({ collection: 'agencies', id: agency!.id, locale: 'en', fallbackLocale: false, overrideAccess: true })
    expect(vi.name).toBe('Sở Tài chính tỉnh Hà Tĩnh')
    expect(en.name).toBe('Department of Finance')
  })
})

describe('the e-commerce exchange demo', () => {
  it('verified businesses in several communes, each with an approved booth and products; an expired OCOP rating shows no stars', async () => {
    const { shownOcopStars } = await import('@/domain/marketplace')
    const { SEED_BUSINESSES } = await import('@/seed/marketplace')
    const businesses = await t.payload.find({ collection: 'businesses', depth: 0, limit: 50, overrideAccess: true })
    expect(businesses.totalDocs).toBe(SEED_BUSINESSES.length)
    expect(businesses.docs.every((b) => b.verified && b.verifiedAt)).toBe(true)
    expect(new Set(businesses.docs.map((b) => b.commune)).size).toBeGreaterThanOrEqual(3)
    // What an anonymous visitor reads: the approved (published) editions.
    const booths = await t.payload.find({ collection: 'booths', depth: 0, limit: 50, overrideAccess: false, locale: 'en' })
    expect(booths.docs.map((b) => b.slug).sort()).toEqual(SEED_BUSINESSES.map((b) => b.booth.slug).sort())
    expect(booths.docs.filter((b) => !b.description).map((b) => b.slug)).toEqual(['nuoc-mam-vung-ang'])
    const products = await t.payload.find({ collection: 'products', depth: 0, limit: 50, overrideAccess: false })
    const shown = Object.fromEntries(products.docs.map((p) => [p.slug, shownOcopStars(p.ocop, new Date('2026-12-04T00:00:00Z'))]))
    expect(shown).toMatchObject({ 'cam-bu-huong-son': 4, 'nuoc-cam-ep-vu-quang': null, 'nuoc-mam-ca-com-40-do': 5, 'khay-tre-nhieu-co': null })
    // The booths' enquiry e-mails are not public.
    expect(JSON.stringify(booths.docs)).not.toContain('@example.vn')
  })
})
