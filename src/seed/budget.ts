import type { Agency } from '@/payload-types'
import type { Payload } from 'payload'
import type { BudgetTable } from '@/domain/budget/core'
import type { BudgetReportFamily } from '@/domain/deadlines'
import { BUDGET_TABLES_22_2016 } from '@/domain/budget/fixtures/resolution-22-2016'

/** Document IDs as the generated types spell them (numbers on SQLite; MongoDB's strings pass through at run time). */
type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const vnDate = (d: string) => `${d}T00:00:00.000+07:00`

export interface SeedDisclosure {
  slug: string
  fiscalYear: number
  family: BudgetReportFamily
  formCode?: string
  documentNumber: string
  /** Issue date of the underlying document (yyyy-mm-dd, Viet Nam). */
  documentDate: string
  /** Publication on the portal (yyyy-mm-dd, Viet Nam). */
  publishedOn: string
  title: { vi: string; en: string }
  note: { vi: string; en: string }
  table: BudgetTable
}

const [funding, appendix01, appendix02, appendix03] = BUDGET_TABLES_22_2016
const source = (where: { vi: string; en: string }) => ({
  vi: `Số liệu theo ${where.vi} Nghị quyết số 22/2016/NQ-HĐND ngày 24/09/2016 của HĐND tỉnh về chính sách ứng dụng công nghệ thông tin nâng cao chỉ số minh bạch và tiếp cận thông tin, giai đoạn 2017–2020 (đơn vị: triệu đồng).`,
  en: `Figures from ${where.en} of Resolution 22/2016/NQ-HĐND of 24/09/2016 of the Provincial People's Council on IT policies to improve transparency and access to information, 2017–2020 (unit: million VND).`,
})

/**
 * Demo budget disclosures of the Department of Finance: the four real tables of resolution
 * 22/2016/NQ-HĐND (every total checks), presented as disclosures of fiscal years 2017–2020.
 * The publication dates are demo values chosen to show both badges (2019 is published late).
 */
export const SEED_DISCLOSURES: SeedDisclosure[] = [
  {
    slug: 'du-toan-2017-co-cau-kinh-phi-minh-bach',
    fiscalYear: 2017,
    family: 'estimate-approved',
    formCode: 'Điều 4 khoản 4',
    documentNumber: '22/2016/NQ-HĐND',
    documentDate: '2016-09-24',
    publishedOn: '2016-10-10',
    title: {
      vi: 'Dự toán kinh phí nâng cao chỉ số minh bạch năm 2017 và giai đoạn 2017–2020: cơ cấu theo năm và nguồn',
      en: 'Approved funding for transparency and access to information, 2017 and 2017–2020: by year and source',
    },
    note: source(funding!.source.location),
    table: funding!.table,
  },
  {
    slug: 'du-toan-2018-tuyen-truyen-tap-huan',
    fiscalYear: 2018,
    family: 'estimate-approved',
    formCode: 'Phụ lục 01',
    documentNumber: '22/2016/NQ-HĐND',
    documentDate: '2017-12-15',
    publishedOn: '2018-01-05',
    title: {
      vi: 'Dự toán năm 2018: tuyên truyền, tập huấn ứng dụng CNTT cho người dân, doanh nghiệp',
      en: 'Approved estimate 2018: communication and IT training for citizens and businesses',
    },
    note: source(appendix01!.source.location),
    table: appendix01!.table,
  },
  {
    slug: 'du-toan-2019-dau-tu-ung-dung-cntt',
    fiscalYear: 2019,
    family: 'estimate-approved',
    formCode: 'Phụ lục 02',
    documentNumber: '22/2016/NQ-HĐND',
    documentDate: '2018-12-14',
    publishedOn: '2019-02-20',
    title: {
      vi: 'Dự toán năm 2019: đầu tư ứng dụng công nghệ thông tin',
      en: 'Approved estimate 2019: investment in IT applications',
    },
    note: source(appendix02!.source.location),
    table: appendix02!.table,
  },
  {
    slug: 'du-toan-2020-giam-sat-danh-gia-minh-bach',
    fiscalYear: 2020,
    family: 'estimate-approved',
    formCode: 'Phụ lục 03',
    documentNumber: '22/2016/NQ-HĐND',
    documentDate: '2019-12-12',
    publishedOn: '2020-01-08',
    title: {
      vi: 'Dự toán năm 2020: giám sát, đánh giá chỉ số minh bạch và tiếp cận thông tin',
      en: 'Approved estimate 2020: monitoring and evaluating the transparency and access-to-information index',
    },
    note: source(appendix03!.source.location),
    table: appendix03!.table,
  },
]

export async function seedBudget(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const agency = agencyIds.get('so-tai-chinh')
  if (agency === undefined) throw new Error('seed: agency so-tai-chinh is missing')
  for (const d of SEED_DISCLOSURES) {
    const vi = {
      slug: d.slug,
      agency,
      fiscalYear: d.fiscalYear,
      family: d.family,
      formCode: d.formCode ?? null,
      documentNumber: d.documentNumber,
      documentDate: vnDate(d.documentDate),
      publishedAt: `${d.publishedOn}T09:00:00.000+07:00`,
      title: d.title.vi,
      note: d.note.vi,
      table: { ...d.table }, // a json field: the spread gives the object type the index signature json fields take
      _status: 'published' as const,
    }
    const found = await payload.find({ collection: 'budget-disclosures', where: { slug: { equals: d.slug } }, limit: 1, depth: 0, trash: true, ...SYSTEM })
    const existing = found.docs[0]?.id
    const doc = existing
      ? await payload.update({ collection: 'budget-disclosures', id: existing, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'budget-disclosures', data: vi, locale: 'vi', ...SYSTEM })
    await payload.update({ collection: 'budget-disclosures', id: doc.id, locale: 'en', data: { title: d.title.en, note: d.note.en, _status: 'published' }, ...SYSTEM })
  }
  return SEED_DISCLOSURES.length
}
