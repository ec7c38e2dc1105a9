import type { Agency, LegalDocument, Plan } from '@/payload-types'
import type { Payload } from 'payload'
import { docNumberSlug, parseDocNumber } from '@/domain/legal'

/** Document IDs as the generated types spell them (numbers on SQLite; MongoDB's strings pass through at run time). */
type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const vnDate = (d: string) => `${d}T00:00:00.000+07:00`

interface Text {
  vi: string
  en: string
}

/**
 * Planning approvals the plans point to. 1363/QĐ-TTg is real (the provincial master plan); the
 * land-use approval and its amendment are realistic demo documents showing the approval chain.
 */
const PLAN_DOCS: {
  number: string
  docType: LegalDocument['docType']
  centralIssuer?: NonNullable<LegalDocument['centralIssuer']>
  issuingAgency?: string
  signer: string
  issueDate: string
  fields: NonNullable<LegalDocument['fields']>
  scope: LegalDocument['scope']
  title: Text
  amends?: string
}[] = [
  {
    number: '1363/QĐ-TTg',
    docType: 'decision',
    centralIssuer: 'thu-tuong',
    signer: 'Trần Hồng Hà',
    issueDate: '2022-11-08',
    fields: ['investment', 'land', 'construction'],
    scope: 'provincial',
    title: {
      vi: 'Phê duyệt Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021–2030, tầm nhìn đến năm 2050',
      en: 'Approving the Ha Tinh provincial master plan for 2021–2030, with a vision to 2050',
    },
  },
  {
    number: '3512/QĐ-UBND',
    docType: 'decision',
    issuingAgency: 'ubnd-tinh',
    signer: 'Lê Ngọc Châu',
    issueDate: '2023-12-20',
    fields: ['land'],
    scope: 'local',
    title: {
      vi: 'Phê duyệt Kế hoạch sử dụng đất năm 2024 khu vực phường Thành Sen',
      en: 'Approving the 2024 land-use plan of the Thanh Sen ward area',
    },
  },
  {
    number: '1187/QĐ-UBND',
    docType: 'decision',
    issuingAgency: 'ubnd-tinh',
    signer: 'Lê Ngọc Châu',
    issueDate: '2024-05-15',
    fields: ['land'],
    scope: 'local',
    title: {
      vi: 'Điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2024 khu vực phường Thành Sen',
      en: 'Amending the 2024 land-use plan of the Thanh Sen ward area',
    },
    amends: '3512/QĐ-UBND',
  },
]

interface SeedPlan {
  slug: string
  agency: string
  kind: Plan['kind']
  level: Plan['level']
  planStatus: Plan['planStatus']
  area: Plan['area']
  areaDetail?: Text
  periodStart?: number
  periodEnd?: number
  visionYear?: number
  approvingDocument?: string
  approvalReference?: string
  title: Text
  description: Text
}

const SEED_PLANS: SeedPlan[] = [
  {
    slug: 'quy-hoach-tinh-ha-tinh-2021-2030-tam-nhin-2050',
    agency: 'ubnd-tinh',
    kind: 'provincial-master',
    level: 'province',
    planStatus: 'approved',
    area: 'province',
    periodStart: 2021,
    periodEnd: 2030,
    visionYear: 2050,
    approvingDocument: '1363/QĐ-TTg',
    title: { vi: 'Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021–2030, tầm nhìn đến năm 2050', en: 'Ha Tinh provincial master plan 2021–2030, vision to 2050' },
    description: {
      vi: 'Quy hoạch tỉnh xác định định hướng phát triển kinh tế – xã hội, tổ chức không gian, hạ tầng và sử dụng đất của tỉnh Hà Tĩnh đến năm 2030, tầm nhìn đến năm 2050.',
      en: "The provincial master plan sets the direction of Ha Tinh's socio-economic development, spatial organisation, infrastructure and land use to 2030, with a vision to 2050.",
    },
  },
  {
    slug: 'ke-hoach-su-dung-dat-2024-phuong-thanh-sen',
    agency: 'so-nong-nghiep-va-moi-truong',
    kind: 'land-use',
    level: 'commune',
    planStatus: 'adjusted',
    area: 'ha-tinh-urban',
    areaDetail: { vi: 'Phường Thành Sen', en: 'Thanh Sen ward' },
    periodStart: 2024,
    periodEnd: 2024,
    approvingDocument: '3512/QĐ-UBND',
    title: { vi: 'Kế hoạch sử dụng đất năm 2024 khu vực phường Thành Sen', en: '2024 land-use plan of the Thanh Sen ward area' },
    description: {
      vi: 'Chỉ tiêu sử dụng đất, danh mục công trình, dự án thực hiện trong năm 2024; đã được điều chỉnh, bổ sung giữa năm.',
      en: 'Land-use targets and the list of works and projects for 2024; amended in mid-year.',
    },
  },
  {
    slug: 'quy-hoach-chung-xay-dung-khu-kinh-te-vung-ang',
    agency: 'ban-quan-ly-khu-kinh-te',
    kind: 'construction',
    level: 'area',
    planStatus: 'approved',
    area: 'vung-ang-ez',
    areaDetail: { vi: 'Khu kinh tế Vũng Áng, thị xã Kỳ Anh cũ', en: 'Vung Ang Economic Zone, former Ky Anh town' },
    periodStart: 2021,
    periodEnd: 2040,
    approvalReference: 'Quyết định của Thủ tướng Chính phủ phê duyệt điều chỉnh Quy hoạch chung xây dựng Khu kinh tế Vũng Áng',
    title: { vi: 'Quy hoạch chung xây dựng Khu kinh tế Vũng Áng đến năm 2040', en: 'General construction plan of the Vung Ang Economic Zone to 2040' },
    description: {
      vi: 'Tổ chức không gian các khu chức năng: cảng biển, công nghiệp luyện kim, năng lượng, đô thị và dịch vụ của Khu kinh tế Vũng Áng.',
      en: 'Spatial organisation of the functional areas of the Vung Ang Economic Zone: seaport, metallurgy, energy, urban and services.',
    },
  },
  {
    slug: 'ke-hoach-dau-tu-cong-trung-han-2026-2030',
    agency: 'so-tai-chinh',
    kind: 'investment',
    level: 'province',
    planStatus: 'consultation',
    area: 'province',
    periodStart: 2026,
    periodEnd: 2030,
    title: { vi: 'Dự thảo Kế hoạch đầu tư công trung hạn giai đoạn 2026–2030', en: 'Draft medium-term public investment plan 2026–2030' },
    description: {
      vi: 'Dự thảo đang lấy ý kiến cơ quan, tổ chức, cá nhân trước khi trình HĐND tỉnh.',
      en: "Draft open for comments from agencies, organisations and individuals before submission to the Provincial People's Council.",
    },
  },
]

async function findId(payload: Payload, collection: 'legal-documents' | 'plans', field: string, value: string): Promise<ID | null> {
  const found = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, trash: true, ...SYSTEM })
  return ((found as { docs: { id: ID }[] }).docs[0]?.id as ID | undefined) ?? null
}

export async function seedPlans(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const agencyOf = (slug: string) => {
    const id = agencyIds.get(slug)
    if (id === undefined) throw new Error(`seed: unknown agency ${slug}`)
    return id
  }
  const docIds = new Map<string, ID>()
  for (const d of PLAN_DOCS) {
    const number = parseDocNumber(d.number)?.normalized ?? d.number
    const vi = {
      number: d.number,
      // What the collection's hook derives from the number anyway (the generated type requires it).
      slug: docNumberSlug(number),
      docType: d.docType,
      agency: agencyOf('ubnd-tinh'),
      issuingAgency: d.issuingAgency ? agencyOf(d.issuingAgency) : null,
      centralIssuer: d.centralIssuer ?? null,
      signer: d.signer,
      issueDate: vnDate(d.issueDate),
      effectiveDate: vnDate(d.issueDate),
      fields: d.fields,
      scope: d.scope,
      title: d.title.vi,
      publishedAt: vnDate(d.issueDate),
      _status: 'published' as const,
    }
    const existing = await findId(payload, 'legal-documents', 'number', number)
    const doc = existing
      ? await payload.update({ collection: 'legal-documents', id: existing, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'legal-documents', data: vi, locale: 'vi', ...SYSTEM })
    await payload.update({ collection: 'legal-documents', id: doc.id, locale: 'en', data: { title: d.title.en, _status: 'published' }, ...SYSTEM })
    docIds.set(d.number, doc.id as ID)
  }
  for (const d of PLAN_DOCS) {
    if (!d.amends) continue
    const relations = [{ kind: 'amends' as const, target: docIds.get(d.amends)! }]
    await payload.update({ collection: 'legal-documents', id: docIds.get(d.number)!, data: { relations, _status: 'published' }, locale: 'vi', ...SYSTEM })
  }
  for (const p of SEED_PLANS) {
    const vi = {
      slug: p.slug,
      agency: agencyOf(p.agency),
      kind: p.kind,
      level: p.level,
      planStatus: p.planStatus,
      area: p.area,
      areaDetail: p.areaDetail?.vi ?? null,
      periodStart: p.periodStart ?? null,
      periodEnd: p.periodEnd ?? null,
      visionYear: p.visionYear ?? null,
      approvingDocument: p.approvingDocument ? docIds.get(p.approvingDocument) : null,
      approvalReference: p.approvalReference ?? null,
      title: p.title.vi,
      description: p.description.vi,
      _status: 'published' as const,
    }
    const existing = await findId(payload, 'plans', 'slug', p.slug)
    const doc = existing
      ? await payload.update({ collection: 'plans', id: existing, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'plans', data: vi, locale: 'vi', ...SYSTEM })
    await payload.update({ collection: 'plans', id: doc.id, locale: 'en', data: { title: p.title.en, description: p.description.en, areaDetail: p.areaDetail?.en ?? null, _status: 'published' }, ...SYSTEM })
  }
  return SEED_PLANS.length
}
