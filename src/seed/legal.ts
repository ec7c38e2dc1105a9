import type { Agency, LegalDocument } from '@/payload-types'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { docNumberSlug, parseDocNumber, type RelationKind } from '@/domain/legal'
import { richTextFromParagraphs } from '@/lib/richtext'
import { legalTextToRichText } from './legal-text'
import { simplePdf } from './pdf'

/** Document IDs as the generated types spell them (numbers on SQLite; MongoDB's strings pass through at run time). */
type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

interface Text {
  vi: string
  en?: string
}

export interface SeedLegalDoc {
  number: string
  docType: LegalDocument['docType']
  /** Owning agency (tenant) slug. */
  agency: string
  /** Issuing agency slug (provincial bodies) … */
  issuingAgency?: string
  /** … or the central body (key in src/domain/legal/issuers.ts). */
  centralIssuer?: CentralIssuerKey
  signer?: string
  signerTitle?: Text
  issueDate: string
  effectiveDate?: string
  expiryDate?: string
  gazetteNumber?: string
  gazetteDate?: string
  fields: NonNullable<LegalDocument['fields']>
  scope: LegalDocument['scope']
  title: Text
  abstract?: Text
  /** Full text: a file under src/seed/texts/ or paragraphs. */
  bodyFile?: string
  body?: string[]
  pdf?: string[]
  relations?: { kind: RelationKind; target: string; effectiveDate?: string }[]
}

type CentralIssuerKey = NonNullable<LegalDocument['centralIssuer']>
const NATIONAL_ASSEMBLY: CentralIssuerKey = 'quoc-hoi'
const GOVERNMENT: CentralIssuerKey = 'chinh-phu'
const PRIME_MINISTER: CentralIssuerKey = 'thu-tuong'

/**
 * Demo legal documents. The founding resolution 22/2016/NQ-HĐND and the central laws, decrees and
 * decisions it cites are real (metadata as published); the later provincial decisions, plan and
 * directive are realistic demo documents showing amendment, replacement and statuses.
 */
export const SEED_LEGAL: SeedLegalDoc[] = [
  {
    number: '77/2015/QH13',
    docType: 'law',
    agency: 'so-tu-phap',
    centralIssuer: NATIONAL_ASSEMBLY,
    signer: 'Nguyễn Sinh Hùng',
    signerTitle: { vi: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly' },
    issueDate: '2015-06-19',
    effectiveDate: '2016-01-01',
    fields: ['administration'],
    scope: 'national',
    title: { vi: 'Luật Tổ chức chính quyền địa phương', en: 'Law on the Organisation of Local Government' },
  },
  {
    number: '80/2015/QH13',
    docType: 'law',
    agency: 'so-tu-phap',
    centralIssuer: NATIONAL_ASSEMBLY,
    signer: 'Nguyễn Sinh Hùng',
    signerTitle: { vi: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly' },
    issueDate: '2015-06-22',
    effectiveDate: '2016-07-01',
    fields: ['administration'],
    scope: 'national',
    title: { vi: 'Luật Ban hành văn bản quy phạm pháp luật', en: 'Law on the Promulgation of Legal Documents' },
  },
  {
    number: '67/2006/QH11',
    docType: 'law',
    agency: 'so-tu-phap',
    centralIssuer: NATIONAL_ASSEMBLY,
    signer: 'Nguyễn Phú Trọng',
    signerTitle: { vi: 'Chủ tịch Quốc hội', en: 'Chairman of the National Assembly' },
    issueDate: '2006-06-29',
    effectiveDate: '2007-01-01',
    fields: ['information-technology'],
    scope: 'national',
    title: { vi: 'Luật Công nghệ thông tin', en: 'Law on Information Technology' },
  },
  {
    number: '64/2007/NĐ-CP',
    docType: 'decree',
    agency: 'so-tu-phap',
    centralIssuer: GOVERNMENT,
    signer: 'Nguyễn Tấn Dũng',
    signerTitle: { vi: 'Thủ tướng', en: 'Prime Minister' },
    issueDate: '2007-04-10',
    fields: ['information-technology', 'administration'],
    scope: 'national',
    title: {
      vi: 'Nghị định về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước',
      en: 'Decree on the application of information technology in the operation of state agencies',
    },
  },
  {
    number: '34/2016/NĐ-CP',
    docType: 'decree',
    agency: 'so-tu-phap',
    centralIssuer: GOVERNMENT,
    signer: 'Nguyễn Xuân Phúc',
    signerTitle: { vi: 'Thủ tướng', en: 'Prime Minister' },
    issueDate: '2016-05-14',
    effectiveDate: '2016-07-01',
    fields: ['administration'],
    scope: 'national',
    title: {
      vi: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật',
      en: 'Decree detailing some articles of and measures to implement the Law on the Promulgation of Legal Documents',
    },
    relations: [{ kind: 'guides', target: '80/2015/QH13' }],
  },
  {
    number: '1786/QĐ-TTg',
    docType: 'decision',
    agency: 'so-tu-phap',
    centralIssuer: PRIME_MINISTER,
    issueDate: '2012-11-27',
    fields: ['investment'],
    scope: 'provincial',
    title: {
      vi: 'Quyết định phê duyệt Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Hà Tĩnh đến năm 2020, tầm nhìn đến năm 2050',
      en: 'Decision approving the master plan for socio-economic development of Hà Tĩnh province to 2020, with a vision to 2050',
    },
  },
  {
    number: '1819/QĐ-TTg',
    docType: 'decision',
    agency: 'so-tu-phap',
    centralIssuer: PRIME_MINISTER,
    issueDate: '2015-10-26',
    fields: ['information-technology'],
    scope: 'national',
    title: {
      vi: 'Quyết định phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020',
      en: 'Decision approving the national programme on the application of information technology in state agencies, 2016–2020',
    },
  },
  {
    number: '22/2016/NQ-HĐND',
    docType: 'resolution',
    agency: 'hdnd-tinh',
    issuingAgency: 'hdnd-tinh',
    signer: 'Lê Đình Sơn',
    signerTitle: { vi: 'Chủ tịch HĐND tỉnh', en: "Chairman of the Provincial People's Council" },
    issueDate: '2016-09-24',
    effectiveDate: '2016-10-05',
    fields: ['information-technology', 'administration', 'public-finance'],
    scope: 'provincial',
    title: {
      vi: 'Nghị quyết quy định một số chính sách đẩy mạnh ứng dụng công nghệ thông tin nhằm cải thiện chỉ số tính minh bạch và tiếp cận thông tin, góp phần nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2017-2020',
      en: 'Resolution on policies to promote information technology to improve the transparency and access-to-information index and the provincial competitiveness, 2017–2020',
    },
    abstract: {
      vi: 'Quy định mục tiêu, đối tượng, nhiệm vụ và kinh phí (54.990 triệu đồng giai đoạn 2017-2020) đẩy mạnh ứng dụng công nghệ thông tin nhằm cải thiện chỉ số tính minh bạch và tiếp cận thông tin của tỉnh Hà Tĩnh.',
      en: 'Sets the objectives, beneficiaries, tasks and funding (VND 54,990 million for 2017–2020) of the push to use information technology to improve transparency and access to information in Hà Tĩnh province.',
    },
    bodyFile: '22-2016-nq-hdnd.txt',
    pdf: [
      'HOI DONG NHAN DAN TINH HA TINH',
      'So: 22/2016/NQ-HDND - Ha Tinh, ngay 24 thang 09 nam 2016',
      'NGHI QUYET',
      'Quy dinh mot so chinh sach day manh ung dung cong nghe thong tin',
      'nham cai thien chi so tinh minh bach va tiep can thong tin,',
      'gop phan nang cao nang luc canh tranh cap tinh giai doan 2017-2020',
      '(Ban dien tu - xem toan van tren Cong thong tin dien tu tinh)',
    ],
    relations: [
      { kind: 'legal-basis', target: '77/2015/QH13' },
      { kind: 'legal-basis', target: '80/2015/QH13' },
      { kind: 'legal-basis', target: '67/2006/QH11' },
      { kind: 'legal-basis', target: '64/2007/NĐ-CP' },
      { kind: 'legal-basis', target: '34/2016/NĐ-CP' },
      { kind: 'related', target: '1786/QĐ-TTg' },
      { kind: 'related', target: '1819/QĐ-TTg' },
    ],
  },
  {
    number: '365/KH-UBND',
    docType: 'plan',
    agency: 'van-phong-ubnd-tinh',
    issuingAgency: 'ubnd-tinh',
    signerTitle: { vi: 'Phó Chủ tịch UBND tỉnh', en: "Vice Chairman of the Provincial People's Committee" },
    issueDate: '2016-11-15',
    expiryDate: '2021-01-01',
    fields: ['information-technology', 'administration'],
    scope: 'provincial',
    title: {
      vi: 'Kế hoạch thực hiện Nghị quyết số 22/2016/NQ-HĐND về đẩy mạnh ứng dụng công nghệ thông tin nhằm cải thiện chỉ số tính minh bạch và tiếp cận thông tin',
      en: 'Plan implementing Resolution 22/2016/NQ-HĐND on using information technology to improve transparency and access to information',
    },
    abstract: {
      vi: 'Phân công nhiệm vụ, tiến độ và kinh phí hằng năm để các sở, ngành, UBND cấp huyện thực hiện Nghị quyết 22/2016/NQ-HĐND.',
      en: 'Assigns the tasks, timetable and yearly funding through which departments and district committees carry out Resolution 22/2016/NQ-HĐND.',
    },
    body: [
      'Căn cứ Nghị quyết số 22/2016/NQ-HĐND ngày 24/9/2016 của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau.',
      'I. Mục đích, yêu cầu: cụ thể hóa các nhiệm vụ của Nghị quyết, phân công rõ trách nhiệm của từng cơ quan, đơn vị.',
      'II. Nhiệm vụ: tuyên truyền, tập huấn; đầu tư ứng dụng công nghệ thông tin tại bộ phận tiếp nhận và trả kết quả; xây dựng phần mềm đánh giá mức độ minh bạch; ban hành danh mục thông tin công khai.',
      'III. Tổ chức thực hiện: Sở Thông tin và Truyền thông chủ trì, theo dõi, tổng hợp, báo cáo UBND tỉnh định kỳ 6 tháng, hằng năm.',
    ],
    relations: [{ kind: 'guides', target: '22/2016/NQ-HĐND' }],
  },
  {
    number: '12/2017/QĐ-UBND',
    docType: 'decision',
    agency: 'van-phong-ubnd-tinh',
    issuingAgency: 'ubnd-tinh',
    signerTitle: { vi: 'Chủ tịch UBND tỉnh', en: "Chairman of the Provincial People's Committee" },
    issueDate: '2017-03-20',
    effectiveDate: '2017-04-01',
    gazetteNumber: '15+16',
    gazetteDate: '2017-04-05',
    fields: ['administration', 'information-technology'],
    scope: 'internal',
    title: {
      vi: 'Quyết định ban hành Quy chế công khai, minh bạch thông tin và trách nhiệm của người đứng đầu cơ quan nhà nước trong hỗ trợ người dân, doanh nghiệp tiếp cận thông tin',
      en: 'Decision issuing the Rules on disclosure of information and the responsibility of heads of state agencies for helping citizens and businesses access information',
    },
    abstract: {
      vi: 'Quy chế xác định thông tin phải công khai trên cổng, thời hạn công khai và trách nhiệm của người đứng đầu từng cơ quan.',
      en: 'The rules list the information each agency must disclose on the portal, the time limits and the responsibility of each agency head.',
    },
    body: [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế công khai, minh bạch thông tin và trách nhiệm của người đứng đầu cơ quan nhà nước.',
      'Điều 2. Quyết định này có hiệu lực từ ngày 01/4/2017.',
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh và Chủ tịch UBND các huyện, thành phố, thị xã chịu trách nhiệm thi hành Quyết định này.',
    ],
    pdf: ['UY BAN NHAN DAN TINH HA TINH', 'So: 12/2017/QD-UBND', 'QUYET DINH', 'Ban hanh Quy che cong khai, minh bach thong tin'],
    relations: [{ kind: 'guides', target: '22/2016/NQ-HĐND' }],
  },
  {
    number: '08/2019/QĐ-UBND',
    docType: 'decision',
    agency: 'van-phong-ubnd-tinh',
    issuingAgency: 'ubnd-tinh',
    signerTitle: { vi: 'Chủ tịch UBND tỉnh' },
    issueDate: '2019-02-25',
    effectiveDate: '2019-03-10',
    fields: ['administration'],
    scope: 'internal',
    // Deliberately without English: the English site must say "Vietnamese only".
    title: {
      vi: 'Quyết định sửa đổi, bổ sung một số điều của Quy chế công khai, minh bạch thông tin ban hành kèm theo Quyết định số 12/2017/QĐ-UBND',
    },
    abstract: {
      vi: 'Bổ sung danh mục thông tin về ngân sách và đầu tư công phải công khai; rút ngắn thời hạn công khai xuống 5 ngày làm việc.',
    },
    body: [
      'Điều 1. Sửa đổi, bổ sung Điều 5 và Điều 7 của Quy chế ban hành kèm theo Quyết định số 12/2017/QĐ-UBND.',
      'Điều 2. Quyết định này có hiệu lực từ ngày 10/3/2019.',
    ],
    relations: [{ kind: 'amends', target: '12/2017/QĐ-UBND' }],
  },
  {
    number: '25/2024/QĐ-UBND',
    docType: 'decision',
    agency: 'van-phong-ubnd-tinh',
    issuingAgency: 'ubnd-tinh',
    signerTitle: { vi: 'Chủ tịch UBND tỉnh', en: "Chairman of the Provincial People's Committee" },
    issueDate: '2024-06-10',
    effectiveDate: '2024-07-01',
    fields: ['administration', 'information-technology'],
    scope: 'internal',
    title: {
      vi: 'Quyết định ban hành Quy chế cung cấp thông tin và công khai thông tin trên Cổng thông tin điện tử tỉnh Hà Tĩnh',
      en: 'Decision issuing the Rules on providing and disclosing information on the Hà Tĩnh provincial portal',
    },
    abstract: {
      vi: 'Thay thế Quyết định số 12/2017/QĐ-UBND; quy định dữ liệu mở, song ngữ Việt – Anh và thời hạn công khai.',
      en: 'Replaces Decision 12/2017/QĐ-UBND; covers open data, Vietnamese–English publication and disclosure time limits.',
    },
    body: [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế cung cấp thông tin và công khai thông tin trên Cổng thông tin điện tử tỉnh.',
      'Điều 2. Quyết định này có hiệu lực từ ngày 01/7/2024 và thay thế Quyết định số 12/2017/QĐ-UBND ngày 20/3/2017.',
    ],
    relations: [
      { kind: 'replaces', target: '12/2017/QĐ-UBND' },
      { kind: 'legal-basis', target: '22/2016/NQ-HĐND' },
    ],
  },
  {
    number: '05/CT-UBND',
    docType: 'directive',
    agency: 'van-phong-ubnd-tinh',
    issuingAgency: 'ubnd-tinh',
    signerTitle: { vi: 'Chủ tịch UBND tỉnh' },
    issueDate: '2025-03-05',
    fields: ['administration', 'public-finance'],
    scope: 'provincial',
    title: { vi: 'Chỉ thị về tăng cường công khai, minh bạch ngân sách nhà nước trên địa bàn tỉnh' },
    abstract: { vi: 'Yêu cầu các cơ quan công khai dự toán, tình hình thực hiện và quyết toán ngân sách đúng thời hạn trên cổng thông tin điện tử.' },
    body: ['Để nâng cao chỉ số công khai ngân sách, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành và Chủ tịch UBND cấp xã thực hiện nghiêm các nội dung sau.'],
  },
  {
    number: '40/2026/QĐ-UBND',
    docType: 'decision',
    agency: 'so-khoa-hoc-va-cong-nghe',
    issuingAgency: 'ubnd-tinh',
    signerTitle: { vi: 'Chủ tịch UBND tỉnh', en: "Chairman of the Provincial People's Committee" },
    issueDate: '2026-11-20',
    effectiveDate: '2027-01-01',
    fields: ['information-technology'],
    scope: 'provincial',
    title: {
      vi: 'Quyết định ban hành Quy định về chia sẻ dữ liệu mở của các cơ quan nhà nước tỉnh Hà Tĩnh',
      en: 'Decision issuing the Rules on open data sharing by state agencies of Hà Tĩnh province',
    },
    abstract: {
      vi: 'Danh mục dữ liệu mở, định dạng và giấy phép sử dụng lại; có hiệu lực từ ngày 01/01/2027.',
      en: 'The list of open datasets, their formats and the re-use licence; in force from 1 January 2027.',
    },
    body: ['Điều 1. Ban hành kèm theo Quyết định này Quy định về chia sẻ dữ liệu mở.', 'Điều 2. Quyết định này có hiệu lực từ ngày 01/01/2027.'],
    relations: [{ kind: 'legal-basis', target: '67/2006/QH11' }],
  },
]

/** A date as midnight in Việt Nam (how the admin's day picker stores it in Hà Tĩnh). */
const vnDate = (d?: string) => (d ? `${d}T00:00:00.000+07:00` : null)

async function findBy(payload: Payload, collection: 'legal-documents' | 'attachments', field: string, value: string): Promise<ID | null> {
  const found = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, trash: true, ...SYSTEM })
  return ((found as { docs: { id: ID }[] }).docs[0]?.id as ID | undefined) ?? null
}

/** Loads SEED_LEGAL (idempotent: matched by number), then the relations once every document exists. */
export async function seedLegal(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const ids = new Map<string, ID>()
  for (const d of SEED_LEGAL) {
    const agency = agencyIds.get(d.agency)
    if (agency === undefined) throw new Error(`seed: unknown agency ${d.agency}`)
    const attachments: ID[] = []
    if (d.pdf) {
      const filename = `${d.number.replace(/[^\w]+/g, '-').toLowerCase()}.pdf`
      const existing = await findBy(payload, 'attachments', 'filename', filename)
      if (existing !== null) attachments.push(existing)
      else {
        const data = simplePdf(d.pdf)
        const file = await payload.create({
          collection: 'attachments',
          data: { title: `${d.number} (PDF)`, agency },
          file: { data, mimetype: 'application/pdf', name: filename, size: data.length },
          locale: 'vi',
          ...SYSTEM,
        })
        attachments.push(file.id as ID)
      }
    }
    const body = d.bodyFile
      ? legalTextToRichText(readFileSync(path.resolve(process.cwd(), 'src/seed/texts', d.bodyFile), 'utf8'))
      : d.body
        ? richTextFromParagraphs(d.body)
        : undefined
    const vi = {
      number: d.number,
      // What the collection's hook derives from the number anyway (the generated type requires it).
      slug: docNumberSlug(parseDocNumber(d.number)?.normalized ?? d.number),
      docType: d.docType,
      agency,
      issuingAgency: d.issuingAgency ? agencyIds.get(d.issuingAgency) : null,
      centralIssuer: d.centralIssuer ?? null,
      signer: d.signer ?? null,
      signerTitle: d.signerTitle?.vi ?? null,
      issueDate: `${d.issueDate}T00:00:00.000+07:00`,
      effectiveDate: vnDate(d.effectiveDate),
      expiryDate: vnDate(d.expiryDate),
      gazetteNumber: d.gazetteNumber ?? null,
      gazetteDate: vnDate(d.gazetteDate),
      fields: d.fields,
      scope: d.scope,
      title: d.title.vi,
      abstract: d.abstract?.vi ?? null,
      body,
      attachments,
      publishedAt: vnDate(d.issueDate),
      // Seeding is not a material change: the English stays current.
      changeKind: 'minor' as const,
      _status: 'published' as const,
    }
    const existing = await findBy(payload, 'legal-documents', 'number', parseDocNumber(d.number)?.normalized ?? d.number)
    const doc = existing
      ? await payload.update({ collection: 'legal-documents', id: existing, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'legal-documents', data: vi, locale: 'vi', ...SYSTEM })
    if (d.title.en) {
      await payload.update({
        collection: 'legal-documents',
        id: doc.id,
        locale: 'en',
        data: {
          title: d.title.en,
          abstract: d.abstract?.en ?? null,
          signerTitle: d.signerTitle?.en ?? null,
          _status: 'published',
        },
        ...SYSTEM,
      })
    }
    ids.set(d.number, doc.id as ID)
  }
  for (const d of SEED_LEGAL) {
    if (!d.relations?.length) continue
    const relations = d.relations.map((r) => {
      const target = ids.get(r.target)
      if (target === undefined) throw new Error(`seed: ${d.number} relates to unknown ${r.target}`)
      return { kind: r.kind, target, effectiveDate: vnDate(r.effectiveDate) }
    })
    await payload.update({ collection: 'legal-documents', id: ids.get(d.number)!, data: { relations, changeKind: 'minor' as const, _status: 'published' }, locale: 'vi', ...SYSTEM })
  }
  return ids.size
}
