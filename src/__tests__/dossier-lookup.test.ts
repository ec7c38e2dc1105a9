import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyDossierRows } from '@/lib/dossiers/apply'
import { lookupDossier } from '@/lib/dossiers/lookup'
import type { Policy } from '@/lib/rateLimit'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * The public look-up on a real database: the right pair shows the dossier (no personal data,
 * no hash), a wrong factor and an unknown code get one identical answer, and look-ups are
 * rate-limited per address and code like a public write.
 */
let t: TestPayload
let agency: number
beforeAll(async () => {
  t = await bootPayload('dossier-lookup')
  agency = (await t.payload.create({ collection: 'agencies', data: { slug: 'so-a', name: 'Sở A', kind: 'department' }, overrideAccess: true })).id
  await t.payload.create({
    collection: 'procedures',
    data: { code: '1.001234', name: 'Cấp phép A', slug: 'cap-phep-a', field: 'science', level: 'full', agency, _status: 'published' },
    locale: 'vi',
    overrideAccess: true,
    context: { skipRevalidate: true },
  })
  const report = await applyDossierRows(
    t.payload,
    [
      { row: 2, code: 'H29-0001', procedureCode: '1.001234', agency: 'so-a', receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: '2026-04-13', status: 'done', statusAt: null, factor: '5678' },
      { row: 3, code: 'H29-0002', procedureCode: '1.001234', agency: 'so-a', receivedAt: '2026-04-06', dueAt: '2026-04-10', resultAt: null, status: 'processing', statusAt: null, factor: '1111' },
    ],
    { agencyIdOf: (ref) => (ref === 'so-a' ? agency : null), mayWrite: () => true, source: 'demo', today: '2026-04-20' },
  )
  expect(report.created).toBe(2)
}, 120_000)
afterAll(async () => t?.cleanup())

const TODAY = '2026-04-20'
let n = 0
const address = () => `198.51.100.${++n}`

describe('dossier look-up', () => {
  it('the right pair shows procedure, agency, dates, history and timeliness — nothing personal', async () => {
    const outcome = await lookupDossier(t.payload, { code: ' h29-0001 ', factor: '5678' }, address(), '', 'dossierLookup', TODAY)
    expect(outcome.kind).toBe('done')
    if (outcome.kind !== 'done' || outcome.result.kind !== 'found') throw new Error('not found')
    const d = outcome.result.dossier
    expect(d).toMatchObject({
      code: 'H29-0001',
      procedure: { code: '1.001234', name: { vi: 'Cấp phép A' }, slug: 'cap-phep-a' },
      agency: { name: { vi: 'Sở A' }, slug: 'so-a' },
      receivedAt: '2026-04-06',
      dueAt: '2026-04-10',
      resultAt: '2026-04-13',
      status: 'done',
      timeliness: { kind: 'late', daysLate: 1 },
    })
    expect(d.history.map((h) => h.status)).toEqual(['received', 'done'])
    expect(JSON.stringify(outcome)).not.toMatch(/factor|5678|hash/i)
  })

  it('an open dossier past its due date is overdue', async () => {
    const outcome = await lookupDossier(t.payload, { code: 'H29-0002', factor: '1111' }, address(), '', 'dossierLookup', TODAY)
    expect(outcome.kind === 'done' && outcome.result.kind === 'found' && outcome.result.dossier.timeliness).toMatchObject({ kind: 'overdue', daysOverdue: 6 })
  })

  it('a wrong factor and an unknown code get the same answer', async () => {
    const wrong = await lookupDossier(t.payload, { code: 'H29-0001', factor: '0000' }, address(), '', 'dossierLookup', TODAY)
    const unknown = await lookupDossier(t.payload, { code: 'H29-9999', factor: '5678' }, address(), '', 'dossierLookup', TODAY)
    const otherDossiersFactor = await lookupDossier(t.payload, { code: 'H29-0001', factor: '1111' }, address(), '', 'dossierLookup', TODAY)
    expect(wrong).toEqual({ kind: 'done', result: { kind: 'no-match' } })
    expect(unknown).toEqual(wrong)
    expect(otherDossiersFactor).toEqual(wrong)
  })

  it('bad input is reported by field and costs no try', async () => {
    const outcome = await lookupDossier(t.payload, { code: '', factor: '12' }, address(), '', 'dossierLookup', TODAY)
    expect(outcome).toEqual({ kind: 'invalid', errors: [{ field: 'code', code: 'codeRequired' }, { field: 'factor', code: 'factorInvalid' }] })
  })

  it('is rate-limited per address and code; refused look-ups say when to retry', async () => {
    const tight: Policy = { name: `lookup-test-${Date.now()}`, rules: [{ by: ['address', 'target'], points: 3, duration: 600 }] }
    const from = address()
    for (let i = 0; i < 3; i++) expect((await lookupDossier(t.payload, { code: 'H29-0001', factor: String(1000 + i) }, from, '', tight, TODAY)).kind).toBe('done')
    const refused = await lookupDossier(t.payload, { code: 'H29-0001', factor: '5678' }, from, '', tight, TODAY)
    expect(refused).toMatchObject({ kind: 'refused', reason: 'rate-limited' })
    // Another code from the same address is still answered.
    expect((await lookupDossier(t.payload, { code: 'H29-0002', factor: '1111' }, from, '', tight, TODAY)).kind).toBe('done')
  })

  it('a filled honeypot is answered without a look-up', async () => {
    expect(await lookupDossier(t.payload, { code: 'H29-0001', factor: '5678' }, address(), 'http://spam', 'dossierLookup', TODAY)).toEqual({ kind: 'spam' })
  })
})
