import type { Payload } from 'payload'
import type { Agency } from '@/payload-types'
import { richTextFromParagraphs } from '@/lib/richtext'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
type Bi = { vi: string; en?: string }

interface SeedZone {
  slug: string
  kind: 'economic' | 'border-gate' | 'industrial'
  area: 'north' | 'central' | 'south' | 'west'
  areaHa: number
  occupancyPercent: number
  title: Bi
  summary: Bi
  description: Bi
  infrastructure: Bi
  incentives: Bi
  tenants: { name: string; country: Bi; activity: Bi }[]
  contacts: { office: Bi; address: Bi; phone: string; email: string; website: string }
}

const EZA_CONTACTS = {
  office: { vi: 'Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh', en: 'Ha Tinh Economic Zone Authority' },
  address: { vi: 'Số 2 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh', en: '2 Phan Dinh Phung Street, Thanh Sen Ward, Ha Tinh Province' },
  phone: '0239 3885 666',
  email: 'bqlkkt@hatinh.gov.vn',
  website: 'https://bqlkkt.hatinh.gov.vn',
}

/** Demo zones (figures are illustrative, rounded from public sources). */
export const SEED_ZONES: SeedZone[] = [
  {
    slug: 'khu-kinh-te-vung-ang',
    kind: 'economic',
    area: 'south',
    areaHa: 22781,
    occupancyPercent: 68,
    title: { vi: 'Khu kinh tế Vũng Áng', en: 'Vung Ang Economic Zone' },
    summary: {
      vi: 'Khu kinh tế ven biển với cảng nước sâu Sơn Dương, trung tâm công nghiệp thép, năng lượng và logistics của Bắc Trung Bộ.',
      en: 'A coastal economic zone with the Son Duong deep-water port, a hub for steel, energy and logistics in the North Central region.',
    },
    description: {
      vi: 'Khu kinh tế Vũng Áng được thành lập năm 2006, nằm trên hành lang kinh tế Đông – Tây, cách Hà Nội 380 km.',
      en: 'Established in 2006, the Vung Ang Economic Zone lies on the East–West economic corridor, 380 km from Hanoi.',
    },
    infrastructure: {
      vi: 'Cảng nước sâu Vũng Áng – Sơn Dương tiếp nhận tàu 300.000 DWT; Quốc lộ 1, đường cao tốc Bắc – Nam; nguồn điện từ các nhà máy nhiệt điện Vũng Áng.',
      en: 'The Vung Ang – Son Duong deep-water port takes ships of 300,000 DWT; National Road 1 and the North–South expressway; power from the Vung Ang thermal plants.',
    },
    incentives: {
      vi: 'Thuế thu nhập doanh nghiệp 10% trong 15 năm, miễn 4 năm và giảm 50% trong 9 năm tiếp theo; miễn tiền thuê đất theo quy định.',
      en: 'Corporate income tax of 10% for 15 years, exempt for 4 years and halved for the next 9; land rent exemptions as provided by law.',
    },
    tenants: [
      { name: 'Formosa Ha Tinh Steel', country: { vi: 'Đài Loan (Trung Quốc)', en: 'Taiwan (China)' }, activity: { vi: 'Luyện thép', en: 'Steelmaking' } },
      { name: 'VinES Ha Tinh', country: { vi: 'Việt Nam', en: 'Vietnam' }, activity: { vi: 'Sản xuất pin xe điện', en: 'Electric-vehicle batteries' } },
      { name: 'PV Power Vung Ang 1', country: { vi: 'Việt Nam', en: 'Vietnam' }, activity: { vi: 'Nhiệt điện', en: 'Thermal power' } },
    ],
    contacts: EZA_CONTACTS,
  },
  {
    slug: 'khu-kinh-te-cua-khau-quoc-te-cau-treo',
    kind: 'border-gate',
    area: 'west',
    areaHa: 56714,
    occupancyPercent: 35,
    title: { vi: 'Khu kinh tế cửa khẩu quốc tế Cầu Treo', en: 'Cau Treo International Border Gate Economic Zone' },
    summary: {
      vi: 'Cửa ngõ sang Lào và Đông Bắc Thái Lan trên Quốc lộ 8, với khu phi thuế quan và khu thương mại biên giới.',
      en: 'The gateway to Laos and north-east Thailand on National Road 8, with a non-tariff area and a border trade area.',
    },
    description: {
      vi: 'Khu kinh tế cửa khẩu quốc tế Cầu Treo nằm ở phía tây tỉnh, giáp tỉnh Bolikhamxay (Lào).',
      en: 'The Cau Treo International Border Gate Economic Zone lies in the west of the province, bordering Bolikhamxay province (Laos).',
    },
    infrastructure: {
      vi: 'Quốc lộ 8 nối cảng Vũng Áng và cảng Cửa Lò với Lào; khu kiểm soát liên hợp; khu phi thuế quan 400 ha.',
      en: 'National Road 8 links the Vung Ang and Cua Lo ports with Laos; a joint control area; a 400 ha non-tariff area.',
    },
    incentives: {
      vi: 'Ưu đãi như địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn; miễn thuế nhập khẩu hàng hóa trong khu phi thuế quan.',
      en: 'Incentives of an area with especially difficult socio-economic conditions; no import duty on goods in the non-tariff area.',
    },
    tenants: [{ name: 'Cau Treo Duty Free', country: { vi: 'Việt Nam', en: 'Vietnam' }, activity: { vi: 'Thương mại miễn thuế', en: 'Duty-free retail' } }],
    contacts: EZA_CONTACTS,
  },
  {
    slug: 'khu-cong-nghiep-gia-lach',
    kind: 'industrial',
    area: 'north',
    areaHa: 202,
    occupancyPercent: 40,
    title: { vi: 'Khu công nghiệp Gia Lách', en: 'Gia Lach Industrial Park' },
    summary: {
      vi: 'Khu công nghiệp phía bắc tỉnh, sát thành phố Vinh (Nghệ An), dành cho công nghiệp nhẹ và chế biến.',
      en: 'An industrial park in the north of the province, next to Vinh city (Nghe An), for light industry and processing.',
    },
    description: { vi: 'Khu công nghiệp Gia Lách nằm bên Quốc lộ 1, cách sân bay Vinh 15 km.', en: 'Gia Lach Industrial Park lies on National Road 1, 15 km from Vinh airport.' },
    infrastructure: { vi: 'Đường nội khu, cấp điện 22 kV, cấp nước 5.000 m³/ngày.', en: 'Internal roads, 22 kV power supply, 5,000 m³ of water a day.' },
    incentives: { vi: 'Ưu đãi theo địa bàn có điều kiện kinh tế – xã hội khó khăn.', en: 'Incentives of an area with difficult socio-economic conditions.' },
    tenants: [{ name: 'Viet Duc Garment', country: { vi: 'Việt Nam', en: 'Vietnam' }, activity: { vi: 'May mặc', en: 'Garments' } }],
    contacts: EZA_CONTACTS,
  },
  {
    // Deliberately without English: the English site shows it in Vietnamese, marked lang="vi".
    slug: 'khu-cong-nghiep-ha-vang',
    kind: 'industrial',
    area: 'central',
    areaHa: 343,
    occupancyPercent: 25,
    title: { vi: 'Khu công nghiệp Hạ Vàng' },
    summary: { vi: 'Khu công nghiệp tại huyện Can Lộc cũ, gần thành phố Hà Tĩnh, dành cho công nghiệp hỗ trợ.' },
    description: { vi: 'Khu công nghiệp Hạ Vàng nằm bên Quốc lộ 1, cách thành phố Hà Tĩnh 20 km.' },
    infrastructure: { vi: 'Đang đầu tư hạ tầng giai đoạn 1.' },
    incentives: { vi: 'Ưu đãi theo địa bàn có điều kiện kinh tế – xã hội khó khăn.' },
    tenants: [],
    contacts: { ...EZA_CONTACTS, office: { vi: EZA_CONTACTS.office.vi }, address: { vi: EZA_CONTACTS.address.vi } },
  },
]

interface SeedProject {
  slug: string
  sector: string
  status: 'calling' | 'negotiating' | 'licensed'
  form: 'direct' | 'joint-venture' | 'ppp' | 'bcc'
  area: 'north' | 'central' | 'south' | 'west'
  zone?: string
  commune?: string
  landAreaHa: number
  capitalMillionVnd: number
  capitalUsd: number
  title: Bi
  summary: Bi
  description: Bi
  incentives: Bi
  site: Bi
  person: { name: string; title: Bi; phone: string; email: string }
  /** After the English, the Vietnamese changes materially: the English is then outdated. */
  outdatedBy?: { title: string; note: string }
}

const PERSON = {
  name: 'Nguyễn Văn Hải',
  title: { vi: 'Trưởng phòng Xúc tiến đầu tư', en: 'Head of Investment Promotion' },
  phone: '0239 3885 888',
  email: 'xuctiendautu.kkt@hatinh.gov.vn',
}

export const SEED_PROJECTS: SeedProject[] = [
  {
    slug: 'nha-may-dien-khi-lng-vung-ang',
    sector: 'energy',
    status: 'calling',
    form: 'direct',
    area: 'south',
    zone: 'khu-kinh-te-vung-ang',
    commune: 'phuong-vung-ang',
    landAreaHa: 40,
    capitalMillionVnd: 52_000_000,
    capitalUsd: 2_200_000_000,
    title: { vi: 'Nhà máy điện khí LNG Vũng Áng', en: 'Vung Ang LNG-to-power plant' },
    summary: {
      vi: 'Nhà máy điện chạy khí thiên nhiên hóa lỏng công suất 1.500 MW cùng kho cảng LNG.',
      en: 'A 1,500 MW power plant fired by liquefied natural gas, with an LNG terminal.',
    },
    description: {
      vi: 'Dự án gồm nhà máy điện chu trình hỗn hợp 1.500 MW và kho cảng nhập khẩu LNG 1,5 triệu tấn/năm tại cảng Sơn Dương.',
      en: 'The project comprises a 1,500 MW combined-cycle plant and a 1.5 million tonnes a year LNG import terminal at Son Duong port.',
    },
    incentives: { vi: 'Ưu đãi của Khu kinh tế Vũng Áng.', en: 'Incentives of the Vung Ang Economic Zone.' },
    site: { vi: 'Phân khu công nghiệp năng lượng, Khu kinh tế Vũng Áng', en: 'Energy industry sub-zone, Vung Ang Economic Zone' },
    person: PERSON,
  },
  {
    slug: 'cang-tong-hop-vung-ang-ben-so-5-6',
    sector: 'logistics',
    status: 'calling',
    form: 'direct',
    area: 'south',
    zone: 'khu-kinh-te-vung-ang',
    landAreaHa: 60,
    capitalMillionVnd: 6_500_000,
    capitalUsd: 270_000_000,
    title: { vi: 'Bến số 5 và 6 cảng tổng hợp Vũng Áng', en: 'Berths 5 and 6, Vung Ang general port' },
    summary: { vi: 'Hai bến tổng hợp, container cho tàu 50.000 DWT.', en: 'Two general and container berths for 50,000 DWT ships.' },
    description: {
      vi: 'Đầu tư xây dựng và khai thác hai bến cảng tổng hợp, container với tổng chiều dài 540 m.',
      en: 'Building and operating two general and container berths, 540 m long in total.',
    },
    incentives: { vi: 'Ưu đãi của Khu kinh tế Vũng Áng.', en: 'Incentives of the Vung Ang Economic Zone.' },
    site: { vi: 'Cảng Vũng Áng, phường Vũng Áng', en: 'Vung Ang port, Vung Ang Ward' },
    person: PERSON,
  },
  {
    slug: 'khu-du-lich-sinh-thai-bien-thien-cam',
    sector: 'tourism',
    status: 'calling',
    form: 'direct',
    area: 'central',
    landAreaHa: 150,
    capitalMillionVnd: 1_800_000,
    capitalUsd: 75_000_000,
    title: { vi: 'Khu du lịch sinh thái biển Thiên Cầm', en: 'Thien Cam coastal eco-resort' },
    summary: { vi: 'Khu nghỉ dưỡng sinh thái ven biển, sân golf và bến du thuyền.', en: 'A coastal eco-resort with a golf course and a marina.' },
    description: {
      vi: 'Khu du lịch nghỉ dưỡng cao cấp trên bãi biển Thiên Cầm, cách thành phố Hà Tĩnh 25 km.',
      en: 'A high-end resort on Thien Cam beach, 25 km from Ha Tinh city.',
    },
    incentives: { vi: 'Ưu đãi theo Nghị quyết của HĐND tỉnh về thu hút đầu tư du lịch.', en: "Incentives under the Provincial People's Council resolution on tourism investment." },
    site: { vi: 'Bãi biển Thiên Cầm', en: 'Thien Cam beach' },
    person: PERSON,
  },
  {
    slug: 'ha-tang-khu-cong-nghiep-gia-lach-giai-doan-2',
    sector: 'infrastructure',
    status: 'calling',
    form: 'ppp',
    area: 'north',
    zone: 'khu-cong-nghiep-gia-lach',
    landAreaHa: 150,
    capitalMillionVnd: 1_200_000,
    capitalUsd: 50_000_000,
    title: { vi: 'Hạ tầng Khu công nghiệp Gia Lách giai đoạn 2', en: 'Gia Lach Industrial Park infrastructure, phase 2' },
    summary: { vi: 'Đầu tư hạ tầng kỹ thuật 150 ha mở rộng.', en: 'Infrastructure for a 150 ha extension.' },
    description: { vi: 'San nền, đường nội khu, cấp thoát nước và xử lý nước thải cho 150 ha.', en: 'Site levelling, internal roads, water supply, drainage and wastewater treatment for 150 ha.' },
    incentives: { vi: 'Ưu đãi theo địa bàn có điều kiện kinh tế – xã hội khó khăn.', en: 'Incentives of an area with difficult socio-economic conditions.' },
    site: { vi: 'Khu công nghiệp Gia Lách', en: 'Gia Lach Industrial Park' },
    person: PERSON,
    outdatedBy: {
      title: 'Hạ tầng Khu công nghiệp Gia Lách giai đoạn 2 (điều chỉnh quy mô 180 ha)',
      note: 'Điều chỉnh quy mô dự án từ 150 ha lên 180 ha.',
    },
  },
  {
    // Deliberately Vietnamese only: listed on the English site in Vietnamese, marked lang="vi".
    slug: 'nha-may-che-bien-nong-san-huong-son',
    sector: 'agriculture',
    status: 'negotiating',
    form: 'joint-venture',
    area: 'west',
    zone: 'khu-kinh-te-cua-khau-quoc-te-cau-treo',
    landAreaHa: 25,
    capitalMillionVnd: 350_000,
    capitalUsd: 14_500_000,
    title: { vi: 'Nhà máy chế biến nông sản Hương Sơn' },
    summary: { vi: 'Chế biến chè, cam và dược liệu vùng tây Hà Tĩnh.' },
    description: { vi: 'Nhà máy chế biến sâu chè, cam Hương Sơn và dược liệu, công suất 20.000 tấn/năm.' },
    incentives: { vi: 'Ưu đãi như địa bàn có điều kiện kinh tế – xã hội đặc biệt khó khăn.' },
    site: { vi: 'Khu kinh tế cửa khẩu quốc tế Cầu Treo' },
    person: PERSON,
  },
]

interface SeedGuide {
  slug: string
  order: number
  title: Bi
  summary: Bi
  steps: { title: Bi; body: Bi; timeLimit: Bi; authority: Bi }[]
  legal: string[]
  services: { label: Bi; url: string }[]
}

const EZA = { vi: 'Ban Quản lý Khu kinh tế tỉnh', en: 'Economic Zone Authority' }

export const SEED_GUIDES: SeedGuide[] = [
  {
    slug: 'chap-thuan-chu-truong-dau-tu',
    order: 10,
    title: { vi: 'Chấp thuận chủ trương đầu tư', en: 'Investment policy approval' },
    summary: {
      vi: 'Thủ tục cho dự án sử dụng đất do Nhà nước giao, cho thuê thuộc thẩm quyền của UBND tỉnh.',
      en: "The procedure for projects on state-allocated or leased land within the Provincial People's Committee's competence.",
    },
    steps: [
      {
        title: { vi: 'Nộp hồ sơ đề nghị', en: 'File the application' },
        body: { vi: 'Nhà đầu tư nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư trực tuyến hoặc tại Trung tâm Phục vụ hành chính công.', en: 'The investor files the application online or at the Public Administration Service Centre.' },
        timeLimit: { vi: 'Không quy định', en: 'None' },
        authority: EZA,
      },
      {
        title: { vi: 'Thẩm định', en: 'Appraisal' },
        body: { vi: 'Cơ quan đăng ký đầu tư lấy ý kiến các sở, ngành và lập báo cáo thẩm định.', en: 'The registration body consults the departments concerned and prepares the appraisal report.' },
        timeLimit: { vi: '25 ngày', en: '25 days' },
        authority: EZA,
      },
      {
        title: { vi: 'Quyết định chấp thuận', en: 'Approval decision' },
        body: { vi: 'UBND tỉnh xem xét, quyết định chấp thuận chủ trương đầu tư.', en: "The Provincial People's Committee decides on the approval." },
        timeLimit: { vi: '7 ngày làm việc', en: '7 working days' },
        authority: { vi: 'UBND tỉnh', en: "Provincial People's Committee" },
      },
    ],
    legal: ['1786/QĐ-TTg', '22/2016/NQ-HĐND'],
    services: [{ label: { vi: 'Cổng dịch vụ công tỉnh Hà Tĩnh', en: 'Ha Tinh public services portal' }, url: 'https://dichvucong.hatinh.gov.vn' }],
  },
  {
    slug: 'cap-giay-chung-nhan-dang-ky-dau-tu',
    order: 20,
    title: { vi: 'Cấp Giấy chứng nhận đăng ký đầu tư', en: 'Investment registration certificate' },
    summary: { vi: 'Thủ tục bắt buộc với dự án của nhà đầu tư nước ngoài.', en: 'Required for projects of foreign investors.' },
    steps: [
      {
        title: { vi: 'Nộp hồ sơ', en: 'File the application' },
        body: { vi: 'Nộp hồ sơ trên Hệ thống thông tin quốc gia về đầu tư.', en: 'File through the National Investment Information System.' },
        timeLimit: { vi: 'Không quy định', en: 'None' },
        authority: EZA,
      },
      {
        title: { vi: 'Cấp giấy chứng nhận', en: 'Certificate issued' },
        body: { vi: 'Cơ quan đăng ký đầu tư cấp Giấy chứng nhận đăng ký đầu tư.', en: 'The registration body issues the certificate.' },
        timeLimit: { vi: '15 ngày', en: '15 days' },
        authority: EZA,
      },
    ],
    legal: [],
    services: [{ label: { vi: 'Hệ thống thông tin quốc gia về đầu tư', en: 'National Investment Information System' }, url: 'https://dautunuocngoai.gov.vn' }],
  },
]

/** The news item whose Vietnamese changes materially after its English (demo of the notice). */
export const OUTDATED_NEWS = {
  slug: 'hoi-nghi-xuc-tien-dau-tu-khu-kinh-te-vung-ang',
  title: 'Hội nghị xúc tiến đầu tư vào Khu kinh tế Vũng Áng thu hút hơn 200 doanh nghiệp',
  note: 'Cập nhật số doanh nghiệp tham dự.',
}

const rt = (text: string | undefined) => (text ? richTextFromParagraphs([text]) : undefined)

async function upsert(payload: Payload, collection: 'zones' | 'investment-projects' | 'investment-guides', slug: string, vi: Record<string, unknown>): Promise<ID> {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, trash: true, ...SYSTEM })
  const id = found.docs[0]?.id as ID | undefined
  const data = { ...vi, slug, _status: 'published' as const }
  const doc = id
    ? await payload.update({ collection, id, data, locale: 'vi', ...SYSTEM })
    : await payload.create({ collection, data, locale: 'vi', ...SYSTEM })
  return doc.id as ID
}

/** Investors' section demo: zones, projects (some untranslated, one outdated), procedure guides. */
export async function seedInvest(payload: Payload, agencyIds: Map<string, ID>): Promise<{ zones: number; projects: number; guides: number }> {
  const owner = agencyIds.get('ban-quan-ly-khu-kinh-te')
  if (owner === undefined) throw new Error('seed: agency ban-quan-ly-khu-kinh-te missing')
  const zoneIds = new Map<string, ID>()

  for (const z of SEED_ZONES) {
    const id = await upsert(payload, 'zones', z.slug, {
      agency: owner,
      zoneKind: z.kind,
      area: z.area,
      areaHa: z.areaHa,
      occupancyPercent: z.occupancyPercent,
      title: z.title.vi,
      summary: z.summary.vi,
      description: rt(z.description.vi),
      infrastructure: rt(z.infrastructure.vi),
      incentives: rt(z.incentives.vi),
      tenants: z.tenants.map((t) => ({ name: t.name, country: t.country.vi, activity: t.activity.vi })),
      contacts: { office: z.contacts.office.vi, address: z.contacts.address.vi, phone: z.contacts.phone, email: z.contacts.email, website: z.contacts.website },
    })
    zoneIds.set(z.slug, id)
    if (z.title.en) {
      const vi = await payload.findByID({ collection: 'zones', id, depth: 0, locale: 'vi', ...SYSTEM })
      await payload.update({
        collection: 'zones',
        id,
        locale: 'en',
        data: {
          title: z.title.en,
          summary: z.summary.en,
          description: rt(z.description.en),
          infrastructure: rt(z.infrastructure.en),
          incentives: rt(z.incentives.en),
          tenants: z.tenants.map((t, i) => ({ id: vi.tenants?.[i]?.id, name: t.name, country: t.country.en, activity: t.activity.en })),
          contacts: { office: z.contacts.office.en, address: z.contacts.address.en },
          _status: 'published',
        },
        ...SYSTEM,
      })
    }
  }

  for (const p of SEED_PROJECTS) {
    const id = await upsert(payload, 'investment-projects', p.slug, {
      agency: owner,
      contactAgency: owner,
      sector: p.sector,
      projectStatus: p.status,
      investmentForm: p.form,
      location: { area: p.area, zone: p.zone ? zoneIds.get(p.zone) : null, commune: p.commune ? agencyIds.get(p.commune) : null, address: p.site.vi },
      landAreaHa: p.landAreaHa,
      capitalMillionVnd: p.capitalMillionVnd,
      capitalUsd: p.capitalUsd,
      title: p.title.vi,
      summary: p.summary.vi,
      description: rt(p.description.vi),
      incentives: rt(p.incentives.vi),
      contactPerson: { name: p.person.name, title: p.person.title.vi, phone: p.person.phone, email: p.person.email },
    })
    if (p.title.en) {
      await payload.update({
        collection: 'investment-projects',
        id,
        locale: 'en',
        data: {
          title: p.title.en,
          summary: p.summary.en,
          description: rt(p.description.en),
          incentives: rt(p.incentives.en),
          location: { address: p.site.en },
          contactPerson: { title: p.person.title.en },
          _status: 'published',
        },
        ...SYSTEM,
      })
    }
    if (p.outdatedBy) {
      await payload.update({
        collection: 'investment-projects',
        id,
        locale: 'vi',
        data: { title: p.outdatedBy.title, changeKind: 'material', changeNote: p.outdatedBy.note, _status: 'published' },
        ...SYSTEM,
      })
    }
  }

  for (const g of SEED_GUIDES) {
    const legal: ID[] = []
    for (const number of g.legal) {
      const found = await payload.find({ collection: 'legal-documents', where: { number: { equals: number } }, limit: 1, depth: 0, ...SYSTEM })
      if (found.docs[0]) legal.push(found.docs[0].id as ID)
    }
    const id = await upsert(payload, 'investment-guides', g.slug, {
      agency: owner,
      order: g.order,
      title: g.title.vi,
      summary: g.summary.vi,
      steps: g.steps.map((s) => ({ title: s.title.vi, body: rt(s.body.vi), timeLimit: s.timeLimit.vi, authority: s.authority.vi })),
      legalDocuments: legal,
      publicServices: g.services.map((s) => ({ label: s.label.vi, url: s.url })),
    })
    if (g.title.en) {
      const vi = await payload.findByID({ collection: 'investment-guides', id, depth: 0, locale: 'vi', ...SYSTEM })
      await payload.update({
        collection: 'investment-guides',
        id,
        locale: 'en',
        data: {
          title: g.title.en,
          summary: g.summary.en,
          steps: g.steps.map((s, i) => ({ id: vi.steps?.[i]?.id, title: s.title.en, body: rt(s.body.en), timeLimit: s.timeLimit.en, authority: s.authority.en })),
          publicServices: g.services.map((s, i) => ({ id: vi.publicServices?.[i]?.id, label: s.label.en, url: s.url })),
          _status: 'published',
        },
        ...SYSTEM,
      })
    }
  }

  // A news item whose Vietnamese was corrected materially after its English: its English page
  // shows the "may be out of date" notice.
  const news = await payload.find({ collection: 'news', where: { slug: { equals: OUTDATED_NEWS.slug } }, limit: 1, depth: 0, ...SYSTEM })
  if (news.docs[0]) {
    await payload.update({
      collection: 'news',
      id: news.docs[0].id,
      locale: 'vi',
      data: { title: OUTDATED_NEWS.title, changeKind: 'material', changeNote: OUTDATED_NEWS.note, _status: 'published' },
      ...SYSTEM,
    })
  }
  return { zones: SEED_ZONES.length, projects: SEED_PROJECTS.length, guides: SEED_GUIDES.length }
}
