import type { Payload } from 'payload'
import { seedHomePage } from './home'
import type { Agency } from '@/payload-types'
import { richTextFromParagraphs } from '@/lib/richtext'
import { SEED_AGENCIES } from './agencies'
import { seedBudget } from './budget'
import { seedInvest } from './invest'
import { seedLegal } from './legal'
import { seedLegalSupport } from './legalSupport'
import { SEED_NEWS } from './news'
import { seedPlans } from './plans'
import { seedQuestions } from './questions'
import { seedInformationRequests } from './informationRequests'
import { seedMarketplace } from './marketplace'
import { seedAgencySettings } from './agency-settings'
import { seedServices } from './services'
import { seedTransparency } from './transparency'
import { seedConsultations } from './consultations'
import { seedSurveys } from './surveys'
import { demoPassword, SEED_USERS } from './users'

/** Document IDs as the generated types spell them (numbers on SQLite; MongoDB's strings pass through unchanged at run time). */
type ID = Agency['id']

/** System writes: no user, access bypassed, no cache to expire (the server is not running). */
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

async function findIdBy(payload: Payload, collection: 'agencies' | 'news' | 'users', field: string, value: string): Promise<ID | null> {
  const found = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, ...SYSTEM, trash: true })
  return (found.docs[0]?.id as ID | undefined) ?? null
}

export interface SeedReport {
  agencies: number
  users: number
  news: number
}

/**
 * Loads the demo content. Idempotent: records are matched by slug or e-mail and updated in
 * place, so running it twice leaves one copy of everything.
 */
export async function seed(payload: Payload, log: (msg: string) => void = () => {}): Promise<SeedReport> {
  const agencyIds = new Map<string, ID>()
  // Parents first: the list is ordered so that a parent precedes its children.
  for (const a of SEED_AGENCIES) {
    const base = {
      slug: a.slug,
      kind: a.kind,
      name: a.name.vi,
      shortName: a.shortName?.vi,
      address: a.address?.vi,
      phone: a.phone,
      email: a.email,
      website: a.website,
      parent: a.parent ? agencyIds.get(a.parent) : undefined,
      domains: (a.domains ?? []).map((domain) => ({ domain })),
      introduction: a.introduction ? richTextFromParagraphs([a.introduction.vi]) : undefined,
      functions: a.functions ? richTextFromParagraphs([a.functions.vi]) : undefined,
      leaders: (a.leaders ?? []).map((l) => ({ name: l.name, title: l.title.vi })),
    }
    const existing = await findIdBy(payload, 'agencies', 'slug', a.slug)
    const doc = existing
      ? await payload.update({ collection: 'agencies', id: existing, data: base, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'agencies', data: base, locale: 'vi', ...SYSTEM })
    const english = {
      name: a.name.en,
      shortName: a.shortName?.en,
      address: a.address?.en,
      introduction: a.introduction?.en ? richTextFromParagraphs([a.introduction.en]) : undefined,
      functions: a.functions?.en ? richTextFromParagraphs([a.functions.en]) : undefined,
      leaders: (a.leaders ?? []).map((l, i) => ({ id: doc.leaders?.[i]?.id, name: l.name, title: l.title.en })),
    }
    if (a.name.en) await payload.update({ collection: 'agencies', id: doc.id, data: english, locale: 'en', ...SYSTEM })
    agencyIds.set(a.slug, doc.id)
  }
  log(`agencies: ${agencyIds.size}`)

  for (const u of SEED_USERS) {
    const data = {
      email: u.email,
      name: u.name,
      isAdmin: Boolean(u.isAdmin),
      agencies: u.agencies.map((m) => ({ agency: agencyIds.get(m.agency)!, roles: m.roles })),
    }
    const existing = await findIdBy(payload, 'users', 'email', u.email)
    if (existing) await payload.update({ collection: 'users', id: existing, data, ...SYSTEM })
    else await payload.create({ collection: 'users', data: { ...data, password: demoPassword() }, ...SYSTEM })
  }
  log(`users: ${SEED_USERS.length}`)

  for (const n of SEED_NEWS) {
    const vi = {
      slug: n.slug,
      agency: agencyIds.get(n.agency)!,
      publishedAt: n.publishedAt,
      topics: n.topics,
      title: n.vi.title,
      summary: n.vi.summary,
      body: richTextFromParagraphs(n.vi.body),
      _status: 'published' as const,
    }
    const existing = await findIdBy(payload, 'news', 'slug', n.slug)
    const doc = existing
      ? await payload.update({ collection: 'news', id: existing, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'news', data: vi, locale: 'vi', ...SYSTEM })
    if (n.en) {
      await payload.update({
        collection: 'news',
        id: doc.id,
        locale: 'en',
        data: { title: n.en.title, summary: n.en.summary, body: richTextFromParagraphs(n.en.body), _status: 'published' },
        ...SYSTEM,
      })
    }
  }
  log(`news: ${SEED_NEWS.length}`)

  const legal = await seedLegal(payload, agencyIds)
  log(`legal documents: ${legal}`)

  // Investors' section (after legal documents: procedure guides link to them).
  log(`invest: ${JSON.stringify(await seedInvest(payload, agencyIds))}`)

  // Plans (after the legal documents: they point to their approving decisions) and budget disclosures.
  log(`plans: ${await seedPlans(payload, agencyIds)}`)
  log(`budget disclosures: ${await seedBudget(payload, agencyIds)}`)
  log(`agency site settings: ${await seedAgencySettings(payload, agencyIds)}`)
  // Public services: procedures, then a year of dossiers from the one-stop systems.
  log(`public services: ${JSON.stringify(await seedServices(payload, agencyIds))}`)
  // Businesses ask – government answers: answered, overdue, refused-as-duplicate and new questions.
  log(`questions: ${await seedQuestions(payload, agencyIds)}`)
  // Information requests (Law on Access to Information): one provided on time, one extended.
  log(`information requests: ${await seedInformationRequests(payload, agencyIds)}`)
  // Legal support for businesses (after legal documents and questions: guides and answers cite documents).
  log(`legal support: ${JSON.stringify(await seedLegalSupport(payload, agencyIds))}`)

  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'vi',
    data: {
      ownerName: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      address: 'Số 1 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh',
      phone: '0239 3855 567',
      email: 'congthongtin@hatinh.gov.vn',
      responsible: 'Chánh Văn phòng UBND tỉnh',
      licence: 'Cổng thông tin điện tử tỉnh Hà Tĩnh — thông tin công khai theo Luật Tiếp cận thông tin 2016.',
    },
    ...SYSTEM,
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      ownerName: "Ha Tinh Provincial People's Committee",
      address: '1 Nguyen Tat Thanh Street, Thanh Sen Ward, Ha Tinh Province, Vietnam',
      responsible: "Chief of Office, Provincial People's Committee",
      licence: 'Ha Tinh provincial portal — information disclosed under the 2016 Law on Access to Information.',
    },
    ...SYSTEM,
  })

  log(`consultations: ${await seedConsultations(payload, agencyIds)}`)
  // The e-commerce exchange: verified businesses with approved booths and OCOP products in several communes.
  log(`marketplace: ${JSON.stringify(await seedMarketplace(payload, agencyIds))}`)
  log(`surveys: ${await seedSurveys(payload, agencyIds)}`)
  log(`home page: ${await seedHomePage(payload)} featured items`)

  // Keep this LAST: the transparency snapshots score whatever the seeds above have published.
  const transparency = await seedTransparency(payload)
  log(`transparency: ${transparency.catalogue} catalogue entries; snapshots ${JSON.stringify(transparency.snapshots)}`)
  return { agencies: agencyIds.size, users: SEED_USERS.length, news: SEED_NEWS.length }
}
