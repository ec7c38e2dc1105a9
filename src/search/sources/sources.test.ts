import { describe, expect, it } from 'vitest'
import { localesToSync, toIndexRow, type AgencyResolver } from '../sync'
import { SEARCH_SOURCES } from '@/collections/searchSources'
import { SEARCH_SECTIONS, searchSource } from '.'

const agencies = {
  get: async (ref: unknown) => (ref === 7 ? { slug: 'so-tai-chinh', name: { vi: 'Sở Tài chính', en: 'Department of Finance' } } : ref === 8 ? { slug: 'xa-a', name: { vi: 'Xã A' } } : null),
  prime: () => {},
} as unknown as AgencyResolver
const source = (c: string) => searchSource(c)!

describe('search source registry', () => {
  it('every search section has a registered source, in the same order', () => {
    expect(SEARCH_SOURCES.map((s) => s.collection)).toEqual([...SEARCH_SECTIONS])
    for (const s of SEARCH_SECTIONS) expect(searchSource(s)?.collection).toBe(s)
  })
})

describe('index rows from stored documents', () => {
  it('legal documents: number, type, year, issuing agency, issue date, section URL', async () => {
    const row = await toIndexRow(
      source('legal-documents'),
      { id: 3, slug: '22-2016-nq-hdnd', number: '22/2016/NQ-HĐND', docType: 'resolution', issueDate: '2016-09-24T00:00:00.000Z', title: 'Nghị quyết quy định', abstract: 'Trích yếu', agency: 8, issuingAgency: 7 },
      'vi',
      agencies,
    )
    expect(row).toMatchObject({ id: 'legal-documents:3', docNumber: '22/2016/NQ-HĐND', docType: 'resolution', year: 2016, agency: 'so-tai-chinh', agencyName: 'Sở Tài chính', url: '/vi/van-ban/22-2016-nq-hdnd', date: '2016-09-24T00:00:00.000Z' })
    // Type, year and issuer are fields, the abstract is apart from the body.
    expect(row).toMatchObject({ abstract: 'Trích yếu', issuer: 'Sở Tài chính' })
    expect(row!.fieldText).toContain('Nghị quyết')
    expect(row!.fieldText).toContain('Resolution')
    expect(row!.fieldText).toContain('2016')
    expect(row!.fieldText).toContain('Department of Finance')
    expect(row!.body).not.toContain('Trích yếu')
  })

  it('a central document shows its issuer, not the agency that owns the record', async () => {
    const doc = { id: 4, slug: '343-2016-tt-btc', number: '343/2016/TT-BTC', docType: 'circular', issueDate: '2016-12-30T00:00:00.000Z', title: 'Hướng dẫn công khai ngân sách', agency: 8, centralIssuer: 'bo-tai-chinh' }
    const vi = await toIndexRow(source('legal-documents'), doc, 'vi', agencies)
    const en = await toIndexRow(source('legal-documents'), { ...doc, title: 'Guidance on budget disclosure' }, 'en', agencies)
    expect(vi).toMatchObject({ issuer: 'Bộ Tài chính', issuerKeys: ['bo-tai-chinh'], agencyName: 'Xã A' })
    expect(en).toMatchObject({ issuer: 'Ministry of Finance' })
    expect(en!.issuerLang).toBeUndefined()
    for (const form of ['Bộ Tài chính', 'Ministry of Finance', 'btc', 'bo tc', 'Thông tư', 'Circular', 'tt']) expect(vi!.fieldText).toContain(form)
  })

  it('a province agency without an English name is shown in Vietnamese, marked as such, with its short forms', async () => {
    const ubnd = { get: async () => ({ slug: 'ubnd-tinh', name: { vi: 'Ủy ban nhân dân tỉnh Hà Tĩnh' } }), prime: () => {} } as unknown as AgencyResolver
    const row = await toIndexRow(source('legal-documents'), { id: 5, slug: 'x', number: '12/2017/QĐ-UBND', docType: 'decision', issueDate: '2017-05-01T00:00:00.000Z', title: 'Decision', issuingAgency: 1, agency: 1 }, 'en', ubnd)
    expect(row).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', issuerLang: 'vi', issuerKeys: ['level:provincial-committee'] })
    for (const form of ['UBND tỉnh', 'ubnd tinh', 'uy ban nhan dan tinh']) expect(row!.fieldText).toContain(form)
  })

  it('no title in a locale = no row; the agency name falls back to Vietnamese', async () => {
    const news = { id: 1, slug: 'tin', title: null, publishedAt: '2024-05-01T00:00:00.000Z', agency: 8 }
    expect(await toIndexRow(source('news'), news, 'en', agencies)).toBeNull()
    const row = await toIndexRow(source('news'), { ...news, title: 'A story' }, 'en', agencies)
    expect(row).toMatchObject({ url: '/en/news/tin', agencyName: 'Xã A', year: 2024 })
  })

  it('budget disclosures cite a number without claiming it; agencies file under themselves', async () => {
    const budget = await toIndexRow(source('budget-disclosures'), { id: 2, slug: 'du-toan-2020', title: 'Dự toán 2020', fiscalYear: 2020, family: 'estimate-approved', documentNumber: '22/2016/NQ-HĐND', agency: 7 }, 'vi', agencies)
    expect(budget!.docNumber).toBeUndefined()
    expect(budget!.body).toContain('22/2016/NQ-HĐND')
    expect(budget).toMatchObject({ year: 2020, url: '/vi/ngan-sach/du-toan-2020' })
    const agency = await toIndexRow(source('agencies'), { id: 7, slug: 'so-tai-chinh', name: 'Sở Tài chính' }, 'vi', agencies)
    expect(agency).toMatchObject({ url: '/vi/co-quan/so-tai-chinh', agency: 'so-tai-chinh' })
  })
})

describe('which locales a change touches', () => {
  const news = source('news')
  const published = { id: 1, slug: 'a', agency: 7, _status: 'published', publishedAt: '2024-01-01' }
  const args = (doc: Record<string, unknown>, previousDoc: Record<string, unknown> | null, reqLocale: unknown = 'en') =>
    localesToSync({ source: news, drafts: true, operation: 'update', reqLocale, doc, previousDoc })

  it('one locale for a published → published edit that keeps the shared fields', () => {
    expect(args(published, published)).toEqual(['en'])
  })
  it('every locale on publish, unpublish, trash, slug or agency change, or locale "all"', () => {
    expect(args(published, { ...published, _status: 'draft' })).toEqual(['vi', 'en'])
    expect(args({ ...published, _status: 'draft' }, published)).toEqual(['vi', 'en'])
    expect(args({ ...published, deletedAt: '2024-02-02' }, published)).toEqual(['vi', 'en'])
    expect(args({ ...published, slug: 'b' }, published)).toEqual(['vi', 'en'])
    expect(args({ ...published, agency: { id: 8 } }, published)).toEqual(['vi', 'en'])
    expect(args({ ...published, agency: { id: 7 } }, published)).toEqual(['en'])
    expect(args(published, published, 'all')).toEqual(['vi', 'en'])
  })
})
