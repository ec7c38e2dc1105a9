import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PortalUser } from '@/access/roles'
import type { Agency } from '@/payload-types'
import { richTextFromParagraphs } from '@/lib/richtext'
import { seedInvest } from '@/seed/invest'
import { simplePdf } from '@/seed/pdf'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * The investors' and news readers on a real database: what the English site shows where the
 * English edition is missing (the Vietnamese text, marked lang="vi"), field by field for the
 * investors' pages and item by item for news. The snapshot was recorded before the readers moved
 * to the one localized read (src/lib/localeFallback.ts): it pins their output as it was.
 */
vi.mock('next/cache', () => ({ unstable_cache: <T,>(fn: () => Promise<T>) => () => fn(), revalidateTag: () => {} }))

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

let t: TestPayload
let readers: typeof import('@/data/invest') & typeof import('@/data/news')

beforeAll(async () => {
  t = await bootPayload('locale-fallback')
  vi.doMock('@/lib/payload', () => ({ payloadClient: async () => t.payload }))
  readers = { ...(await import('@/data/invest')), ...(await import('@/data/news')) }
  const { payload } = t
  const agencyIds = new Map<string, ID>()
  const agency = async (slug: string, kind: 'department' | 'commune', vi: string, en?: string) => {
    const doc = await payload.create({ collection: 'agencies', data: { slug, name: vi, kind, phone: '0239 1', email: `${slug}@test.vn` }, locale: 'vi', ...SYSTEM })
    if (en) await payload.update({ collection: 'agencies', id: doc.id, data: { name: en }, locale: 'en', ...SYSTEM })
    agencyIds.set(slug, doc.id)
    return doc.id
  }
  const owner = await agency('ban-quan-ly-khu-kinh-te', 'department', 'Ban Quản lý Khu kinh tế', 'Economic Zone Authority')
  await agency('phuong-vung-ang', 'commune', 'Phường Vũng Áng')
  await seedInvest(payload, agencyIds)

  // A zone translated in part: English title, Vietnamese-only summary, one tenant's country.
  const zone = await payload.create({
    collection: 'zones',
    locale: 'vi',
    data: {
      slug: 'khu-mot-phan',
      title: 'Khu dịch một phần',
      summary: 'Tóm tắt tiếng Việt',
      zoneKind: 'industrial',
      description: richTextFromParagraphs(['Mô tả']),
      tenants: [{ name: 'A Co', country: 'Nhật Bản', activity: 'Cơ khí' }, { name: 'B Co', country: 'Hàn Quốc', activity: 'Dệt may' }],
      contacts: { office: 'Văn phòng', phone: '0239 2' },
      agency: owner,
      _status: 'published',
    },
    ...SYSTEM,
  })
  await payload.update({
    collection: 'zones',
    id: zone.id,
    locale: 'en',
    data: { title: 'Partly translated zone', tenants: [{ id: zone.tenants![0]!.id, name: 'A Co', country: 'Japan' }, { id: zone.tenants![1]!.id, name: 'B Co' }], _status: 'published' },
    ...SYSTEM,
  })

  const news = async (slug: string, vi: string, en: string | undefined, relatedDocuments: ID[]) => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'vi',
      data: { slug, title: vi, summary: `Tóm tắt ${vi}`, body: richTextFromParagraphs([`Nội dung ${vi}`]), agency: owner, relatedDocuments, _status: 'published' },
      ...SYSTEM,
    })
    if (en) await payload.update({ collection: 'news', id: doc.id, locale: 'en', data: { title: en, body: richTextFromParagraphs([`Body ${en}`]), _status: 'published' }, ...SYSTEM })
  }
  const law = await payload.create({
    collection: 'legal-documents',
    data: { number: '01/2026/QĐ-UBND', slug: '01-2026-qd-ubnd', docType: 'decision', title: 'Quyết định đầu tư', centralIssuer: 'chinh-phu', issueDate: '2026-01-01T00:00:00.000+07:00', agency: owner, _status: 'published' },
    locale: 'vi',
    ...SYSTEM,
  })
  await payload.update({ collection: 'legal-documents', id: law.id, data: { title: 'Investment decision' }, locale: 'en', ...SYSTEM })
  const guide = (await payload.find({ collection: 'investment-guides', sort: 'order', limit: 1, depth: 0, ...SYSTEM })).docs[0]!
  await payload.update({ collection: 'investment-guides', id: guide.id, data: { legalDocuments: [law.id] }, locale: 'vi', ...SYSTEM })
  const pdf = simplePdf(['Ho so'])
  const file = async (vi: string, en?: string) => {
    const doc = await payload.create({ collection: 'attachments', data: { title: vi, agency: owner }, file: { data: pdf, mimetype: 'application/pdf', name: `${vi.length}.pdf`, size: pdf.length }, locale: 'vi', ...SYSTEM })
    if (en) await payload.update({ collection: 'attachments', id: doc.id, data: { title: en }, locale: 'en', ...SYSTEM })
    return doc.id
  }
  const project = (await payload.find({ collection: 'investment-projects', sort: 'slug', limit: 1, depth: 0, ...SYSTEM })).docs[0]!
  await payload.update({ collection: 'investment-projects', id: project.id, data: { attachments: [await file('Hồ sơ dự án', 'Project file'), await file('Bản đồ')] }, locale: 'vi', ...SYSTEM })

  await news('tin-da-dich', 'Tin đã dịch', 'Translated news', [law.id])
  await news('tin-chua-dich', 'Tin chưa dịch', undefined, [law.id])
}, 240_000)

afterAll(async () => t?.cleanup())

/** Ids and timestamps differ between runs; everything else must not. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['id', 'updatedAt', 'publishedAt', 'lastMaterialChange', 'viMaterialChangeAt', '$'].includes(k))
        .map(([k, v]) => [k, k === 'changeLog' && Array.isArray(v) ? v.map((c: { note: unknown }) => ({ note: c.note })) : stable(v)]),
    )
  }
  return value
}

describe('investors’ readers', () => {
  it('a partly translated zone: English where it exists, else the Vietnamese marked vi, field by field', async () => {
    const zone = await readers.getZoneBySlug('en', 'khu-mot-phan')
    expect(zone?.title).toEqual({ text: 'Partly translated zone', lang: 'en' })
    expect(zone?.summary).toEqual({ text: 'Tóm tắt tiếng Việt', lang: 'vi' })
    expect(zone?.description?.lang).toBe('vi')
    expect(zone?.tenants.map((x) => x.country)).toEqual([{ text: 'Japan', lang: 'en' }, { text: 'Hàn Quốc', lang: 'vi' }])
    expect(zone?.tenants.map((x) => x.activity)).toEqual([{ text: 'Cơ khí', lang: 'vi' }, { text: 'Dệt may', lang: 'vi' }])
    expect(zone?.contacts.office).toEqual({ text: 'Văn phòng', lang: 'vi' })
    const vi = await readers.getZoneBySlug('vi', 'khu-mot-phan')
    expect(vi?.title).toEqual({ text: 'Khu dịch một phần', lang: 'vi' })
  })

  it('lists and details in both locales are unchanged', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const projects = await readers.listProjects(locale, { page: 1 })
      const zones = await readers.listZones(locale)
      const guides = await readers.listGuides(locale)
      expect(projects.totalDocs).toBeGreaterThan(0)
      const details = {
        projects: await Promise.all(projects.items.map((p) => readers.getProjectBySlug(locale, p.slug))),
        zones: await Promise.all(zones.map((z) => readers.getZoneBySlug(locale, z.slug))),
        guides: await Promise.all(guides.map((g) => readers.getGuideBySlug(locale, g.slug))),
      }
      expect(stable({ projects, zones, guides, details })).toMatchSnapshot(locale)
    }
  })

  it('an English project list is filtered the same way (zone and sector)', async () => {
    const all = await readers.listProjects('en', { page: 1 })
    const zoned = await readers.listProjects('en', { page: 1, zone: 'khu-kinh-te-vung-ang' })
    expect(zoned.totalDocs).toBeGreaterThan(0)
    expect(zoned.totalDocs).toBeLessThanOrEqual(all.totalDocs)
    expect(zoned.items.every((p) => p.zone?.slug === 'khu-kinh-te-vung-ang')).toBe(true)
  })
})

describe('news reader', () => {
  it('an item without English is shown whole in Vietnamese, flagged; a translated one in English', async () => {
    const missing = await readers.getNewsBySlug('en', 'tin-chua-dich')
    expect(missing).toMatchObject({ title: 'Tin chưa dịch', summary: 'Tóm tắt Tin chưa dịch', hasTranslation: false })
    const translated = await readers.getNewsBySlug('en', 'tin-da-dich')
    // The English edition has no summary of its own: news falls back item by item, not field by field.
    expect(translated).toMatchObject({ title: 'Translated news', summary: null, hasTranslation: true })
    expect(translated?.agency).toEqual({ slug: 'ban-quan-ly-khu-kinh-te', name: 'Economic Zone Authority' })
    expect(stable([missing, translated, await readers.getNewsBySlug('vi', 'tin-da-dich')])).toMatchSnapshot()
    expect(await readers.getNewsBySlug('en', 'khong-co')).toBeNull()
  })
})

describe('findByLocale (one read in every locale)', () => {
  it('gives, per locale, exactly what a single-locale read without fallback returns', async () => {
    const { findByLocale } = await import('@/lib/localeFallback')
    const { payload } = t
    for (const collection of ['zones', 'investment-projects', 'investment-guides', 'news', 'agencies', 'legal-documents'] as const) {
      const both = await findByLocale(payload, { collection, depth: 1, pagination: false, sort: 'id', overrideAccess: true })
      expect(both.docs.length).toBeGreaterThan(0)
      for (const locale of ['vi', 'en'] as const) {
        const one = await payload.find({ collection, locale, fallbackLocale: false, depth: 1, pagination: false, sort: 'id', overrideAccess: true })
        expect(both.docs.map((d) => d[locale])).toEqual(one.docs)
      }
    }
  })
})

describe('transparency loaders (both languages side by side)', () => {
  it('an item has English when its English title exists; the agency record by its English gaps; catalogue titles in both', async () => {
    const { loadAgencies, loadCatalogue, loadPublishedItems } = await import('@/transparency/load')
    const { payload } = t
    const items = await loadPublishedItems(payload)
    const news = (slug: string) => items.find((i) => i.collection === 'news' && i.title === (slug === 'tin-da-dich' ? 'Tin đã dịch' : 'Tin chưa dịch'))
    expect(news('tin-da-dich')?.hasEnglish).toBe(true)
    expect(news('tin-chua-dich')?.hasEnglish).toBe(false)
    const law = items.find((i) => i.collection === 'legal-documents')
    expect(law).toMatchObject({ title: '01/2026/QĐ-UBND — Quyết định đầu tư', hasEnglish: true })

    const { agencies, items: own } = await loadAgencies(payload)
    expect(agencies.map((a) => a.slug).sort()).toEqual(['ban-quan-ly-khu-kinh-te', 'phuong-vung-ang'])
    expect(agencies.find((a) => a.slug === 'phuong-vung-ang')?.kind).toBe('commune')
    const record = (slug: string) => own.find((i) => i.agencyId === String(agencies.find((a) => a.slug === slug)?.rawId))
    expect(record('ban-quan-ly-khu-kinh-te')?.title).toBe('Ban Quản lý Khu kinh tế')
    expect(record('phuong-vung-ang')?.hasEnglish).toBe(false)

    await payload.create({
      collection: 'disclosure-catalogue',
      locale: 'vi',
      data: { key: 'tin-tuc', category: 'legal-documents', title: 'Tin tức', appliesTo: ['department'], matcher: { collection: 'news' }, deadline: { kind: 'continuous' } },
      ...SYSTEM,
    })
    const catalogue = await loadCatalogue(payload)
    // No English title: the entry's English falls back to the Vietnamese (the scoring marks nothing).
    expect(catalogue.find((e) => e.id === 'tin-tuc')?.title).toEqual({ vi: 'Tin tức', en: 'Tin tức' })
  })
})

describe('transparency readers after a recompute', () => {
  it('names agencies in the page locale with the Vietnamese beside them, and reads the stored score and catalogue back', async () => {
    const { recomputeTransparency } = await import('@/transparency/compute')
    const { getAgencyTransparency, getTransparencyOverview } = await import('@/data/transparency')
    const { transparencyDashboard } = await import('@/transparency/dashboard')
    const { payload } = t
    const result = await recomputeTransparency(payload, { skipRevalidate: true })
    expect(result.created).toBeGreaterThan(0)
    // A second run keeps each closed period's criteria (read back from the stored inputs).
    const again = await recomputeTransparency(payload, { skipRevalidate: true })
    expect(again.created).toBe(0)

    const overview = await getTransparencyOverview('en')
    const row = (slug: string) => overview.rows.find((r) => r.slug === slug)
    expect(row('ban-quan-ly-khu-kinh-te')).toMatchObject({ name: 'Economic Zone Authority', nameVi: 'Ban Quản lý Khu kinh tế', kind: 'department' })
    expect(row('phuong-vung-ang')).toMatchObject({ name: null, nameVi: 'Phường Vũng Áng', kind: 'commune' })
    expect(overview.period).toBe(overview.periods.at(-1))

    const agency = await getAgencyTransparency('vi', 'ban-quan-ly-khu-kinh-te')
    expect(agency?.agency).toMatchObject({ slug: 'ban-quan-ly-khu-kinh-te', name: 'Ban Quản lý Khu kinh tế', nameVi: 'Ban Quản lý Khu kinh tế' })
    const latest = agency!.snapshots[0]!
    expect(latest.catalogue.map((e) => e.id)).toContain('tin-tuc')
    expect(Object.keys(latest.score.byCriterion)).toContain('completeness')
    expect(await getAgencyTransparency('vi', 'khong-co')).toBeNull()

    const owner = agency!.agency.id
    const panel = await transparencyDashboard(payload, { id: 1, collection: 'users', isAdmin: true, agencies: [{ agency: Number(owner), roles: ['editor'] }] } as PortalUser)
    expect(panel.isAdmin).toBe(true)
    expect(panel.agencies[0]).toMatchObject({ slug: 'ban-quan-ly-khu-kinh-te', name: 'Ban Quản lý Khu kinh tế', period: latest.periodLabel })
    expect(panel.province?.count).toBe(1) // the catalogue entry applies to departments: the commune has no total
  })
})

describe('home page, sitemap and English coverage readers', () => {
  it('English home: featured titles and service labels fall back to Vietnamese marked vi; sitemap and coverage know which items have English', async () => {
    const { payload } = t
    const news = await payload.find({ collection: 'news', where: { slug: { in: ['tin-da-dich', 'tin-chua-dich'] } }, sort: 'slug', depth: 0, ...SYSTEM })
    const [untranslated, translated] = news.docs
    await payload.updateGlobal({
      slug: 'home-page',
      locale: 'vi',
      data: {
        intro: 'Lời giới thiệu',
        featured: [{ relationTo: 'news', value: translated!.id }, { relationTo: 'news', value: untranslated!.id }],
        services: [{ label: 'Dịch vụ công', url: '/vi/dich-vu', description: 'Mô tả' }, { label: 'Tra cứu', url: '/vi/tra-cuu' }],
      },
      ...SYSTEM,
    })
    const vi = await payload.findGlobal({ slug: 'home-page', locale: 'vi', depth: 0, ...SYSTEM })
    await payload.updateGlobal({ slug: 'home-page', locale: 'en', data: { services: [{ id: vi.services![0]!.id, label: 'Public services', url: '/vi/dich-vu' }, { id: vi.services![1]!.id, label: 'Look-up', url: '/vi/tra-cuu' }] }, ...SYSTEM })
    const { getHomePage } = await import('@/data/home')
    const home = await getHomePage('en')
    expect(home.intro).toEqual({ text: 'Lời giới thiệu', lang: 'vi' })
    expect(home.featured.map((f) => f.title)).toEqual([{ text: 'Translated news', lang: 'en' }, { text: 'Tin chưa dịch', lang: 'vi' }])
    expect(home.services.map((s) => [s.label, s.description])).toEqual([
      [{ text: 'Public services', lang: 'en' }, { text: 'Mô tả', lang: 'vi' }],
      [{ text: 'Look-up', lang: 'en' }, null],
    ])

    const { sitemapDocs } = await import('@/data/feeds')
    const docs = await sitemapDocs()
    expect(docs.find((d) => d.slug === 'tin-da-dich')?.locales).toEqual(['vi', 'en'])
    expect(docs.find((d) => d.slug === 'tin-chua-dich')?.locales).toEqual(['vi'])
    expect(docs.find((d) => d.slug === '01-2026-qd-ubnd')).toMatchObject({ collection: 'legal-documents', locales: ['vi', 'en'] })

    const { getEnglishCoverage } = await import('@/data/englishCoverage')
    const coverage = await getEnglishCoverage('en')
    const byName = Object.values(coverage.agencies).map((a) => [a.slug, a.name])
    expect(byName).toEqual([
      ['ban-quan-ly-khu-kinh-te', { text: 'Economic Zone Authority', lang: 'en' }],
      ['phuong-vung-ang', { text: 'Phường Vũng Áng', lang: 'vi' }],
    ])
    expect(coverage.agencyOrder).toHaveLength(2)
  })
})
