import type { Payload, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requiredInDefaultLocale } from '@/fields/validators'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, PASSWORD, type Fixtures } from './helpers/fixtures'
import { restClient } from './helpers/rest'

/**
 * The access matrix: every collection × role × operation × same/other agency, through the REST
 * API with each role's real token. "Same" is agency A (the roles' own agency), "other" agency B.
 * Allowed means the request succeeds AND has its effect; denied means 401/403/404 AND no effect.
 */
type Role = 'anonymous' | 'editorA' | 'publisherA' | 'translatorA' | 'admin'
type Op = 'readPublished' | 'readDraft' | 'create' | 'update' | 'translate' | 'publish' | 'delete'
type Row = Record<Op, [same: boolean, other: boolean]>
const ROLES: Role[] = ['anonymous', 'editorA', 'publisherA', 'translatorA', 'admin']
const OPS: Op[] = ['readPublished', 'readDraft', 'create', 'update', 'translate', 'publish', 'delete']
const Y = true
const N = false

/** Publishable agency content (every collection built with agencyContent()). `update` = a Vietnamese draft save; `translate` = an English draft save. */
const CONTENT: Record<Role, Row> = {
  anonymous: {
    readPublished: [Y, Y],
    readDraft: [N, N],
    create: [N, N],
    update: [N, N],
    translate: [N, N],
    publish: [N, N],
    delete: [N, N],
  },
  editorA: {
    readPublished: [Y, Y],
    readDraft: [Y, N],
    create: [Y, N],
    update: [Y, N],
    translate: [Y, N],
    publish: [N, N],
    delete: [N, N],
  },
  publisherA: {
    readPublished: [Y, Y],
    readDraft: [Y, N],
    create: [Y, N],
    update: [Y, N],
    translate: [Y, N],
    publish: [Y, N],
    delete: [Y, N],
  },
  translatorA: {
    readPublished: [Y, Y],
    readDraft: [Y, N],
    create: [N, N],
    update: [N, N],
    translate: [Y, N],
    publish: [N, N],
    delete: [N, N],
  },
  admin: {
    readPublished: [Y, Y],
    readDraft: [Y, Y],
    create: [Y, Y],
    update: [Y, Y],
    translate: [Y, Y],
    publish: [Y, Y],
    delete: [Y, Y],
  },
}

/** Collections outside the publishable-content family, with their own rules (tested below). */
const OTHER_COLLECTIONS = new Set([
  // Their rules: src/__tests__/consultations.test.ts and ratings.test.ts (REST).
  'consultation-comments',
  'comment-attachments',
  'ratings',
  // Survey answers (the form-builder's submissions): surveys.test.ts (REST).
  'survey-responses',
  // Public services: dossiers.rest.test.ts (push tokens, another agency's dossiers) and
  // procedure-import.test.ts (dry run and import by publishers only).
  'procedure-imports',
  'dossiers',
  'dossier-imports',
  'dossier-tokens',
  // Questions and information requests (personal data): questions.rest.test.ts and
  // information-requests.rest.test.ts.
  'questions',
  'question-attachments',
  'information-requests',
  // The legal consultants' directory (the Department of Justice's staff write, visitors read active
  // entries): legal-support.test.ts (REST).
  'legal-consultants',
  // Alert banners (province editors province-wide, agency editors their agency): alerts-home.rest.test.ts.
  'alerts',
  // The e-commerce exchange (business accounts, their booths, products and images; moderated by
  // the Department of Industry and Trade, not agency-scoped): marketplace.rest.test.ts.
  'businesses',
  'booths',
  'products',
  'market-images',
  'users',
  'agencies',
  'media',
  'attachments',
  'budget-table-files',
  'enquiries',
  'disclosure-catalogue',
  'transparency-snapshots',
  'agency-settings',
  'audit-log',
  'payload-kv',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
])

/** Values some collections' validation needs beyond the generic sample. */
const OVERRIDES: Record<string, (n: number) => Record<string, unknown>> = {
  'legal-documents': (n) => ({
    number: `${n}/2024/QĐ-UBND`,
    issueDate: '2024-05-02T00:00:00.000Z',
    centralIssuer: 'bo-tai-chinh',
  }),
  'budget-disclosures': () => ({ fiscalYear: 2024 }),
  // Open at least the minimum consultation period.
  procedures: (n) => ({ code: `1.${String(n).padStart(6, '0')}` }),
  consultations: () => ({ openDate: '2024-05-01T00:00:00.000Z', closeDate: '2024-07-01T00:00:00.000Z' }),
  surveys: () => ({ startDate: '2024-05-01T00:00:00.000Z', endDate: '2024-06-01T00:00:00.000Z', fields: [{ blockType: 'text', name: 'q', label: 'Câu hỏi' }] }),
}

let t: TestPayload
let f: Fixtures
let api: ReturnType<typeof restClient>
const tokens: Partial<Record<Role, string>> = {}
let counter = 1000

beforeAll(async () => {
  t = await bootPayload('access-matrix')
  f = await createFixtures(t.payload)
  api = restClient(t.config)
  for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await api.login(f.users[role].email, PASSWORD)
}, 120_000)
afterAll(async () => t?.cleanup())

const SYSTEM = {
  overrideAccess: true,
  context: { skipRevalidate: true, skipNotify: true },
} as const
const DENIED = [401, 403, 404]

/** The localized text field a collection names its documents by: `title`, or its list title (procedures: `name`). */
const titleField = (col: SanitizedCollectionConfig): string =>
  col.flattenedFields.some((f) => f.name === 'title') ? 'title' : (col.admin?.useAsTitle ?? 'title')

function sample(col: SanitizedCollectionConfig, agency: unknown): Record<string, unknown> {
  const n = ++counter
  const data: Record<string, unknown> = {
    agency,
    [titleField(col)]: `Tài liệu kiểm thử ${n}`,
    slug: `${col.slug}-kiem-thu-${n}`,
  }
  for (const field of col.flattenedFields) {
    const required = ('required' in field && field.required) || ('validate' in field && field.validate === requiredInDefaultLocale)
    if (!required || data[field.name] !== undefined) continue
    if (field.type === 'text' || field.type === 'textarea') data[field.name] = `${field.name}-${n}`
    else if (field.type === 'select') {
      const first = field.options[0]!
      const value = typeof first === 'string' ? first : first.value
      data[field.name] = field.hasMany ? [value] : value
    } else if (field.type === 'number') data[field.name] = 2024
    else if (field.type === 'date') data[field.name] = '2024-05-01T00:00:00.000Z'
  }
  return { ...data, ...OVERRIDES[col.slug]?.(n) }
}

async function makeDoc(payload: Payload, col: SanitizedCollectionConfig, agency: unknown, status: 'draft' | 'published') {
  const doc = await payload.create({
    collection: col.slug as 'news',
    data: { ...sample(col, agency), _status: status } as never,
    draft: status === 'draft',
    locale: 'vi',
    ...SYSTEM,
  })
  return doc.id
}

const contentCollections = () => t.config.collections.filter((c) => c.custom?.agencyScoped && c.versions?.drafts)

describe('the matrix covers every collection', () => {
  it('each collection is either publishable agency content or listed with its own rules', () => {
    const unknown = t.config.collections.filter((c) => !(c.custom?.agencyScoped && c.versions?.drafts) && !OTHER_COLLECTIONS.has(c.slug)).map((c) => c.slug)
    expect(unknown).toEqual([])
    expect(contentCollections().map((c) => c.slug)).toContain('news')
  })
})

describe('publishable agency content', () => {
  // One test over every collection built with agencyContent() (the list is known only once Payload is booted).
  it('every publishable collection: role × operation × same/other agency', async () => {
    const failures: string[] = []
    for (const col of contentCollections()) {
      const slug = col.slug
      const p = t.payload
      const agencyOf = (scope: 0 | 1) => (scope === 0 ? f.agencyA : f.agencyB)
      const live = (id: unknown) =>
        p.findByID({
          collection: slug as 'news',
          id: id as number,
          locale: 'all',
          depth: 0,
          ...SYSTEM,
          disableErrors: true,
        } as never) as unknown as Promise<Record<string, unknown> | null>
      const latest = (id: unknown) =>
        p.findByID({
          collection: slug as 'news',
          id: id as number,
          draft: true,
          locale: 'all',
          depth: 0,
          ...SYSTEM,
          disableErrors: true,
        } as never) as unknown as Promise<Record<string, unknown> | null>
      const shared = {
        published: [await makeDoc(p, col, f.agencyA, 'published'), await makeDoc(p, col, f.agencyB, 'published')],
        draft: [await makeDoc(p, col, f.agencyA, 'draft'), await makeDoc(p, col, f.agencyB, 'draft')],
      }

      for (const role of ROLES) {
        const token = tokens[role]
        for (const op of OPS) {
          for (const scope of [0, 1] as const) {
            const expected = CONTENT[role][op][scope]
            let ok: boolean
            let status = 0
            if (op === 'readPublished' || op === 'readDraft') {
              const id = (op === 'readPublished' ? shared.published : shared.draft)[scope]
              const one = await api.request('GET', `/api/${slug}/${id}?locale=vi${op === 'readDraft' ? '&draft=true' : ''}`, { token })
              const list = await api.request('GET', `/api/${slug}?locale=vi&draft=true&limit=1&where[id][equals]=${id}`, { token })
              status = one.status
              const seenInList = list.status === 200 && (list.body.totalDocs as number) === 1
              ok = one.status === 200 && seenInList
              if (!ok && !(DENIED.includes(one.status) && !seenInList))
                failures.push(`${slug}: ${role} ${op} ${scope ? 'other' : 'same'}: inconsistent (${one.status}, list ${list.status}/${String(list.body.totalDocs)})`)
            } else if (op === 'create') {
              const data = sample(col, agencyOf(scope))
              const res = await api.request('POST', `/api/${slug}?locale=vi&draft=true`, { token, json: data })
              status = res.status
              const stored = await p.find({
                collection: slug as 'news',
                // By title: some collections derive the slug themselves (legal documents: from the number).
                where: { [titleField(col)]: { equals: data[titleField(col)] as string } },
                locale: 'vi',
                draft: true,
                ...SYSTEM,
                limit: 1,
              })
              ok = res.status === 201 && stored.totalDocs === 1
              if (!ok && stored.totalDocs !== 0) failures.push(`${slug}: ${role} create ${scope}: refused (${res.status}) but stored`)
            } else {
              const id = await makeDoc(p, col, agencyOf(scope), op === 'delete' ? 'published' : 'draft')
              if (op === 'update' || op === 'translate') {
                const locale = op === 'update' ? 'vi' : 'en'
                const title = `Sửa bởi ${role} ${op}`
                const res = await api.request('PATCH', `/api/${slug}/${id}?locale=${locale}&draft=true`, { token, json: { [titleField(col)]: title } })
                status = res.status
                const after = await latest(id)
                const stored = (after?.[titleField(col)] as Record<string, unknown> | undefined)?.[locale]
                ok = res.status === 200 && stored === title
                if (!ok && stored === title) failures.push(`${slug}: ${role} ${op} ${scope}: refused (${res.status}) but changed`)
              } else if (op === 'publish') {
                const res = await api.request('PATCH', `/api/${slug}/${id}?locale=vi`, { token, json: { _status: 'published' } })
                status = res.status
                const after = await live(id)
                ok = res.status === 200 && after?._status === 'published'
                if (!ok && after?._status === 'published') failures.push(`${slug}: ${role} publish ${scope}: refused (${res.status}) but published`)
              } else {
                const res = await api.request('DELETE', `/api/${slug}/${id}`, {
                  token,
                })
                status = res.status
                const after = await live(id)
                ok = res.status === 200 && after === null
                if (!ok && after === null) failures.push(`${slug}: ${role} delete ${scope}: refused (${res.status}) but deleted`)
              }
            }
            if (!ok && !DENIED.includes(status) && !failures.some((x) => x.startsWith(`${role} ${op}`)))
              failures.push(`${slug}: ${role} ${op} ${scope ? 'other' : 'same'}: unexpected status ${status}`)
            if (ok !== expected)
              failures.push(`${slug}: ${role} ${op} ${scope ? 'other' : 'same'}: expected ${expected ? 'allowed' : 'denied'}, got ${ok ? 'allowed' : 'denied'} (${status})`)
          }
        }
      }
    }
    expect(contentCollections().length).toBeGreaterThan(0)
    expect(failures).toEqual([])
  }, 600_000)
})

describe('forged agency values', () => {
  it.each(['news', 'agency-settings'])('%s: a member of A cannot create in, or move a document to, agency B', async (slug) => {
    const token = tokens.publisherA
    const created = await api.request('POST', `/api/${slug}?locale=vi`, {
      token,
      json: {
        title: 'Giả mạo',
        slug: `gia-mao-${slug}`,
        agency: f.agencyB,
        tenant: f.agencyB,
      },
    })
    expect([400, 403]).toContain(created.status)
    const own = await api.request('POST', `/api/${slug}?locale=vi${slug === 'news' ? '&draft=true' : ''}`, {
      token,
      json: { title: 'Của A', slug: `cua-a-${slug}`, agency: f.agencyA },
    })
    expect(own.status).toBe(201)
    const id = (own.body.doc as { id: number }).id
    const moved = await api.request('PATCH', `/api/${slug}/${id}?locale=vi${slug === 'news' ? '&draft=true' : ''}`, { token, json: { agency: f.agencyB, tenant: f.agencyB } })
    expect(moved.status).toBe(400)
    const doc = await t.payload.findByID({
      collection: slug as 'news',
      id,
      draft: true,
      depth: 0,
      ...SYSTEM,
    })
    expect(doc.agency).toBe(f.agencyA)
  })
})

describe('collections with their own rules', () => {
  const status = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, role: Role, json?: unknown) =>
    (await api.request(method, url, { token: tokens[role], json })).status

  it('users: never public; a user reads themself, a publisher their agency; only admins create or delete', async () => {
    const table: [Role, number, number, number][] = [
      // role, GET users/editorA (same agency), GET users/editorB (other), GET users/admin
      ['anonymous', 403, 403, 403],
      ['editorA', 404, 404, 404],
      ['publisherA', 200, 404, 404],
      ['translatorA', 404, 404, 404],
      ['admin', 200, 200, 200],
    ]
    for (const [role, same, other, admin] of table) {
      expect([role, await status('GET', `/api/users/${f.users.editorA.id}`, role)]).toEqual([role, role === 'editorA' ? 200 : same])
      expect([role, await status('GET', `/api/users/${f.users.editorB.id}`, role)]).toEqual([role, other])
      expect([role, await status('GET', `/api/users/${f.users.admin.id}`, role)]).toEqual([role, role === 'admin' ? 200 : admin])
      const created = await status('POST', '/api/users', role, {
        email: `new.${role}@test.vn`,
        password: PASSWORD,
        name: 'x',
      })
      expect([role, created]).toEqual([role, role === 'admin' ? 201 : 403])
    }
    for (const role of ['anonymous', 'editorA', 'publisherA'] as Role[])
      expect([role, await status('DELETE', `/api/users/${f.users.editorB.id}`, role)]).toEqual([role, role === 'anonymous' ? 403 : 403])
  })

  it('users: private fields never leave the server', async () => {
    const res = await api.request('GET', `/api/users/${f.users.editorA.id}`, {
      token: tokens.admin,
    })
    for (const secret of ['hash', 'salt', 'password', 'resetPasswordToken']) expect(res.body).not.toHaveProperty(secret)
  })

  it('agencies: public; publishers edit their own; admins create and delete', async () => {
    const expected: Record<Role, [read: number, updSame: number, updOther: number, create: number]> = {
      anonymous: [200, 403, 403, 403],
      editorA: [200, 403, 403, 403],
      publisherA: [200, 200, 403, 403],
      translatorA: [200, 403, 403, 403],
      admin: [200, 200, 200, 201],
    }
    for (const role of ROLES) {
      const [read, same, other, create] = expected[role]
      expect([role, await status('GET', `/api/agencies/${f.agencyB}`, role)]).toEqual([role, read])
      expect([
        role,
        await status('PATCH', `/api/agencies/${f.agencyA}?locale=vi`, role, {
          phone: '0239 1',
        }),
      ]).toEqual([role, same])
      expect([
        role,
        await status('PATCH', `/api/agencies/${f.agencyB}?locale=vi`, role, {
          phone: '0239 2',
        }),
      ]).toEqual([role, other])
      expect([
        role,
        await status('POST', '/api/agencies?locale=vi', role, {
          name: `Cơ quan ${role}`,
          slug: `co-quan-${role}`,
          kind: 'department',
        }),
      ]).toEqual([role, create])
      if (role !== 'admin') expect([role, await status('DELETE', `/api/agencies/${f.agencyB}`, role)]).toEqual([role, 403])
    }
  })

  it('audit log: admins and the agency publishers read; nobody writes', async () => {
    const entryA = (
      await t.payload.find({
        collection: 'audit-log',
        where: { agency: { equals: f.agencyA } },
        limit: 1,
        ...SYSTEM,
      })
    ).docs[0]!
    const entryB = (
      await t.payload.find({
        collection: 'audit-log',
        where: { agency: { equals: f.agencyB } },
        limit: 1,
        ...SYSTEM,
      })
    ).docs[0]!
    const expected: Record<Role, [same: number, other: number]> = {
      anonymous: [403, 403],
      editorA: [403, 403],
      publisherA: [200, 404],
      translatorA: [403, 403],
      admin: [200, 200],
    }
    for (const role of ROLES) {
      expect([role, await status('GET', `/api/audit-log/${entryA.id}`, role)]).toEqual([role, expected[role][0]])
      expect([role, await status('GET', `/api/audit-log/${entryB.id}`, role)]).toEqual([role, expected[role][1]])
      expect([
        role,
        await status('POST', '/api/audit-log', role, {
          action: 'edited',
          targetCollection: 'news',
          documentId: '1',
        }),
      ]).toEqual([role, 403])
      expect([
        role,
        await status('PATCH', `/api/audit-log/${entryA.id}`, role, {
          title: 'x',
        }),
      ]).toEqual([role, 403])
      expect([role, await status('DELETE', `/api/audit-log/${entryA.id}`, role)]).toEqual([role, 403])
    }
  })

  it('admin-only and system collections are closed to everyone else', async () => {
    for (const slug of ['disclosure-catalogue', 'transparency-snapshots']) {
      for (const role of ['anonymous', 'editorA', 'publisherA', 'translatorA'] as Role[]) {
        expect([
          slug,
          role,
          await status('POST', `/api/${slug}?locale=vi`, role, {
            key: `k-${role}`,
            title: 'x',
          }),
        ]).toEqual([slug, role, 403])
      }
    }
    for (const slug of ['payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'budget-table-files', 'enquiries']) {
      // payload-migrations has no REST route at all (501); the others refuse anonymous readers.
      expect([slug, (await api.request('GET', `/api/${slug}`)).status]).toEqual([slug, slug === 'payload-migrations' ? 501 : 403])
    }
  })
})

describe('anonymous visitors', () => {
  it('never see users, drafts, versions or the audit log', async () => {
    expect((await api.request('GET', '/api/users')).status).toBe(403)
    expect((await api.request('GET', '/api/audit-log')).status).toBe(403)
    for (const c of contentCollections()) {
      expect([c.slug, (await api.request('GET', `/api/${c.slug}/versions`)).status]).toEqual([c.slug, 403])
      const drafts = await api.request('GET', `/api/${c.slug}?draft=true&where[_status][equals]=draft`)
      expect([c.slug, drafts.body.totalDocs]).toEqual([c.slug, 0])
    }
  })

  it('GraphQL is not served', async () => {
    const res = await api.request('POST', '/api/graphql', {
      json: { query: '{ Users { docs { email } } }' },
    })
    expect(res.status).toBe(404)
    expect(JSON.stringify(res.body)).not.toContain('@test.vn')
  })
})
