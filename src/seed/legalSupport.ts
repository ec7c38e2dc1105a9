import type { Payload } from 'payload'
import type { Agency } from '@/payload-types'
import { richTextFromParagraphs } from '@/lib/richtext'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, answerClosed: true, skipAudit: true } } as const

type Field = 'administration' | 'information-technology' | 'investment' | 'land' | 'labour' | 'trade' | 'public-finance'

interface SeedGuide {
  slug: string
  agency: string
  field: Field
  /** Numbers of seeded legal documents the guide explains. */
  legal: string[]
  publishedAt: string
  vi: { title: string; summary: string; body: string[] }
  en?: { title: string; summary: string; body: string[] }
}

/**
 * Demo guides of the legal-support section, by three agencies (one by the Department of Justice),
 * each explaining seeded legal documents; the last one has no English edition (the English site
 * shows it in Vietnamese, marked).
 */
export const SEED_LEGAL_GUIDES: SeedGuide[] = [
  {
    slug: 'doanh-nghiep-yeu-cau-cung-cap-thong-tin',
    agency: 'so-tu-phap',
    field: 'administration',
    legal: ['12/2017/QĐ-UBND', '22/2016/NQ-HĐND', '80/2015/QH13'],
    publishedAt: '2026-10-05T02:00:00.000Z',
    vi: {
      title: 'Doanh nghiệp yêu cầu cơ quan nhà nước cung cấp thông tin: quyền và cách thực hiện',
      summary: 'Doanh nghiệp được tiếp cận thông tin do cơ quan nhà nước tỉnh nắm giữ; hướng dẫn này nêu thông tin nào phải công khai, cách gửi yêu cầu và thời hạn trả lời.',
      body: [
        'Thông tin mà cơ quan nhà nước phải công khai được đăng trên Cổng thông tin điện tử của tỉnh và trang của từng cơ quan; doanh nghiệp tra cứu trước khi gửi yêu cầu.',
        'Khi thông tin chưa được công khai, người đại diện theo pháp luật của doanh nghiệp gửi yêu cầu cho cơ quan nắm giữ thông tin, nêu rõ thông tin cần cung cấp và hình thức nhận.',
        'Quy chế ban hành kèm Quyết định 12/2017/QĐ-UBND quy định trách nhiệm của người đứng đầu cơ quan trong việc hỗ trợ doanh nghiệp tiếp cận thông tin.',
      ],
    },
    en: {
      title: 'Businesses requesting information from state agencies: rights and how to ask',
      summary: 'Businesses may access information held by the province’s agencies; this guide says what must be disclosed, how to make a request and how quickly agencies must answer.',
      body: [
        'Information that state agencies must disclose is published on the provincial portal and each agency’s pages; look it up before making a request.',
        'Where the information is not yet public, the business’s legal representative sends a request to the agency holding it, naming the information wanted and how to receive it.',
        'The Rules issued with Decision 12/2017/QĐ-UBND set out the responsibility of the heads of agencies for helping businesses access information.',
      ],
    },
  },
  {
    slug: 'chinh-sach-ho-tro-ung-dung-cong-nghe-thong-tin',
    agency: 'so-khoa-hoc-va-cong-nghe',
    field: 'information-technology',
    legal: ['22/2016/NQ-HĐND', '67/2006/QH11', '64/2007/NĐ-CP'],
    publishedAt: '2026-09-18T02:00:00.000Z',
    vi: {
      title: 'Hướng dẫn doanh nghiệp hưởng chính sách hỗ trợ ứng dụng công nghệ thông tin',
      summary: 'Điều kiện, hồ sơ và trình tự để doanh nghiệp được hỗ trợ khi tham gia các dịch vụ công trực tuyến và ứng dụng công nghệ thông tin theo Nghị quyết 22/2016/NQ-HĐND.',
      body: [
        'Nghị quyết 22/2016/NQ-HĐND quy định một số chính sách đẩy mạnh ứng dụng công nghệ thông tin, trong đó có hỗ trợ doanh nghiệp sử dụng dịch vụ công trực tuyến.',
        'Doanh nghiệp chuẩn bị hồ sơ đề nghị hỗ trợ và nộp tại Sở Khoa học và Công nghệ; Sở thẩm định và trả lời trong thời hạn quy định.',
        'Luật Công nghệ thông tin và Nghị định 64/2007/NĐ-CP là căn cứ về trách nhiệm của cơ quan nhà nước khi cung cấp thông tin và dịch vụ trên môi trường mạng.',
      ],
    },
    en: {
      title: 'How businesses benefit from the information technology support policies',
      summary: 'Conditions, documents and steps for a business to receive support for using online public services and information technology under Resolution 22/2016/NQ-HĐND.',
      body: [
        'Resolution 22/2016/NQ-HĐND sets out policies to promote information technology, including support for businesses that use online public services.',
        'The business prepares an application for support and lodges it with the Department of Science and Technology, which assesses it and answers within the set time.',
        'The Law on Information Technology and Decree 64/2007/NĐ-CP are the basis for state agencies’ duties when providing information and services online.',
      ],
    },
  },
  {
    slug: 'dieu-chinh-du-an-dau-tu-trong-khu-kinh-te',
    agency: 'ban-quan-ly-khu-kinh-te',
    field: 'investment',
    legal: ['1786/QĐ-TTg'],
    publishedAt: '2026-08-27T02:00:00.000Z',
    vi: {
      title: 'Lưu ý pháp lý khi điều chỉnh dự án đầu tư trong Khu kinh tế Vũng Áng',
      summary: 'Những trường hợp phải điều chỉnh chủ trương đầu tư hoặc giấy chứng nhận đăng ký đầu tư, và hồ sơ nộp tại Ban Quản lý Khu kinh tế tỉnh.',
      body: [
        'Khi tăng vốn, thay đổi mục tiêu, quy mô hoặc tiến độ thực hiện dự án, nhà đầu tư xem xét dự án có thuộc diện điều chỉnh chủ trương đầu tư hay chỉ điều chỉnh giấy chứng nhận đăng ký đầu tư.',
        'Hồ sơ điều chỉnh nộp tại Ban Quản lý Khu kinh tế tỉnh; dự án phải phù hợp với định hướng phát triển của tỉnh theo Quyết định 1786/QĐ-TTg.',
      ],
    },
  },
]

interface SeedConsultant {
  name: string
  position: { vi: string; en: string }
  organisation: { vi: string; en: string }
  fields: Field[]
  workPhone?: string
  workEmail?: string
}

/**
 * Demo members of the Department of Justice's legal-consultant network. Invented people and firms;
 * the contacts are demo work contacts (example.vn, made-up numbers), loaded by the seed command alone.
 */
export const SEED_CONSULTANTS: SeedConsultant[] = [
  {
    name: 'Phan Minh Đức',
    position: { vi: 'Luật sư', en: 'Lawyer' },
    organisation: { vi: 'Công ty Luật TNHH Hồng Lam (demo)', en: 'Hong Lam Law Firm (demo)' },
    fields: ['investment', 'land'],
    workPhone: '0239 3000 101',
    workEmail: 'tuvan.honglam@example.vn',
  },
  {
    name: 'Lê Thị Thu Hà',
    position: { vi: 'Luật sư', en: 'Lawyer' },
    organisation: { vi: 'Văn phòng Luật sư Thiên Cầm (demo)', en: 'Thien Cam Law Office (demo)' },
    fields: ['labour', 'trade'],
    workPhone: '0239 3000 102',
    workEmail: 'lienhe.thiencam@example.vn',
  },
  {
    name: 'Nguyễn Hữu Thắng',
    position: { vi: 'Luật gia, tư vấn viên pháp luật', en: 'Legal expert, legal consultant' },
    organisation: { vi: 'Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh (demo)', en: 'Legal Advice Centre of the Provincial Jurists’ Association (demo)' },
    fields: ['administration', 'public-finance'],
    workEmail: 'tuvan.hoiluatgia@example.vn',
  },
  {
    name: 'Trần Quốc Bảo',
    position: { vi: 'Luật sư', en: 'Lawyer' },
    organisation: { vi: 'Công ty Luật Vũng Áng (demo)', en: 'Vung Ang Law Company (demo)' },
    fields: ['investment', 'information-technology'],
    workPhone: '0239 3000 104',
  },
]

/** Published answers of the demo Q&A that cite the legal documents they rest on (by question code). */
const ANSWER_CITATIONS: Record<string, string[]> = {
  'HD-2026-DEMQA2': ['1786/QĐ-TTg'],
  'HD-2026-DEMQA4': ['22/2016/NQ-HĐND', '67/2006/QH11'],
}

async function legalIds(payload: Payload, numbers: string[]): Promise<ID[]> {
  const found = await payload.find({ collection: 'legal-documents', where: { number: { in: numbers } }, limit: numbers.length, depth: 0, pagination: false, ...SYSTEM })
  const byNumber = new Map(found.docs.map((d) => [d.number, d.id as ID]))
  return numbers.flatMap((n) => {
    const id = byNumber.get(n)
    if (id === undefined) throw new Error(`seed: legal support cites unknown legal document ${n}`)
    return [id]
  })
}

/** Guides, consultants and the answers' citations (after legal documents and questions). Idempotent. */
export async function seedLegalSupport(payload: Payload, agencyIds: Map<string, ID>): Promise<{ guides: number; consultants: number; citations: number }> {
  for (const g of SEED_LEGAL_GUIDES) {
    const agency = agencyIds.get(g.agency)
    if (agency === undefined) throw new Error(`seed: unknown agency ${g.agency}`)
    const data = {
      slug: g.slug,
      agency,
      field: g.field,
      legalDocuments: await legalIds(payload, g.legal),
      publishedAt: g.publishedAt,
      title: g.vi.title,
      summary: g.vi.summary,
      body: richTextFromParagraphs(g.vi.body),
      // Seeding is not a material change: the English stays current.
      changeKind: 'minor' as const,
      _status: 'published' as const,
    }
    const found = await payload.find({ collection: 'legal-guides', where: { slug: { equals: g.slug } }, limit: 1, depth: 0, trash: true, ...SYSTEM })
    const doc = found.docs[0]
      ? await payload.update({ collection: 'legal-guides', id: found.docs[0].id, data, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'legal-guides', data, locale: 'vi', ...SYSTEM })
    if (g.en) {
      await payload.update({
        collection: 'legal-guides',
        id: doc.id,
        locale: 'en',
        data: { title: g.en.title, summary: g.en.summary, body: richTextFromParagraphs(g.en.body), changeKind: 'minor', _status: 'published' },
        ...SYSTEM,
      })
    }
  }

  for (const c of SEED_CONSULTANTS) {
    const vi = { name: c.name, position: c.position.vi, organisation: c.organisation.vi, fields: c.fields, workPhone: c.workPhone ?? null, workEmail: c.workEmail ?? null, active: true }
    const found = await payload.find({ collection: 'legal-consultants', where: { name: { equals: c.name } }, limit: 1, depth: 0, ...SYSTEM })
    const doc = found.docs[0]
      ? await payload.update({ collection: 'legal-consultants', id: found.docs[0].id, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'legal-consultants', data: vi, locale: 'vi', ...SYSTEM })
    await payload.update({ collection: 'legal-consultants', id: doc.id, data: { position: c.position.en, organisation: c.organisation.en }, locale: 'en', ...SYSTEM })
  }

  let citations = 0
  for (const [code, numbers] of Object.entries(ANSWER_CITATIONS)) {
    const found = await payload.find({ collection: 'question-answers', where: { code: { equals: code } }, limit: 1, depth: 0, ...SYSTEM })
    const answer = found.docs[0]
    if (!answer) continue
    await payload.update({ collection: 'question-answers', id: answer.id, data: { relatedDocuments: await legalIds(payload, numbers), changeKind: 'minor', _status: 'published' }, locale: 'vi', ...SYSTEM })
    citations++
  }
  return { guides: SEED_LEGAL_GUIDES.length, consultants: SEED_CONSULTANTS.length, citations }
}
