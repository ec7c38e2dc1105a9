import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootSignedIn, type SignedIn } from './helpers/signedIn'

/**
 * Dossiers from the one-stop systems, through the real REST handlers: the push API's tokens
 * (issued by admins, shown once, stored hashed, revocable), refusals (no token, revoked token,
 * another agency's dossiers), idempotence (the same push twice changes nothing), every push in
 * the import log, and what nobody but the agency's staff can read (factor hash never).
 */
let s: SignedIn
beforeAll(async () => {
  s = await bootSignedIn('dossiers-rest')
}, 120_000)
afterAll(async () => s?.t.cleanup())

const push = (token: string | null, dossiers: unknown[]) =>
  s.api.request('POST', '/api/dossiers/push', { json: { dossiers }, headers: token ? { Authorization: `Bearer ${token}` } : {} })

const batch = [
  { code: 'A-2026-0001', procedureCode: '1001234', receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: '2026-04-08', status: 'done', phone: '0912 345 678' },
  { code: 'A-2026-0002', procedureCode: '1.001234', receivedAt: '06/04/2026', dueAt: '10/04/2026', status: 'Đang xử lý', phone: '0987654321' },
]

async function issueToken(agency: number, label: string): Promise<{ id: number; token: string }> {
  const res = await s.api.request('POST', '/api/dossier-tokens', { token: s.tokens.admin, json: { label, agency } })
  expect(res.status).toBe(201)
  const doc = res.body.doc as { id: number; token?: string; tokenHash?: string }
  expect(doc.tokenHash).toBeUndefined()
  expect(doc.token).toMatch(/^htdv_/)
  return { id: doc.id, token: doc.token! }
}

describe('push API', () => {
  let tokenA: { id: number; token: string }

  it('only admins issue tokens; the token is shown once and stored hashed', async () => {
    const byPublisher = await s.api.request('POST', '/api/dossier-tokens', { token: s.tokens.publisherA, json: { label: 'x', agency: s.f.agencyA } })
    expect(byPublisher.status).toBe(403)
    tokenA = await issueToken(s.f.agencyA, 'Một cửa Sở A')
    const again = await s.api.request('GET', `/api/dossier-tokens/${tokenA.id}`, { token: s.tokens.admin })
    expect(again.status).toBe(200)
    expect(again.body.token).toBeUndefined()
    expect(again.body.tokenHash).toBeUndefined()
    expect(JSON.stringify(again.body)).not.toContain(tokenA.token)
    // One active token per agency.
    const second = await s.api.request('POST', '/api/dossier-tokens', { token: s.tokens.admin, json: { label: 'Thứ hai', agency: s.f.agencyA } })
    expect(second.status).toBe(400)
  })

  it('refuses a missing or unknown token', async () => {
    expect((await push(null, batch)).status).toBe(401)
    expect((await push('htdv_not-a-token', batch)).status).toBe(401)
    const total = await s.t.payload.count({ collection: 'dossiers', overrideAccess: true })
    expect(total.totalDocs).toBe(0)
  })

  it('lands the dossiers, and the same push twice changes nothing', async () => {
    const first = await push(tokenA.token, batch)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0, refused: 0 })
    const stored = await s.t.payload.find({ collection: 'dossiers', overrideAccess: true, showHiddenFields: true, sort: 'code', depth: 0 })
    expect(stored.docs.map((d) => [d.code, d.procedureCode, d.status, d.agency])).toEqual([
      ['A-2026-0001', '1.001234', 'done', s.f.agencyA],
      ['A-2026-0002', '1.001234', 'processing', s.f.agencyA],
    ])
    // Only a keyed hash of the phone's last four digits is kept; no phone anywhere.
    expect(stored.docs[0]!.factorHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored.docs)).not.toMatch(/0912|345 678|5678|0987/)
    const updatedAt = stored.docs.map((d) => d.updatedAt)

    const second = await push(tokenA.token, batch)
    expect(second.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, refused: 0 })
    const after = await s.t.payload.find({ collection: 'dossiers', overrideAccess: true, sort: 'code' })
    expect(after.docs.map((d) => d.updatedAt)).toEqual(updatedAt)
    expect(after.totalDocs).toBe(2)
  })

  it('a status change is an update with a new history step', async () => {
    const res = await push(tokenA.token, [{ ...batch[1], status: 'done', resultAt: '2026-04-13' }])
    expect(res.body).toMatchObject({ created: 0, updated: 1 })
    const d = (await s.t.payload.find({ collection: 'dossiers', where: { code: { equals: 'A-2026-0002' } }, overrideAccess: true })).docs[0]!
    expect(d.history?.map((h) => [h.status, h.at.slice(0, 10)])).toEqual([
      ['received', '2026-04-06'],
      ['processing', '2026-04-06'],
      ['done', '2026-04-13'],
    ])
  })

  it("refuses another agency's dossiers by row, the good rows land", async () => {
    const tokenB = await issueToken(s.f.agencyB, 'Một cửa Sở B')
    const res = await push(tokenB.token, [
      // Names agency A explicitly.
      { ...batch[0], code: 'B-2026-0009', agency: 'so-a' },
      // Agency A's existing code, without naming an agency: must not be overwritten.
      { ...batch[0], status: 'returned' },
      { ...batch[0], code: 'B-2026-0001' },
      // A bad row.
      { code: 'B-2026-0002', procedureCode: 'x', receivedAt: 'hôm qua', dueAt: '2026-04-10', status: 'done' },
    ])
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ created: 1, refused: 3 })
    const errors = res.body.errors as { row: number; field: string; message: string }[]
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'agency'],
      [2, 'code'],
      [4, 'procedureCode'],
      [4, 'receivedAt'],
      [4, 'resultAt'],
    ])
    expect(errors[0]!.message).toMatch(/cơ quan khác/)
    const a1 = (await s.t.payload.find({ collection: 'dossiers', where: { code: { equals: 'A-2026-0001' } }, overrideAccess: true, depth: 0 })).docs[0]!
    expect(a1.status).toBe('done')
    expect(a1.agency).toBe(s.f.agencyA)
  })

  it('refuses a revoked token, and revoking cannot be undone', async () => {
    const revoke = await s.api.request('PATCH', `/api/dossier-tokens/${tokenA.id}`, { token: s.tokens.admin, json: { revoked: true } })
    expect(revoke.status).toBe(200)
    expect((await push(tokenA.token, batch)).status).toBe(401)
    await s.api.request('PATCH', `/api/dossier-tokens/${tokenA.id}`, { token: s.tokens.admin, json: { revoked: false } })
    expect((await push(tokenA.token, batch)).status).toBe(401)
  })

  it('every accepted push is in the import log, readable by its agency only', async () => {
    const log = await s.t.payload.find({ collection: 'dossier-imports', overrideAccess: true, sort: 'createdAt', where: { source: { equals: 'api' } } })
    expect(log.docs.map((d) => [d.created, d.updated, d.unchanged, d.refused])).toEqual([
      [2, 0, 0, 0],
      [0, 0, 2, 0],
      [0, 1, 0, 0],
      [1, 0, 0, 3],
    ])
    const asB = await s.api.request('GET', '/api/dossier-imports', { token: s.tokens.editorB })
    expect((asB.body.docs as unknown[]).length).toBe(1)
  })
})

describe('who reads dossiers', () => {
  it('visitors and other agencies read nothing; the agency reads its own, never the factor hash', async () => {
    const anonymous = await s.api.request('GET', '/api/dossiers')
    expect(anonymous.status === 403 || (anonymous.body.docs as unknown[]).length === 0).toBe(true)
    const asB = await s.api.request('GET', '/api/dossiers', { token: s.tokens.editorB })
    expect((asB.body.docs as { code: string }[]).map((d) => d.code)).toEqual(['B-2026-0001'])
    const asA = await s.api.request('GET', '/api/dossiers?sort=code', { token: s.tokens.editorA })
    const docs = asA.body.docs as Record<string, unknown>[]
    expect(docs.map((d) => d.code)).toEqual(['A-2026-0001', 'A-2026-0002'])
    for (const d of docs) expect(d.factorHash).toBeUndefined()
    // Nobody but admins writes one directly.
    const write = await s.api.request('POST', '/api/dossiers', { token: s.tokens.publisherA, json: { code: 'A-X-1', procedureCode: '1.001234', agency: s.f.agencyA, receivedAt: '2026-04-01', dueAt: '2026-04-02', status: 'done' } })
    expect(write.status).toBe(403)
  })
})
