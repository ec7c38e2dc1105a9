import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchDoc, SearchIndex } from './types'

/**
 * The search engine's contract, run against every backend: SQLite always (contract.test.ts),
 * MongoDB when MONGODB_URL is set (`npm run test:mongo` runs it too). Ranking cases over
 * documents with only their number, type, issuer, date and title — as most imported documents
 * arrive — plus one document with a long full text citing the others. Fixtures, not a source of
 * legal facts: rows 1–8 follow real documents, rows 10–13 are made up for the cases (the real set
 * is the quality benchmark's, scripts/search-quality/).
 */
export interface ContractBackend {
  name: string
  open: () => Promise<{ index: SearchIndex; close: () => Promise<void> }>
}

type Row = Omit<SearchDoc, 'id' | 'collection' | 'locale' | 'url' | 'body'> & { body?: string; locale?: 'vi' | 'en' }

const central = {
  qh: { issuer: 'Quốc hội', fieldText: 'Quốc hội · National Assembly · qh · na', issuerKeys: ['quoc-hoi'] },
  cp: { issuer: 'Chính phủ', fieldText: 'Chính phủ · Government · cp', issuerKeys: ['chinh-phu'] },
  ttg: { issuer: 'Thủ tướng Chính phủ', fieldText: 'Thủ tướng Chính phủ · Prime Minister · thu tuong · ttg · ttcp · pm', issuerKeys: ['thu-tuong'] },
  bct: { issuer: 'Bộ Công Thương', fieldText: 'Bộ Công Thương · Ministry of Industry and Trade · bo ct · bct · moit', issuerKeys: ['bo-cong-thuong'] },
  btc: { issuer: 'Bộ Tài chính', fieldText: 'Bộ Tài chính · Ministry of Finance · bo tc · btc · mof', issuerKeys: ['bo-tai-chinh'] },
  hdnd: {
    issuer: 'Hội đồng nhân dân tỉnh Hà Tĩnh',
    fieldText: 'Hội đồng nhân dân tỉnh Hà Tĩnh · HĐND tỉnh Hà Tĩnh · HĐND tỉnh · HĐND · hdnd tinh · hoi dong nhan dan tinh',
    issuerKeys: ['level:provincial-council'],
  },
}
const type = (vi: string, en: string, abbr: string, year: number) => `${vi} · ${en} · ${abbr} · ${year}`

const ROWS: (Row & { docId: number })[] = [
  { docId: 1, docNumber: '31/2024/QH15', docType: 'law', year: 2024, title: 'Luật Đất đai', ...central.qh, fieldText: `${central.qh.fieldText} · ${type('Luật', 'Law', 'luat', 2024)}`, date: '2024-01-18' },
  { docId: 2, docNumber: '45/2013/QH13', docType: 'law', year: 2013, title: 'Luật Đất đai', ...central.qh, fieldText: `${central.qh.fieldText} · ${type('Luật', 'Law', 'luat', 2013)}`, date: '2013-11-29' },
  { docId: 3, docNumber: '83/2015/QH13', docType: 'law', year: 2015, title: 'Luật Ngân sách nhà nước', ...central.qh, fieldText: `${central.qh.fieldText} · ${type('Luật', 'Law', 'luat', 2015)}`, date: '2015-06-25' },
  { docId: 4, docNumber: '163/2016/NĐ-CP', docType: 'decree', year: 2016, title: 'Quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước', ...central.cp, fieldText: `${central.cp.fieldText} · ${type('Nghị định', 'Decree', 'nd', 2016)}`, date: '2016-12-21' },
  { docId: 5, docNumber: '343/2016/TT-BTC', docType: 'circular', year: 2016, title: 'Hướng dẫn thực hiện công khai ngân sách nhà nước đối với các cấp ngân sách', ...central.btc, fieldText: `${central.btc.fieldText} · ${type('Thông tư', 'Circular', 'tt', 2016)}`, date: '2016-12-30' },
  { docId: 6, docNumber: '80/2015/QH13', docType: 'law', year: 2015, title: 'Luật Ban hành văn bản quy phạm pháp luật', ...central.qh, fieldText: `${central.qh.fieldText} · ${type('Luật', 'Law', 'luat', 2015)}`, date: '2015-06-22' },
  { docId: 7, docNumber: '1363/QĐ-TTg', docType: 'decision', year: 2022, title: 'Phê duyệt Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', ...central.ttg, fieldText: `${central.ttg.fieldText} · ${type('Quyết định', 'Decision', 'qd', 2022)}`, date: '2022-11-08' },
  { docId: 8, docNumber: '34/2016/NĐ-CP', docType: 'decree', year: 2016, title: 'Quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật', ...central.cp, fieldText: `${central.cp.fieldText} · ${type('Nghị định', 'Decree', 'nd', 2016)}`, date: '2016-05-14' },
  {
    docId: 9,
    docNumber: '22/2016/NQ-HĐND',
    docType: 'resolution',
    year: 2016,
    title: 'Quy định mức thu, chế độ thu, nộp, quản lý và sử dụng các loại phí, lệ phí trên địa bàn tỉnh Hà Tĩnh',
    ...central.hdnd,
    fieldText: `${central.hdnd.fieldText} · ${type('Nghị quyết', 'Resolution', 'nq', 2016)}`,
    date: '2016-12-15',
    // The one document with full text, citing the others by name.
    body: `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015; Căn cứ Luật Ngân sách nhà nước năm 2015; Căn cứ Luật Đất đai năm 2013 và Luật Đất đai 2024; Căn cứ Nghị định số 163/2016/NĐ-CP; Căn cứ Thông tư 343/2016/TT-BTC hướng dẫn thực hiện công khai ngân sách nhà nước; quy hoạch tỉnh Hà Tĩnh; quy chế hoạt động; ${'phí lệ phí ngân sách đất đai văn bản quy phạm pháp luật. '.repeat(40)}`,
  },
  { docId: 10, docNumber: '40/2018/TT-BCT', docType: 'circular', year: 2018, title: 'Quy chế hoạt động của Hội đồng cạnh tranh', ...central.bct, fieldText: `${central.bct.fieldText} · ${type('Thông tư', 'Circular', 'tt', 2018)} · Quy chế`, date: '2018-10-30' },
  { docId: 11, docNumber: '01/2025/QĐ-TTg', docType: 'decision', year: 2025, title: 'Giao dự toán ngân sách nhà nước năm 2025', ...central.ttg, fieldText: `${central.ttg.fieldText} · ${type('Quyết định', 'Decision', 'qd', 2025)}`, date: '2025-01-02' },
  { docId: 12, docNumber: '05/2025/NQ-HĐND', docType: 'resolution', year: 2025, title: 'Quy định mức thu học phí đối với cơ sở giáo dục công lập', ...central.hdnd, fieldText: `${central.hdnd.fieldText} · ${type('Nghị quyết', 'Resolution', 'nq', 2025)}`, date: '2025-07-10' },
  { docId: 13, docNumber: '16/2023/TT-BTC', docType: 'circular', year: 2023, locale: 'en', title: 'Guidance on the disclosure of State budget data', ...central.btc, issuer: 'Ministry of Finance', date: '2023-03-17' },
]

function toDoc(r: Row & { docId: number }): SearchDoc {
  const locale = r.locale ?? 'vi'
  return { ...r, id: `legal-documents:${r.docId}`, collection: 'legal-documents', locale, url: `/${locale}/van-ban/${r.docId}`, body: r.body ?? r.docNumber ?? '' }
}

export function searchContract(backend: ContractBackend): void {
  describe(`search engine contract: ${backend.name}`, () => {
    let index: SearchIndex
    let close: () => Promise<void>
    beforeAll(async () => {
      ;({ index, close } = await backend.open())
      await index.clear()
      await index.upsert(ROWS.map(toDoc))
    })
    afterAll(async () => close?.())

    const first = async (q: string, locale: 'vi' | 'en' = 'vi') => (await index.search({ q, locale })).hits[0]?.docId
    const top = async (q: string, n: number, locale: 'vi' | 'en' = 'vi') => (await index.search({ q, locale })).hits.slice(0, n).map((h) => h.docId)

    it.each([
      // A title match beats a long body citing it.
      ['luat dat dai', [1, 2]],
      ['Luật Ngân sách nhà nước', [3]],
      ['luat ban hanh van ban quy pham phap luat', [6]],
      // A law by its name and year: the law, not the resolution citing it.
      ['luat dat dai 2024', [1]],
      ['luat dat dai 2013', [2]],
      ['luat ngan sach 2015', [3]],
      // Type words match the type.
      ['nghi dinh ngan sach nha nuoc', [4]],
      ['nd luat ban hanh van ban', [8]],
      ['thong tu cong khai ngan sach', [5]],
      // Issuer + topic, abbreviations.
      ['bo cong thuong quy che hoat dong', [10]],
      ['bct quy che hoat dong', [10]],
      ['thu tuong quyet dinh giao du toan', [11]],
      ['ttg giao du toan', [11]],
      ['hdnd tinh muc thu hoc phi', [12]],
      ['btc cong khai ngan sach', [5]],
      ['bo tc cong khai ngan sach', [5]],
      ['cp quy dinh chi tiet luat ngan sach', [4]],
      ['qh luat dat dai 2024', [1]],
      ['quy hoach tinh ha tinh', [7]],
    ])('%s → %j first', async (q, expected) => {
      expect(await top(q, expected.length)).toEqual(expected)
    })

    it.each(['22/2016/NQ-HĐND', '22/2016/nq-hdnd', '22 2016 NQ HDND', 'Số 22/2016/NQ-HĐND', 'so 22/2016/nq-hđnd', 'nghi quyet 22 2016'])(
      'a document number typed as %s',
      async (q) => {
        expect(await first(q)).toBe(9)
      },
    )

    it('type and year words no document has stay optional', async () => {
      // No decree is about "quy hoạch tỉnh": the decision that is comes first anyway.
      expect(await first('nghi dinh quy hoach tinh ha tinh')).toBe(7)
      expect(await first('quy hoach tinh ha tinh 2019')).toBe(7)
    })

    it('English issuer names on /en', async () => {
      expect(await first('Ministry of Finance budget', 'en')).toBe(13)
      expect(await first('mof circular disclosure', 'en')).toBe(13)
    })

    it('shows the issuer with each hit', async () => {
      const hit = (await index.search({ q: '343/2016/TT-BTC', locale: 'vi' })).hits[0]
      expect(hit).toMatchObject({ docId: 5, issuer: 'Bộ Tài chính' })
    })

    it('marks what matched the way it matched', async () => {
      const hit = (await index.search({ q: 'Luật Đất đai 2024', locale: 'vi' })).hits[0]
      expect(hit.titleHighlighted).toBe('<mark>Luật Đất đai</mark>')
    })
  })
}
