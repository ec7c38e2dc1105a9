import type { FlattenedField, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requiredInDefaultLocale } from '@/fields/validators'
import { MAX_LIST_LIMIT } from '@/plugins/queryGuard'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * "Access leaks to close": each leak, through the REST API with every role's real token,
 * over every collection (and every relationship field) of the sanitized config, so a new
 * collection or field is covered without touching this file.
 */
type Role = 'anonymous' | 'editorA' | 'publisherA' | 'translatorA' | 'editorB' | 'publisherB' | 'admin'
const ROLES: Role[] = ['anonymous', 'editorA', 'publisherA', 'translatorA', 'editorB', 'publisherB', 'admin']

let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
const tokens: Partial<Record<Role | 'member', string>> = {}
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, skipNotify: true } } as const
const SECRET = 'Dự thảo mật của Sở B'
let legal: { publishedB: number; draftB: number; publishedA: number; draftA: number }
let newsLinking: number
let projectA: number
let consultationA: number | undefined
let surveyA: number | undefined
let businessA: number | undefined
let communeA: number | undefined

const as = (role: Role | 'member') => (role === 'anonymous' ? undefined : tokens[role])
const NO_REST = new Set(['payload-migrations'])
const collections = () => t.config.collections.filter((c) => !NO_REST.has(c.slug))
const hasDrafts = (c: SanitizedCollectionConfig) => Boolean(c.versions && typeof c.versions === 'object' && c.versions.drafts)

let counter = 5000
/** Sample values for every required field (recursively), so a document of any collection can be stored. */
function fill(fields: FlattenedField[], n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const required = ('required' in field && field.required) || ('validate' in field && field.validate === requiredInDefaultLocale)
    if (field.type === 'group' || field.type === 'tab') {
      const inner = fill(field.flattenedFields, n)
      if (Object.keys(inner).length) out[field.name] = inner
      continue
    }
    if (!required) continue
    if (field.type === 'text' || field.type === 'textarea') out[field.name] = 'hasMany' in field && field.hasMany ? [`${field.name}-${n}`] : `${field.name}-${n}`
    else if (field.type === 'email') out[field.name] = `x${n}@test.vn`
    else if (field.type === 'select' || field.type === 'radio') {
      const first = field.options[0]!
      const value = typeof first === 'string' ? first : first.value
      out[field.name] = 'hasMany' in field && field.hasMany ? [value] : value
    } else if (field.type === 'number') out[field.name] = field.min !== undefined ? Math.max(field.min, Math.min(2024, field.max ?? 2024)) : 2024
    else if (field.type === 'date') out[field.name] = '2024-05-01T00:00:00.000Z'
    else if (field.type === 'checkbox') out[field.name] = false
    else if (field.type === 'array') out[field.name] = [fill(field.flattenedFields, n)]
  }
  return out
}

const EXTRA: Record<string, (n: number) => Record<string, unknown>> = {
  'legal-documents': (n) => ({ number: `${n}/2024/QĐ-UBND`, issueDate: '2024-05-02T00:00:00.000Z', centralIssuer: 'bo-tai-chinh' }),
  'budget-disclosures': () => ({ fiscalYear: 2024 }),
  enquiries: () => ({ project: projectA, email: 'investor@example.com' }),
  // Open at least the minimum consultation period.
  consultations: () => ({ openDate: '2024-05-01T00:00:00.000Z', closeDate: '2024-07-01T00:00:00.000Z' }),
  'consultation-comments': () => ({ consultation: consultationA }),
  procedures: (n) => ({ code: `1.${String(n).padStart(6, '0')}` }),
  alerts: () => ({ startsAt: '2024-05-01T00:00:00.000Z', expiresAt: '2024-05-01T12:00:00.000Z' }),
  // A directory entry needs a contact (a work phone or e-mail).
  'legal-consultants': () => ({ workEmail: 'tuvan@example.vn' }),
  surveys: () => ({ startDate: '2024-05-01T00:00:00.000Z', endDate: '2024-06-01T00:00:00.000Z', fields: [{ blockType: 'text', name: 'q', label: 'Câu hỏi' }] }),
  'survey-responses': (n) => ({ form: surveyA, respondentKey: `k-${n}`, submissionData: [{ field: 'q', value: 'a' }] }),
  // The marketplace: owned by a business, in a commune.
  booths: () => ({ owner: businessA, commune: communeA, categories: ['food'] }),
  products: () => ({ owner: businessA }),
}

function sample(col: SanitizedCollectionConfig, agency: number | null): Record<string, unknown> {
  const n = ++counter
  const data: Record<string, unknown> = { ...fill(col.flattenedFields, n), title: `Mẫu ${col.slug} ${n}`, slug: `${col.slug}-mau-${n}` }
  if (agency !== null && col.flattenedFields.some((x) => x.name === 'agency')) data.agency = agency
  return { ...data, ...EXTRA[col.slug]?.(n) }
}

/** Stores a document of `col` in agency A (or none) as the system; null for collections nobody can fill this way. */
async function makeDoc(col: SanitizedCollectionConfig, agency: number | null, status: 'draft' | 'published' = 'published'): Promise<number | null> {
  if (col.upload || col.auth || col.slug.startsWith('payload-') || col.slug === 'audit-log') return null
  if (col.slug === 'enquiries' && projectA === undefined) return null
  if (col.slug === 'consultation-comments' && consultationA === undefined) return null
  if (col.slug === 'survey-responses' && surveyA === undefined) return null
  // Written by the transparency job only (nobody can write a snapshot through the API).
  if (col.slug === 'transparency-snapshots') return null
  const drafts = hasDrafts(col)
  if (col.slug === 'agency-settings' && agency !== null) {
    // One settings document per agency (the multi-tenant plugin's isGlobal).
    const existing = await t.payload.find({ collection: 'agency-settings', where: { agency: { equals: agency } }, limit: 1, ...SYSTEM })
    if (existing.docs[0]) return existing.docs[0].id
  }
  if (col.slug === 'dossier-tokens' && agency !== null) {
    // One token in use per agency: reuse it.
    const existing = await t.payload.find({ collection: 'dossier-tokens', where: { agency: { equals: agency }, revoked: { equals: false } }, limit: 1, ...SYSTEM })
    if (existing.docs[0]) return existing.docs[0].id
  }
  try {
    const doc = await t.payload.create({
      collection: col.slug as 'news',
      data: { ...sample(col, agency), ...(drafts ? { _status: status } : {}) } as never,
      draft: drafts && status === 'draft',
      locale: 'vi',
      ...SYSTEM,
    })
    return doc.id as number
  } catch (e) {
    throw new Error(`cannot create a sample ${col.slug}: ${(e as Error).message}`)
  }
}

interface RelationPath {
  collection: string
  path: string
  field: FlattenedField & { type: 'relationship' | 'upload' | 'join' }
}
/** Every relationship, upload and join field of every collection, with its query path. */
function relationPaths(): RelationPath[] {
  const out: RelationPath[] = []
  const walk = (collection: string, fields: FlattenedField[], prefix: string) => {
    for (const field of fields) {
      const path = prefix ? `${prefix}.${field.name}` : field.name
      if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') out.push({ collection, path, field })
      else if (field.type === 'group' || field.type === 'tab' || field.type === 'array') walk(collection, field.flattenedFields, path)
      else if (field.type === 'blocks') for (const b of field.blocks ?? []) if (typeof b !== 'string') walk(collection, b.flattenedFields, path)
    }
  }
  for (const c of collections()) walk(c.slug, c.flattenedFields, '')
  return out
}

beforeAll(async () => {
  t = await bootPayload('access-leaks')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await api.login(f.users[role].email, PASSWORD)
  // A logged-in user who belongs to no agency (a citizen account, say): no drafts either.
  await t.payload.create({ collection: 'users', data: { email: 'member@test.vn', password: PASSWORD, name: 'member', agencies: [] }, ...SYSTEM })
  tokens.member = await api.login('member@test.vn', PASSWORD)

  communeA = (await t.payload.create({ collection: 'agencies', data: { name: 'UBND xã A', slug: 'xa-a', kind: 'commune' }, locale: 'vi', ...SYSTEM })).id
  businessA = (
    await t.payload.create({
      collection: 'businesses',
      data: { email: 'dn.a@test.vn', password: PASSWORD, registrationNumber: '3000000001', legalName: 'Công ty A', address: 'x', commune: communeA, representative: 'A', phone: '0912 345 678' },
      disableVerificationEmail: true,
      ...SYSTEM,
    })
  ).id
  projectA = (await makeDoc(t.config.collections.find((c) => c.slug === 'investment-projects')!, f.agencyA, 'published'))!
  consultationA = (await makeDoc(t.config.collections.find((c) => c.slug === 'consultations')!, f.agencyA, 'published'))!
  surveyA = (await makeDoc(t.config.collections.find((c) => c.slug === 'surveys')!, f.agencyA, 'published'))!
  const legalCol = t.config.collections.find((c) => c.slug === 'legal-documents')!
  legal = {
    publishedA: (await makeDoc(legalCol, f.agencyA, 'published'))!,
    draftA: (await makeDoc(legalCol, f.agencyA, 'draft'))!,
    publishedB: (await makeDoc(legalCol, f.agencyB, 'published'))!,
    draftB: (await makeDoc(legalCol, f.agencyB, 'published'))!,
  }
  // A published news item of A that linked B's document while it was published; B then took it
  // back to draft and gave it a secret title (the situation of the issue's draft oracle).
  const news = await t.payload.create({
    collection: 'news',
    data: { title: 'Tin liên kết văn bản của Sở B', slug: 'tin-lien-ket', agency: f.agencyA, relatedDocuments: [legal.draftB], _status: 'published' },
    locale: 'vi',
    ...SYSTEM,
  })
  newsLinking = news.id
  await t.payload.update({ collection: 'legal-documents', id: legal.draftB, data: { title: SECRET, _status: 'draft' }, locale: 'vi', ...SYSTEM })
}, 180_000)
afterAll(async () => t?.cleanup())

const q = (params: Record<string, string>) => new URLSearchParams(params).toString()

describe('draft oracle through relation queries', () => {
  it("the issue's query: nobody learns anything about B's draft", async () => {
    for (const role of ROLES) {
      for (const draft of ['true', 'false']) {
        const res = await api.request('GET', `/api/news?${q({ draft, 'where[relatedDocuments.title][like]': 'mật', limit: '10' })}`, { token: as(role) })
        expect([role, draft, res.status]).toEqual([role, draft, 400])
        expect(JSON.stringify(res.body)).not.toContain(SECRET)
      }
    }
  })

  it('every relationship/upload/join path of every collection, in where and sort, is refused (admins too)', async () => {
    const paths = relationPaths()
    expect(paths.map((p) => `${p.collection}.${p.path}`)).toContain('news.relatedDocuments')
    const failures: string[] = []
    for (const { collection, path } of paths) {
      const col = t.config.collections.find((c) => c.slug === collection)!
      const urls = [
        `/api/${collection}?${q({ [`where[${path}.createdAt][exists]`]: 'true' })}`,
        `/api/${collection}?${q({ draft: 'true', [`where[or][0][${path}.updatedAt][exists]`]: 'true' })}`,
        `/api/${collection}?${q({ sort: `-${path}.createdAt` })}`,
        // payload-preferences has no count route (its GET /:key reads a preference named "count").
        ...(collection === 'payload-preferences' ? [] : [`/api/${collection}/count?${q({ [`where[${path}.createdAt][exists]`]: 'true' })}`]),
        ...(col.versions ? [`/api/${collection}/versions?${q({ [`where[version.${path}.createdAt][exists]`]: 'true' })}`] : []),
      ]
      for (const url of urls)
        for (const role of ROLES) {
          const res = await api.request('GET', url, { token: as(role) })
          if (res.status !== 400) failures.push(`${role} ${url}: ${res.status}`)
        }
    }
    expect(failures).toEqual([])
  }, 300_000)

  it('the refusal is localized', async () => {
    const url = `/api/news?${q({ 'where[relatedDocuments.title][like]': 'x' })}`
    const vi = await api.request('GET', url, { headers: { 'Accept-Language': 'vi' } })
    const en = await api.request('GET', url, { headers: { 'Accept-Language': 'en' } })
    expect(JSON.stringify(vi.body)).toContain('nội dung liên kết')
    expect(JSON.stringify(en.body)).toContain('linked content')
  })

  it('filtering by a related id still works (admin lists, pages)', async () => {
    const res = await api.request('GET', `/api/news?${q({ 'where[relatedDocuments][in]': String(legal.draftB) })}`)
    expect([res.status, JSON.stringify(res.body)]).toEqual([200, expect.anything()])
    expect((res.body.docs as { id: number }[]).map((d) => d.id)).toEqual([newsLinking])
    const byAgency = await api.request('GET', `/api/news?${q({ 'where[agency][equals]': String(f.agencyA), sort: '-createdAt' })}`, { token: tokens.editorB })
    expect(byAgency.status).toBe(200)
  })
})

describe('join queries (joins[field][where|sort|limit])', () => {
  // No collection of ours has a join field yet: the test gives news one (to legal documents) for
  // its duration, so the rules a future join field gets are exercised through REST.
  const probe = { name: 'probeDocuments', type: 'join', collection: 'legal-documents', on: 'agency' } as unknown as FlattenedField
  const news = () => t.payload.collections.news.config
  beforeAll(() => void news().flattenedFields.push(probe))
  afterAll(() => void news().flattenedFields.splice(news().flattenedFields.indexOf(probe), 1))

  it('relation paths, geo operators and malformed ids inside a join are refused like a list filter (every role)', async () => {
    const urls = [
      `/api/news?${q({ 'joins[probeDocuments][where][agency.name][like]': 'Sở' })}`,
      `/api/news?${q({ 'joins[probeDocuments][where][or][0][agency.slug][exists]': 'true' })}`,
      `/api/news?${q({ 'joins[probeDocuments][sort]': '-agency.name' })}`,
      `/api/news?${q({ 'joins[probeDocuments][where][id][near]': '1,2' })}`,
      `/api/news?${q({ 'joins[probeDocuments][where][agency][like]': 'abc' })}`,
      // A join the collection does not have, with a filter: refused, not guessed at.
      `/api/news?${q({ 'joins[relatedDocuments][where][title][like]': 'mật' })}`,
      `/api/agencies?${q({ 'joins[news][where][relatedDocuments.title][like]': 'mật' })}`,
    ]
    const failures: string[] = []
    for (const url of urls)
      for (const role of ROLES) {
        const res = await api.request('GET', url, { token: as(role) })
        if (res.status !== 400 || JSON.stringify(res.body).includes(SECRET)) failures.push(`${role} ${url}: ${res.status}`)
      }
    expect(failures).toEqual([])
  })

  it('a join filtered by a related id passes the guard; its limit is capped for non-admins', async () => {
    const { guardReads } = await import('@/plugins/queryGuard')
    const run = (user: unknown, joins: unknown) => {
      const args = { where: {}, joins, limit: 10 }
      guardReads({ args, collection: news(), context: {}, operation: 'read', overrideAccess: undefined, req: { payload: t.payload, payloadAPI: 'REST', user, i18n: { language: 'en' } } } as never)
      return args.joins as Record<string, { limit?: number }>
    }
    expect(run(null, { probeDocuments: { where: { agency: { equals: String(f.agencyA) } }, limit: 0 } }).probeDocuments!.limit).toBe(MAX_LIST_LIMIT)
    expect(run(null, { probeDocuments: { limit: 5000 } }).probeDocuments!.limit).toBe(MAX_LIST_LIMIT)
    expect(run(null, { probeDocuments: { limit: 5 } }).probeDocuments!.limit).toBe(5)
    expect(() => run(null, { probeDocuments: { where: { 'agency.name': { like: 'x' } } } })).toThrow(/linked content/)
  })
})

describe('draft=true means nothing without an agency role', () => {
  it('every collection with drafts: anonymous visitors and members of no agency see the published list and versions', async () => {
    // A published news item of B with a newer, unpublished draft.
    await t.payload.update({ collection: 'news', id: f.news.publishedB, data: { title: 'Bản nháp chưa duyệt' }, draft: true, locale: 'vi', ...SYSTEM })
    for (const role of ['anonymous', 'member'] as const) {
      for (const col of collections().filter(hasDrafts)) {
        const plain = await api.request('GET', `/api/${col.slug}?limit=100&depth=0`, { token: as(role) })
        const draft = await api.request('GET', `/api/${col.slug}?limit=100&depth=0&draft=true`, { token: as(role) })
        expect([col.slug, role, draft.status]).toEqual([col.slug, role, plain.status])
        expect([col.slug, role, draft.body.docs]).toEqual([col.slug, role, plain.body.docs])
      }
      const one = await api.request('GET', `/api/news/${f.news.publishedB}?draft=true&locale=vi`, { token: as(role) })
      expect([role, one.status, one.body.title]).toEqual([role, 200, 'Tin da-dang-b'])
    }
    // Agency members still get their drafts.
    const own = await api.request('GET', `/api/news/${f.news.publishedB}?draft=true&locale=vi`, { token: tokens.editorB })
    expect(own.body.title).toBe('Bản nháp chưa duyệt')
  })
})

describe('cross-agency links point at published documents only', () => {
  it('every relationship field to legal documents: published of B yes; draft of B and a missing id get the same 400', async () => {
    const fields = relationPaths().filter((p) => p.field.type === 'relationship' && p.field.relationTo === 'legal-documents')
    expect(fields.map((p) => `${p.collection}.${p.path}`)).toEqual(expect.arrayContaining(['news.relatedDocuments', 'plans.approvingDocument', 'legal-documents.relations.target']))
    const failures: string[] = []
    for (const { collection, path, field } of fields) {
      const col = t.config.collections.find((c) => c.slug === collection)!
      const agencyScoped = col.flattenedFields.some((x) => x.name === 'agency')
      const roles: Role[] = agencyScoped ? ['editorA', 'publisherA', 'admin'] : ['admin']
      for (const role of roles) {
        for (const draft of hasDrafts(col) ? [true, false] : [false]) {
          if (draft === false && role === 'editorA') continue // editors cannot publish anyway
          const id = await makeDoc(col, agencyScoped ? f.agencyA : null, 'draft')
          const body = (target: number) => bodyAt(col, path, 'hasMany' in field && field.hasMany ? [target] : target)
          const url = `/api/${collection}/${id}?locale=vi${draft ? '&draft=true' : ''}`
          const send = (target: number) => api.request('PATCH', url, { token: tokens[role], json: { ...body(target), ...(draft || !hasDrafts(col) ? {} : { _status: 'published' }) } })
          const label = `${collection}.${path} ${role}${draft ? ' draft' : ''}`
          const okPublished = await send(legal.publishedB)
          if (okPublished.status !== 200) failures.push(`${label}: published of B refused (${okPublished.status} ${JSON.stringify(okPublished.body).slice(0, 300)})`)
          const ownDraft = await send(legal.draftA)
          if (agencyScoped && ownDraft.status !== 200) failures.push(`${label}: own agency's draft refused (${ownDraft.status})`)
          const hidden = await send(legal.draftB)
          const missing = await send(987654)
          if (hidden.status !== 400) failures.push(`${label}: draft of B → ${hidden.status}`)
          if (missing.status !== 400) failures.push(`${label}: missing id → ${missing.status}`)
          const scrub = (b: unknown) => JSON.stringify(b).replace(/\d+/g, 'N')
          if (scrub(hidden.body) !== scrub(missing.body)) failures.push(`${label}: answers differ: ${scrub(hidden.body)} / ${scrub(missing.body)}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 300_000)
})

/** A PATCH body setting the field at `path` (through groups and arrays, filling a row's required siblings). */
function bodyAt(col: SanitizedCollectionConfig, path: string, value: unknown): Record<string, unknown> {
  const build = (fields: FlattenedField[], segments: string[]): Record<string, unknown> => {
    const [name, ...rest] = segments
    const field = fields.find((x) => x.name === name)!
    if (!rest.length) return { [name!]: value }
    if (field.type === 'array') return { [name!]: [{ ...fill(field.flattenedFields, ++counter), ...build(field.flattenedFields, rest) }] }
    if (field.type === 'group' || field.type === 'tab') return { [name!]: build(field.flattenedFields, rest) }
    throw new Error(`cannot build a body for ${col.slug}.${path}`)
  }
  return build(col.flattenedFields, path.split('.'))
}

describe("globals' relationship fields", () => {
  it('every global checks the relations a save adds (wired last), and a missing id answers 400 through REST, not 500', async () => {
    const { checkGlobalRelationTargets } = await import('@/plugins/relationGuard')
    expect(t.config.globals.map((g) => [g.slug, g.hooks.beforeChange?.at(-1) === checkGlobalRelationTargets])).toEqual(t.config.globals.map((g) => [g.slug, true]))
    // No global of ours links to a collection yet: site settings get one for the test's duration.
    const settings = t.payload.globals.config.find((g) => g.slug === 'site-settings')!
    const probe = { name: 'probeDocument', type: 'relationship', relationTo: 'legal-documents' } as (typeof settings.fields)[number]
    settings.fields.push(probe)
    try {
      for (const id of [987654, legal.draftB + 100_000])
        for (const draft of ['', '?draft=true']) {
          const res = await api.request('POST', `/api/globals/site-settings${draft}`, { token: tokens.admin, json: { probeDocument: id } })
          expect([id, draft, res.status]).toEqual([id, draft, 400])
          expect(JSON.stringify(res.body)).toContain('probeDocument')
        }
    } finally {
      settings.fields.splice(settings.fields.indexOf(probe), 1)
    }
  })
})

describe('a relation to an id that does not exist', () => {
  it('every relationship/upload field of every collection: 400, never 500, and the same answer as for another agency\'s item', async () => {
    const failures: string[] = []
    for (const { collection, path, field } of relationPaths()) {
      if (field.type === 'join') continue
      // Nobody updates a question through the API (not even admins): it moves only by its named
      // actions (POST /api/questions/{id}/move), whose relations questions.rest.test.ts covers.
      if (collection === 'questions') continue
      // Nobody writes a survey response through the API (not even admins): only the public survey
      // form creates them (surveys.test.ts checks POST and PATCH are refused), nobody updates one.
      if (collection === 'survey-responses') continue
      const col = t.config.collections.find((c) => c.slug === collection)!
      const id = await makeDoc(col, col.flattenedFields.some((x) => x.name === 'agency') ? f.agencyA : null, 'draft')
      if (id === null) continue
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      for (const target of targets) {
        const polymorphic = Array.isArray(field.relationTo)
        const v = (x: number) => (polymorphic ? { relationTo: target, value: x } : x)
        const value = (x: number) => ('hasMany' in field && field.hasMany ? [v(x)] : v(x))
        for (const draft of hasDrafts(col) ? [true, false] : [false]) {
          const res = await api.request('PATCH', `/api/${collection}/${id}?locale=vi${draft ? '&draft=true' : ''}`, { token: tokens.admin, json: bodyAt(col, path, value(987654)) })
          // 400; or a hook put the stored value back (e.g. totalsOverride.by is never taken from the body).
          const overwritten = res.status === 200 && !JSON.stringify(res.body.doc).includes('987654')
          if (res.status !== 400 && !overwritten) failures.push(`${collection}.${path} → ${target} (admin${draft ? ', draft' : ''}): ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
        }
      }
    }
    expect(failures).toEqual([])
  }, 300_000)

  it("an agency member cannot tell another agency's private file, or an item outside the field's options, from a missing one", async () => {
    const csv = 'Chỉ tiêu,Số tiền\nThu,100\n'
    const fileB = await t.payload.create({
      collection: 'budget-table-files',
      data: { agency: f.agencyB },
      file: { data: Buffer.from(csv), mimetype: 'text/csv', name: 'b.csv', size: Buffer.byteLength(csv) },
      ...SYSTEM,
    })
    const col = (slug: string) => t.config.collections.find((c) => c.slug === slug)!
    const zoneB = (await makeDoc(col('zones'), f.agencyB, 'published'))!
    const zonePath = relationPaths().find((p) => p.collection === 'investment-projects' && p.field.type === 'relationship' && p.field.relationTo === 'zones')!.path
    const cases: [string, number, Record<string, unknown>, Record<string, unknown>][] = [
      // Private to agency B (read access).
      ['budget-disclosures', (await makeDoc(col('budget-disclosures'), f.agencyA, 'draft'))!, { tableFile: fileB.id }, { tableFile: 987654 }],
      // Public, but outside the field's options (the multi-tenant plugin's own agency filter).
      ['investment-projects', (await makeDoc(col('investment-projects'), f.agencyA, 'draft'))!, bodyAt(col('investment-projects'), zonePath, zoneB), bodyAt(col('investment-projects'), zonePath, 987654)],
    ]
    for (const [slug, id, other, missing] of cases)
      for (const role of ['editorA', 'publisherA'] as Role[]) {
        const a = await api.request('PATCH', `/api/${slug}/${id}?locale=vi&draft=true`, { token: tokens[role], json: other })
        const b = await api.request('PATCH', `/api/${slug}/${id}?locale=vi&draft=true`, { token: tokens[role], json: missing })
        expect([slug, role, a.status, b.status]).toEqual([slug, role, 400, 400])
        expect(JSON.stringify(a.body).replace(/\d+/g, 'N')).toBe(JSON.stringify(b.body).replace(/\d+/g, 'N'))
      }
  })
})

function onePixelPng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
}

describe('geo operators on fields that are not points', () => {
  it('every collection × role: where[id][near|within|intersects] answers 400, not 500', async () => {
    const failures: string[] = []
    const operands: Record<string, string> = { near: '105.9,18.3,1000', within: '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}', intersects: '{"type":"Point","coordinates":[0,0]}' }
    for (const col of collections()) {
      for (const [op, operand] of Object.entries(operands)) {
        for (const role of ROLES) {
          for (const path of ['id', 'createdAt']) {
            const res = await api.request('GET', `/api/${col.slug}?${q({ [`where[${path}][${op}]`]: operand })}`, { token: as(role) })
            if (res.status !== 400) failures.push(`${col.slug} ${role} ${path} ${op}: ${res.status}`)
          }
        }
      }
    }
    expect(failures).toEqual([])
  }, 120_000)
})

describe('malformed filters', () => {
  it('every collection: ids and relations compared with non-ids, `all`, and unknown operators answer 400 or an empty list, never 500', async () => {
    const failures: string[] = []
    const ops = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'less_than_equal', 'like', 'not_like', 'contains', 'bogus']
    const values = ['abc', '1,x', '', '{"a":1}', "'"]
    for (const col of collections()) {
      const paths = ['id', ...relationPaths().filter((p) => p.collection === col.slug && p.field.type !== 'join' && !p.path.includes('.')).map((p) => p.path)]
      for (const path of paths)
        for (const op of ops)
          for (const value of values)
            for (const role of ['anonymous', 'admin'] as Role[]) {
              const res = await api.request('GET', `/api/${col.slug}?${q({ [`where[${path}][${op}]`]: value })}`, { token: as(role) })
              if (res.status >= 500) failures.push(`${col.slug} ${role} ${path} ${op} ${JSON.stringify(value)}: ${res.status}`)
            }
    }
    expect(failures).toEqual([])
  }, 300_000)
})

describe('bounded lists', () => {
  it('every collection × role: limit is capped for non-admins, pagination=false refused to visitors', async () => {
    const failures: string[] = []
    for (const col of collections()) {
      for (const role of ROLES) {
        for (const limit of ['1000', '0']) {
          const res = await api.request('GET', `/api/${col.slug}?limit=${limit}&depth=0`, { token: as(role) })
          if (res.status === 200 && role !== 'admin' && (res.body.limit as number) > MAX_LIST_LIMIT) failures.push(`${col.slug} ${role} limit=${limit}: ${String(res.body.limit)}`)
          if (res.status >= 500) failures.push(`${col.slug} ${role} limit=${limit}: ${res.status}`)
        }
        const all = await api.request('GET', `/api/${col.slug}?pagination=false&depth=0`, { token: as(role) })
        if (role === 'anonymous' && all.status !== 400) failures.push(`${col.slug} anonymous pagination=false: ${all.status}`)
        if (all.status === 200 && role !== 'admin' && ((all.body.docs as unknown[]) ?? []).length > MAX_LIST_LIMIT) failures.push(`${col.slug} ${role} pagination=false: too many`)
      }
      const member = await api.request('GET', `/api/${col.slug}?pagination=false`, { token: tokens.member })
      if (member.status !== 400) failures.push(`${col.slug} member pagination=false: ${member.status}`)
    }
    expect(failures).toEqual([])
  }, 120_000)

  it('a list longer than the cap is cut at the cap for non-admins, whole for admins', async () => {
    for (let i = 0; i < MAX_LIST_LIMIT + 5; i++)
      await t.payload.create({ collection: 'agencies', data: { name: `Xã ${i}`, slug: `xa-${i}`, kind: 'department' }, locale: 'vi', ...SYSTEM })
    const anon = await api.request('GET', '/api/agencies?limit=1000&depth=0')
    expect((anon.body.docs as unknown[]).length).toBe(MAX_LIST_LIMIT)
    expect(anon.body.hasNextPage).toBe(true)
    const staff = await api.request('GET', '/api/agencies?pagination=false&depth=0', { token: tokens.editorA })
    expect((staff.body.docs as unknown[]).length).toBe(MAX_LIST_LIMIT)
    const admin = await api.request('GET', '/api/agencies?limit=1000&depth=0', { token: tokens.admin })
    expect((admin.body.docs as unknown[]).length).toBeGreaterThan(MAX_LIST_LIMIT)
  }, 120_000)
})

describe('jobs', () => {
  it.each(['run', 'handle-schedules'])('/api/payload-jobs/%s: admins only', async (endpoint) => {
    for (const role of ROLES) {
      const res = await api.request('GET', `/api/payload-jobs/${endpoint}`, { token: as(role) })
      if (role === 'admin') expect([role, res.status]).toEqual([role, 200])
      else expect([role, [401, 403].includes(res.status)]).toEqual([role, true])
    }
  })
})

describe('agencies: kind and parent', () => {
  it('only admins change them; publishers still edit their contacts', async () => {
    for (const role of ROLES) {
      const before = await t.payload.findByID({ collection: 'agencies', id: f.agencyA, depth: 0, ...SYSTEM })
      const res = await api.request('PATCH', `/api/agencies/${f.agencyA}?locale=vi`, { token: as(role), json: { kind: 'commune', parent: f.agencyB, phone: `0239 ${role}` } })
      const after = await t.payload.findByID({ collection: 'agencies', id: f.agencyA, depth: 0, ...SYSTEM })
      if (role === 'admin') {
        expect(res.status).toBe(200)
        expect([after.kind, after.parent]).toEqual(['commune', f.agencyB])
      } else {
        expect([role, after.kind, after.parent ?? null]).toEqual([role, before.kind, before.parent ?? null])
        expect([role, res.status === 200]).toEqual([role, role === 'publisherA'])
        if (role === 'publisherA') expect(after.phone).toBe('0239 publisherA')
      }
      await t.payload.update({ collection: 'agencies', id: f.agencyA, data: { kind: 'department', parent: null }, ...SYSTEM })
    }
  })
})

describe('enquiries', () => {
  it("the contact agency's publishers write the handling fields only; every change is audited", async () => {
    const project = projectA
    const enquiry = await t.payload.create({
      collection: 'enquiries',
      data: { project, agency: f.agencyA, name: 'Nhà đầu tư', email: 'investor@example.com', message: 'Xin thông tin', locale: 'en' },
      ...SYSTEM,
    })
    const forged = { name: 'Đổi tên', email: 'forged@example.com', message: 'Sửa nội dung', project: project, agency: f.agencyB, locale: 'vi', company: 'X', country: 'Y' }
    for (const role of ROLES) {
      const body = role === 'admin' ? { handlingNote: 'Admin' } : { ...forged, handled: true, handlingNote: `Đã gọi lại (${role})` }
      const res = await api.request('PATCH', `/api/enquiries/${enquiry.id}`, { token: as(role), json: body })
      const after = await t.payload.findByID({ collection: 'enquiries', id: enquiry.id, depth: 0, ...SYSTEM })
      if (role === 'admin') {
        expect(res.status).toBe(200)
        continue
      }
      expect([role, after.name, after.email, after.message, after.agency, after.locale]).toEqual([role, 'Nhà đầu tư', 'investor@example.com', 'Xin thông tin', f.agencyA, 'en'])
      if (role === 'publisherA') {
        expect(res.status).toBe(200)
        expect([after.handled, after.handlingNote]).toEqual([true, 'Đã gọi lại (publisherA)'])
      } else {
        expect([role, [403, 404].includes(res.status)]).toEqual([role, true])
        await t.payload.update({ collection: 'enquiries', id: enquiry.id, data: { handled: false }, ...SYSTEM, context: { ...SYSTEM.context, skipAudit: true } })
      }
    }
    const audit = await t.payload.find({ collection: 'audit-log', where: { and: [{ targetCollection: { equals: 'enquiries' } }, { documentId: { equals: String(enquiry.id) } }] }, sort: 'createdAt', ...SYSTEM })
    const entries = audit.docs.map((d) => [d.action, (typeof d.user === 'object' ? d.user?.id : d.user) ?? null])
    expect(entries).toEqual(expect.arrayContaining([['created', null], ['edited', f.users.publisherA.id], ['edited', f.users.admin.id]]))
    // The contact agency's publishers read the entries; another agency's do not.
    const seen = await api.request('GET', `/api/audit-log?${q({ 'where[targetCollection][equals]': 'enquiries' })}`, { token: tokens.publisherA })
    expect((seen.body.totalDocs as number) > 0).toBe(true)
    const notSeen = await api.request('GET', `/api/audit-log?${q({ 'where[targetCollection][equals]': 'enquiries' })}`, { token: tokens.publisherB })
    expect(notSeen.body.totalDocs).toBe(0)
  })
})

describe('translators write the English locale only, everywhere', () => {
  it('every collection with an agency: a translator changes no non-localized field', async () => {
    const failures: string[] = []
    for (const col of collections().filter((c) => c.flattenedFields.some((x) => x.name === 'agency'))) {
      const id = await makeDoc(col, f.agencyA, 'draft')
      if (id === null) continue
      const before = (await t.payload.findByID({ collection: col.slug as 'news', id, depth: 0, draft: true, locale: 'all', ...SYSTEM } as never)) as unknown as Record<string, unknown>
      const changes: Record<string, unknown> = {}
      for (const field of col.flattenedFields) {
        if (('localized' in field && field.localized) || ['id', 'createdAt', 'updatedAt', '_status', 'workflowState'].includes(field.name)) continue
        if (field.type === 'text' || field.type === 'textarea') changes[field.name] = 'hasMany' in field && field.hasMany ? ['đổi'] : `doi-${field.name}`
        else if (field.type === 'number') changes[field.name] = 1999
        else if (field.type === 'checkbox') changes[field.name] = !before[field.name]
        else if (field.name === 'agency') changes[field.name] = f.agencyB
      }
      for (const locale of ['en', 'vi']) {
        const res = await api.request('PATCH', `/api/${col.slug}/${id}?locale=${locale}${hasDrafts(col) ? '&draft=true' : ''}`, { token: tokens.translatorA, json: changes })
        const after = (await t.payload.findByID({ collection: col.slug as 'news', id, depth: 0, draft: true, locale: 'all', ...SYSTEM } as never)) as unknown as Record<string, unknown>
        for (const name of Object.keys(changes)) if (JSON.stringify(after[name]) !== JSON.stringify(before[name])) failures.push(`${col.slug}.${name} changed by a translator (${locale}, ${res.status})`)
        // 400 when the forged agency is refused first (a relation outside the field's options).
        if (locale === 'vi' && ![400, 403, 404].includes(res.status)) failures.push(`${col.slug}: Vietnamese save by a translator → ${res.status}`)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)

  it('a translator cannot replace the file of an upload (budget table files, attachments, media)', async () => {
    const csv = (text: string) => ({ data: Buffer.from(text), mimetype: 'text/csv', name: 'bang.csv', size: Buffer.byteLength(text) })
    const table = await t.payload.create({ collection: 'budget-table-files', data: { agency: f.agencyA }, file: csv('Chỉ tiêu,Số tiền\nThu,100\n'), ...SYSTEM })
    const image = await t.payload.create({ collection: 'media', data: { alt: 'Ảnh', agency: f.agencyA }, file: { data: onePixelPng(), mimetype: 'image/png', name: 'a.png', size: onePixelPng().length }, ...SYSTEM })
    const files: [string, number, () => FormData][] = [
      ['budget-table-files', table.id, () => formWith(new Blob(['Chỉ tiêu,Số tiền\nThu,999\n'], { type: 'text/csv' }), 'khac.csv')],
      ['media', image.id, () => formWith(new Blob([new Uint8Array(onePixelPng())], { type: 'image/png' }), 'b.png', { alt: 'Alt' })],
    ]
    for (const [slug, id, form] of files) {
      const before = (await t.payload.findByID({ collection: slug as 'media', id, depth: 0, ...SYSTEM })) as unknown as Record<string, unknown>
      for (const locale of ['en', 'vi']) {
        const res = await api.request('PATCH', `/api/${slug}/${id}?locale=${locale}`, { token: tokens.translatorA, form: form() })
        expect([slug, locale, [403, 404].includes(res.status)]).toEqual([slug, locale, true])
      }
      const after = (await t.payload.findByID({ collection: slug as 'media', id, depth: 0, ...SYSTEM })) as unknown as Record<string, unknown>
      expect([slug, after.filename, after.filesize, after.table ?? null]).toEqual([slug, before.filename, before.filesize, before.table ?? null])
    }
    // The editor of the agency still replaces it.
    const ok = await api.request('PATCH', `/api/budget-table-files/${table.id}?locale=vi`, { token: tokens.editorA, form: formWith(new Blob(['Chỉ tiêu,Số tiền\nThu,7\n'], { type: 'text/csv' }), 'moi.csv') })
    expect(ok.status).toBe(200)
  })
})

function formWith(file: Blob, name: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify(fields))
  return form
}
