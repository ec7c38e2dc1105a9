import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, type Fixtures } from './helpers/fixtures'

/**
 * Procedure imports: a dry run reports create / update / refuse and writes nothing; an import
 * with any refused row writes nothing; a clean import writes every row as a draft; rows of an
 * agency the editor does not belong to are refused.
 */
let t: TestPayload
let f: Fixtures
beforeAll(async () => {
  t = await bootPayload('procedure-import')
  f = await createFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.cleanup())

const HEADER = 'Mã thủ tục,Tên thủ tục,Tên tiếng Anh,Cơ quan thực hiện,Lĩnh vực,Mức độ,Lý do một phần,Thời hạn giải quyết'
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8')
const GOOD = ['1001001,Cấp phép A,Licence A,so-a,Đầu tư,Toàn trình,,5', '1.001002,Cấp phép B,,so-a,Xây dựng,Một phần,Phải đối chiếu bản gốc,10']

async function upload(bytes: Buffer, mode: 'dry-run' | 'apply', who: keyof Fixtures['users'] = 'editorA') {
  const user = await t.payload.findByID({ collection: 'users', id: f.users[who].id, overrideAccess: true })
  return t.payload.create({
    collection: 'procedure-imports',
    data: { mode },
    file: { data: bytes, mimetype: 'text/csv', name: 'thu-tuc.csv', size: bytes.length },
    user: { ...user, collection: 'users' },
    overrideAccess: false,
  })
}
const procedures = () => t.payload.find({ collection: 'procedures', overrideAccess: true, draft: true, depth: 0, sort: 'code' })

describe('procedure import', () => {
  it('a dry run reports what would happen and writes nothing', async () => {
    const report = await upload(csv(...GOOD, '1.0010,Sai mã,,so-a,,Toàn trình,,', '1.001003,Của sở B,,so-b,,Chưa trực tuyến,,'), 'dry-run')
    expect(report).toMatchObject({ applied: false, toCreate: 2, toUpdate: 0, refused: 2 })
    expect(report.plan?.map((p) => [p.row, p.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'refuse'],
      [5, 'refuse'],
    ])
    expect(report.plan?.[3]?.message).toMatch(/cơ quan khác/)
    expect((await procedures()).totalDocs).toBe(0)
  })

  it('an import with a refused row writes nothing at all', async () => {
    const report = await upload(csv(...GOOD, '1.001004,,,so-a,,Toàn trình,,'), 'apply')
    expect(report).toMatchObject({ applied: false, toCreate: 2, refused: 1 })
    expect((await procedures()).totalDocs).toBe(0)
  })

  it('a clean import writes every row as a draft, a second one updates', async () => {
    const first = await upload(csv(...GOOD), 'apply')
    expect(first).toMatchObject({ applied: true, toCreate: 2, refused: 0 })
    const stored = await procedures()
    expect(stored.docs.map((d) => [d.code, d.level, d._status, d.agency])).toEqual([
      ['1.001001', 'full', 'draft', f.agencyA],
      ['1.001002', 'partial', 'draft', f.agencyA],
    ])
    const en = await t.payload.find({ collection: 'procedures', where: { code: { equals: '1.001001' } }, locale: 'en', draft: true, overrideAccess: true })
    expect(en.docs[0]?.name).toBe('Licence A')
    const second = await upload(csv(...GOOD), 'apply')
    expect(second).toMatchObject({ applied: true, toCreate: 0, toUpdate: 2 })
    expect((await procedures()).totalDocs).toBe(2)
  })

  it("another agency's editor cannot update these procedures", async () => {
    const report = await upload(csv('1001001,Đổi tên,,so-b,,Toàn trình,,5'), 'apply', 'editorB')
    expect(report).toMatchObject({ applied: false, refused: 1 })
    const a = await t.payload.find({ collection: 'procedures', where: { code: { equals: '1.001001' } }, draft: true, overrideAccess: true, locale: 'vi' })
    expect(a.docs[0]?.name).toBe('Cấp phép A')
  })
})
