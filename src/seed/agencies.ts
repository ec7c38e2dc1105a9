import type { AgencyKind } from '@/collections/Agencies/kinds'

export interface SeedAgency {
  slug: string
  kind: AgencyKind
  name: { vi: string; en?: string }
  shortName?: { vi: string; en?: string }
  address?: { vi: string; en?: string }
  phone?: string
  email?: string
  website?: string
  domains?: string[]
  parent?: string
  introduction?: { vi: string; en?: string }
  functions?: { vi: string; en?: string }
  leaders?: { name: string; title: { vi: string; en: string } }[]
}

/**
 * Hà Tĩnh's provincial bodies and departments (organisation after the 2025 restructuring, when
 * departments were merged and districts abolished) and a few of the communes/wards.
 * Demo data: contacts are illustrative; some agencies deliberately lack English so the portal's
 * "English missing" flags have something to show.
 */
export const SEED_AGENCIES: SeedAgency[] = [
  {
    slug: 'hdnd-tinh',
    kind: 'provincial-council',
    name: { vi: 'Hội đồng nhân dân tỉnh Hà Tĩnh', en: "Ha Tinh Provincial People's Council" },
    shortName: { vi: 'HĐND tỉnh', en: "People's Council" },
    address: { vi: 'Số 1 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh', en: '1 Nguyen Tat Thanh Street, Thanh Sen Ward, Ha Tinh Province' },
    introduction: {
      vi: 'Hội đồng nhân dân tỉnh là cơ quan quyền lực nhà nước ở địa phương, do cử tri trong tỉnh bầu ra.',
      en: "The Provincial People's Council is the local organ of state power, elected by the province's voters.",
    },
    functions: {
      vi: 'Quyết định dự toán và phân bổ ngân sách tỉnh, ban hành nghị quyết, giám sát hoạt động của các cơ quan nhà nước trong tỉnh.',
      en: 'Decides the provincial budget, adopts resolutions and oversees the state agencies of the province.',
    },
  },
  {
    slug: 'ubnd-tinh',
    kind: 'provincial-committee',
    name: { vi: 'Ủy ban nhân dân tỉnh Hà Tĩnh', en: "Ha Tinh Provincial People's Committee" },
    shortName: { vi: 'UBND tỉnh', en: "People's Committee" },
    address: { vi: 'Số 1 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh', en: '1 Nguyen Tat Thanh Street, Thanh Sen Ward, Ha Tinh Province' },
    introduction: {
      vi: 'Ủy ban nhân dân tỉnh là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương.',
      en: "The Provincial People's Committee is the executive body of the People's Council and the province's state administration.",
    },
    functions: {
      vi: 'Tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của Hội đồng nhân dân tỉnh; quản lý nhà nước trên địa bàn tỉnh.',
      en: "Implements the Constitution, the law and the People's Council's resolutions; administers the province.",
    },
  },
  {
    slug: 'van-phong-ubnd-tinh',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Văn phòng Ủy ban nhân dân tỉnh', en: "Office of the Provincial People's Committee" },
  },
  {
    slug: 'so-noi-vu',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' },
  },
  {
    slug: 'so-tai-chinh',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Sở Tài chính', en: 'Department of Finance' },
    shortName: { vi: 'STC', en: 'DOF' },
    address: { vi: 'Phường Thành Sen, tỉnh Hà Tĩnh', en: 'Thanh Sen Ward, Ha Tinh Province' },
    introduction: {
      vi: 'Sở Tài chính tham mưu cho UBND tỉnh về tài chính, ngân sách, đầu tư công và kế hoạch phát triển kinh tế – xã hội.',
      en: "The Department of Finance advises the Provincial People's Committee on finance, the budget, public investment and socio-economic planning.",
    },
    functions: {
      vi: 'Lập dự toán ngân sách, công khai ngân sách, quản lý đầu tư công, đăng ký doanh nghiệp.',
      en: 'Prepares and discloses the provincial budget, manages public investment and business registration.',
    },
    leaders: [{ name: 'Giám đốc Sở', title: { vi: 'Giám đốc', en: 'Director' } }],
  },
  {
    slug: 'so-xay-dung',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Sở Xây dựng', en: 'Department of Construction' },
    domains: ['soxaydung.hatinh.gov.vn'],
  },
  {
    slug: 'so-nong-nghiep-va-moi-truong',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' },
  },
  {
    slug: 'so-khoa-hoc-va-cong-nghe',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
    shortName: { vi: 'Sở KH&CN', en: 'DOST' },
    domains: ['sokhcn.hatinh.gov.vn'],
    address: { vi: 'Phường Thành Sen, tỉnh Hà Tĩnh', en: 'Thanh Sen Ward, Ha Tinh Province' },
    introduction: {
      vi: 'Sở Khoa học và Công nghệ quản lý khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, bưu chính và viễn thông của tỉnh.',
      en: "The Department of Science and Technology manages science, technology, innovation, digital transformation, post and telecommunications in the province.",
    },
    functions: {
      vi: 'Vận hành Cổng thông tin điện tử tỉnh, hạ tầng số và các hệ thống thông tin dùng chung.',
      en: "Operates the provincial portal, the province's digital infrastructure and shared information systems.",
    },
    leaders: [{ name: 'Giám đốc Sở', title: { vi: 'Giám đốc', en: 'Director' } }],
  },
  { slug: 'so-cong-thuong', kind: 'department', parent: 'ubnd-tinh', name: { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' } },
  { slug: 'so-giao-duc-va-dao-tao', kind: 'department', parent: 'ubnd-tinh', name: { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training' } },
  { slug: 'so-y-te', kind: 'department', parent: 'ubnd-tinh', name: { vi: 'Sở Y tế', en: 'Department of Health' } },
  {
    slug: 'so-van-hoa-the-thao-va-du-lich',
    kind: 'department',
    parent: 'ubnd-tinh',
    name: { vi: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture, Sports and Tourism' },
  },
  { slug: 'so-tu-phap', kind: 'department', parent: 'ubnd-tinh', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } },
  { slug: 'thanh-tra-tinh', kind: 'department', parent: 'ubnd-tinh', name: { vi: 'Thanh tra tỉnh', en: 'Provincial Inspectorate' } },
  {
    slug: 'ban-quan-ly-khu-kinh-te',
    kind: 'sector-agency',
    parent: 'ubnd-tinh',
    name: { vi: 'Ban Quản lý Khu kinh tế tỉnh', en: 'Provincial Economic Zone Authority' },
    introduction: {
      vi: 'Ban Quản lý Khu kinh tế tỉnh quản lý Khu kinh tế Vũng Áng, Khu kinh tế cửa khẩu quốc tế Cầu Treo và các khu công nghiệp.',
      en: 'The Economic Zone Authority manages the Vung Ang Economic Zone, the Cau Treo International Border Gate Economic Zone and the industrial parks.',
    },
  },
  { slug: 'phuong-thanh-sen', kind: 'commune', parent: 'ubnd-tinh', name: { vi: 'UBND phường Thành Sen', en: "Thanh Sen Ward People's Committee" } },
  { slug: 'phuong-tran-phu', kind: 'commune', parent: 'ubnd-tinh', name: { vi: 'UBND phường Trần Phú', en: "Tran Phu Ward People's Committee" } },
  { slug: 'phuong-bac-hong-linh', kind: 'commune', parent: 'ubnd-tinh', name: { vi: 'UBND phường Bắc Hồng Lĩnh' } },
  { slug: 'phuong-vung-ang', kind: 'commune', parent: 'ubnd-tinh', name: { vi: 'UBND phường Vũng Áng' } },
  { slug: 'xa-thach-ha', kind: 'commune', parent: 'ubnd-tinh', name: { vi: 'UBND xã Thạch Hà' } },
]
