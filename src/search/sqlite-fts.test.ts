import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createSqliteSearchIndex, type SqliteSearchIndex } from './sqlite-fts'
import type { SearchDoc } from './types'

let dir: string
let client: Client
let index: SqliteSearchIndex

function doc(collection: string, docId: string | number, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return {
    id: `${collection}:${docId}`,
    collection,
    docId,
    locale: 'vi',
    title,
    body,
    url: `/${collection}/${docId}`,
    ...extra,
  }
}

const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id)

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-test-'))
  client = createClient({ url: 'file:' + path.join(dir, 'search.db') })
  index = createSqliteSearchIndex(client, { countCap: 50 })
  await index.init()
  await index.init() // idempotent
})
afterAll(() => {
  client.close()
  rmSync(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  await index.clear()
})

describe('sqlite FTS search index', () => {
  it('finds accented text from accent-free queries, including đ', async () => {
    await index.upsert([
      doc('legal', 1, 'Nghị quyết 22/2016/NQ-HĐND về phí', 'Hội đồng nhân dân tỉnh Hà Tĩnh', { docNumber: '22/2016/NQ-HĐND' }),
      doc('news', 2, 'Hợp tác với tỉnh Đồng Nai', 'Đoàn công tác làm việc tại Đồng Nai'),
      doc('news', 3, 'Tin khác', 'Không liên quan'),
    ])
    expect(ids(await index.search({ q: 'nghi quyet 22 2016', locale: 'vi' }))).toEqual(['legal:1'])
    expect(ids(await index.search({ q: 'dong nai', locale: 'vi' }))).toEqual(['news:2'])
    expect(ids(await index.search({ q: 'ĐỒNG NAI', locale: 'vi' }))).toEqual(['news:2'])
  })

  it('ranks exact-diacritic matches above folded-only matches', async () => {
    // The folded-only documents are stronger on bm25 (title match, repeated word).
    await index.upsert([
      doc('news', 'a', 'Dương và dương', 'dương dương dương'),
      doc('news', 'b', 'Thông báo', 'Sửa chữa đường tỉnh lộ'),
      doc('news', 'c', 'Dương Dương', 'dương'),
    ])
    const r = await index.search({ q: 'đường', locale: 'vi' })
    expect(r.total).toBe(3)
    expect(r.hits[0].id).toBe('news:b')
    // Accent-free input expresses no preference: pure relevance order.
    const folded = await index.search({ q: 'duong', locale: 'vi' })
    expect(folded.total).toBe(3)
    expect(folded.hits[2].id).toBe('news:b')
  })

  it('uses AND semantics', async () => {
    await index.upsert([
      doc('news', 1, 'Ngân sách tỉnh', 'quy hoạch'),
      doc('news', 2, 'Ngân sách', 'đầu tư công'),
      doc('news', 3, 'Quy hoạch', 'đầu tư'),
    ])
    expect(ids(await index.search({ q: 'ngan sach quy hoach', locale: 'vi' }))).toEqual(['news:1'])
    expect(ids(await index.search({ q: 'ngân sách đầu tư', locale: 'vi' }))).toEqual(['news:2'])
  })

  it('matches quoted phrases as adjacent words only', async () => {
    await index.upsert([
      doc('news', 1, 'Ủy ban nhân dân tỉnh Hà Tĩnh', 'thông báo'),
      doc('news', 2, 'Ban chỉ đạo', 'ủy quyền cho trưởng ban'),
    ])
    expect(ids(await index.search({ q: '"ủy ban" hà tĩnh', locale: 'vi' }))).toEqual(['news:1'])
    expect(ids(await index.search({ q: '"uy ban"', locale: 'vi' }))).toEqual(['news:1'])
    const both = await index.search({ q: 'uy ban', locale: 'vi' })
    expect(both.total).toBe(2)
  })

  it('finds a document by its number first, in any spelling', async () => {
    const docs = [doc('legal', 1, 'Nghị quyết 22/2016/NQ-HĐND quy định mức thu phí', 'Căn cứ', { docNumber: '22/2016/NQ-HĐND' })]
    // Many documents that cite it (and would outrank it on bm25).
    for (let i = 2; i < 12; i++) {
      docs.push(doc('legal', i, `Quyết định ${i}/2017/QĐ-UBND thực hiện nghị quyết 22 2016 nq hdnd`, 'Nghị quyết 22/2016/NQ-HĐND; 22/2016/NQ-HĐND; 22/2016/NQ-HĐND', { docNumber: `${i}/2017/QĐ-UBND` }))
    }
    await index.upsert(docs)
    for (const q of ['22/2016/NQ-HĐND', '22/2016/nq-hdnd', '22 2016 NQ HDND', 'số 22/2016/NQ-HĐND']) {
      const r = await index.search({ q, locale: 'vi' })
      expect(r.hits[0].id, q).toBe('legal:1')
      expect(r.hits[0].docNumber).toBe('22/2016/NQ-HĐND')
    }
    // a number prefix works too
    expect((await index.search({ q: '5/2017', locale: 'vi' })).hits[0].id).toBe('legal:5')
  })

  it('applies filters and computes section facets ignoring the section filter', async () => {
    await index.upsert([
      doc('legal', 1, 'Quy hoạch xã', 'x', { agency: 'ubnd', year: 2020, docType: 'qd' }),
      doc('legal', 2, 'Quy hoạch phường', 'x', { agency: 'hdnd', year: 2021, docType: 'nq' }),
      doc('news', 3, 'Quy hoạch đô thị', 'x', { agency: 'ubnd', year: 2020 }),
      doc('news', 4, 'Quy hoạch đô thị', 'x', { locale: 'en' }),
    ])
    const all = await index.search({ q: 'quy hoach', locale: 'vi' })
    expect(all.total).toBe(3)
    expect(all.facets.section).toEqual({ legal: 2, news: 1 })
    const legal = await index.search({ q: 'quy hoach', locale: 'vi', section: 'legal' })
    expect(ids(legal).sort()).toEqual(['legal:1', 'legal:2'])
    expect(legal.facets.section).toEqual({ legal: 2, news: 1 })
    expect(ids(await index.search({ q: 'quy hoach', locale: 'vi', agency: 'ubnd' })).sort()).toEqual(['legal:1', 'news:3'])
    expect(ids(await index.search({ q: 'quy hoach', locale: 'vi', year: 2021 }))).toEqual(['legal:2'])
    expect(ids(await index.search({ q: 'quy hoach', locale: 'vi', docType: 'qd' }))).toEqual(['legal:1'])
    expect(ids(await index.search({ q: 'quy hoach', locale: 'en' }))).toEqual(['news:4'])
    // empty query = browse with filters
    expect(ids(await index.search({ q: '', locale: 'vi', agency: 'hdnd' }))).toEqual(['legal:2'])
  })

  it('removes documents (one locale or all)', async () => {
    await index.upsert([
      doc('news', 1, 'Hà Tĩnh', 'a'),
      doc('news', 1, 'Ha Tinh province', 'a', { locale: 'en' }),
      doc('news', 2, 'Hà Tĩnh', 'b'),
    ])
    await index.remove([{ collection: 'news', docId: 2 }])
    expect(ids(await index.search({ q: 'ha tinh', locale: 'vi' }))).toEqual(['news:1'])
    await index.remove([{ collection: 'news', docId: '1', locale: 'vi' }])
    expect((await index.search({ q: 'ha tinh', locale: 'vi' })).total).toBe(0)
    expect(ids(await index.search({ q: 'ha tinh', locale: 'en' }))).toEqual(['news:1'])
    expect((await index.stats()).docs).toBe(1)
  })

  it('re-upsert replaces; an English-only edit leaves the vi row alone', async () => {
    await index.upsert([
      doc('news', 7, 'Lễ hội mùa xuân', 'nội dung tiếng Việt'),
      doc('news', 7, 'Spring festival', 'english text', { locale: 'en' }),
    ])
    await index.upsert([doc('news', 7, 'Autumn festival', 'edited english', { locale: 'en' })])
    expect((await index.search({ q: 'spring', locale: 'en' })).total).toBe(0)
    expect(ids(await index.search({ q: 'autumn', locale: 'en' }))).toEqual(['news:7'])
    const vi = await index.search({ q: 'le hoi', locale: 'vi' })
    expect(vi.hits.map((h) => [h.id, h.title])).toEqual([['news:7', 'Lễ hội mùa xuân']])
    expect(vi.hits[0].docId).toBe(7)
    expect((await index.stats()).docs).toBe(2)
  })

  it('suggests corrections for misspelled terms and type-ahead titles', async () => {
    const docs: SearchDoc[] = []
    for (let i = 0; i < 10; i++) docs.push(doc('legal', i, `Nghị quyết về ngân sách năm ${2010 + i}`, 'Hội đồng nhân dân tỉnh quyết nghị'))
    await index.upsert(docs)
    const r = await index.search({ q: 'nghi quyat ngan sach', locale: 'vi' })
    expect(r.total).toBe(0)
    expect(r.suggestions[0]).toBe('nghi quyết ngan sach')
    const r2 = await index.search({ q: 'ngân sácx', locale: 'vi' })
    expect(r2.suggestions).toContain('ngân sách')
    expect((await index.search({ q: 'ngan sach', locale: 'vi' })).suggestions).toEqual([])
    const s = await index.suggest('nghi quyet ngan sa', 'vi', 3)
    expect(s).toHaveLength(3)
    for (const t of s) expect(t).toMatch(/^Nghị quyết về ngân sách/)
    expect(await index.suggest('zzz', 'vi', 3)).toEqual([])
  })

  it('HTML-escapes titles and snippets, marking matches', async () => {
    await index.upsert([doc('news', 1, '<script>alert(1)</script> Đồng Nai & "Hà Tĩnh"', 'Nội dung <b>đậm</b> tại Đồng Nai')])
    const [hit] = (await index.search({ q: 'dong nai', locale: 'vi' })).hits
    expect(hit.title).toBe('<script>alert(1)</script> Đồng Nai & "Hà Tĩnh"')
    expect(hit.titleHighlighted).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>Đồng Nai</mark> &amp; &quot;Hà Tĩnh&quot;')
    expect(hit.snippetHighlighted).toBe('Nội dung &lt;b&gt;đậm&lt;/b&gt; tại <mark>Đồng Nai</mark>')
  })

  it('caps counts for very common words and reports a lower bound', async () => {
    const docs: SearchDoc[] = []
    for (let i = 0; i < 120; i++) docs.push(doc('news', i, `Ủy ban nhân dân tỉnh thông báo số ${i}`, 'ủy ban nhân dân tỉnh Hà Tĩnh'))
    docs.push(doc('news', 999, 'Thông báo của ủy ban nhân dân tỉnh về ủy ban nhân dân tỉnh', 'ủy ban nhân dân tỉnh'))
    await index.upsert(docs)
    const r = await index.search({ q: 'ủy ban nhân dân tỉnh', locale: 'vi', pageSize: 10 })
    expect(r.totalIsLowerBound).toBe(true)
    expect(r.total).toBe(50)
    expect(r.hits).toHaveLength(10)
    const p2 = await index.search({ q: 'ủy ban nhân dân tỉnh', locale: 'vi', pageSize: 10, page: 2 })
    expect(p2.hits.map((h) => h.id).filter((id) => ids(r).includes(id))).toEqual([])
  })

  it('large match sets: an old document with all terms in its title still ranks first', async () => {
    const small = createSqliteSearchIndex(client, { countCap: 5, candidateLimit: 20 })
    const docs: SearchDoc[] = [doc('legal', 0, 'Quy hoạch giao thông tỉnh', 'nội dung')]
    for (let i = 1; i <= 60; i++) docs.push(doc('news', i, `Tin số ${i}`, 'quy hoạch giao thông tỉnh'))
    await small.upsert(docs)
    const r = await small.search({ q: 'quy hoach giao thong', locale: 'vi', pageSize: 5 })
    expect(r.totalIsLowerBound).toBe(true)
    expect(r.facets.lowerBound).toBe(true)
    expect(r.hits[0].id).toBe('legal:0')
    const s = await small.search({ q: 'quy hoach giao thong', locale: 'vi', section: 'legal' })
    expect(ids(s)).toEqual(['legal:0'])
    expect(s.total).toBe(1)
    expect(s.totalIsLowerBound).toBe(false)
  })

  it('writes on the owner\'s connection: its pragmas survive and a replaced row keeps one copy', async () => {
    // Payload sets busy_timeout once on its libsql client; a write must not swap the connection.
    await client.execute('PRAGMA busy_timeout = 4321')
    await index.upsert([doc('news', 1, 'Bản tin một', 'nội dung'), doc('news', 2, 'Bản tin hai', 'nội dung')])
    await index.upsert([doc('news', 1, 'Bản tin một sửa', 'nội dung mới')])
    await index.remove([{ collection: 'news', docId: 2 }])
    const r = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(r.rows[0])[0])).toBe(4321)
    expect(ids(await index.search({ q: 'ban tin', locale: 'vi' }))).toEqual(['news:1'])
    expect((await index.search({ q: 'moi', locale: 'vi' })).hits[0].title).toBe('Bản tin một sửa')
    expect(await index.stats()).toMatchObject({ docs: 1 })
  })

  it('a number and year typed among words ranks the document with that number first', async () => {
    await index.upsert([
      doc('legal', 1, 'Nghị quyết quy định chính sách công nghệ thông tin', 'Nghị quyết\n22/2016/NQ-HĐND', { docNumber: '22/2016/NQ-HĐND', docType: 'resolution', date: '2016-09-24' }),
      doc('legal', 2, 'Kế hoạch thực hiện Nghị quyết số 22/2016/NQ-HĐND', 'Kế hoạch\n365/KH-UBND', { docNumber: '365/KH-UBND', docType: 'plan', date: '2016-11-15' }),
      doc('legal', 3, 'Quyết định 22/2016/QĐ-UBND về giá đất', 'Quyết định', { docNumber: '22/2016/QĐ-UBND', docType: 'decision', date: '2016-05-01' }),
    ])
    const r = await index.search({ q: 'nghi quyet 22 2016', locale: 'vi' })
    // "nghị quyết" names a type, so it is an optional word: doc 3 has the number but is a
    // decision — found, last; the number only counts for a document of the type named.
    expect(ids(r)).toEqual(['legal:1', 'legal:2', 'legal:3'])
  })
})
