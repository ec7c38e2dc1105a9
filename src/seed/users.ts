import type { AgencyRole } from '@/access/roles'

export interface SeedUser {
  email: string
  name: string
  isAdmin?: boolean
  agencies: { agency: string; roles: AgencyRole[] }[]
}

/** One user per role, so every workflow can be tried from the demo. */
export const SEED_USERS: SeedUser[] = [
  { email: 'admin@hatinh.gov.vn', name: 'Quản trị CNTT tỉnh', isAdmin: true, agencies: [] },
  { email: 'bientap.khcn@hatinh.gov.vn', name: 'Biên tập viên Sở KH&CN', agencies: [{ agency: 'so-khoa-hoc-va-cong-nghe', roles: ['editor'] }] },
  { email: 'duyet.khcn@hatinh.gov.vn', name: 'Người duyệt Sở KH&CN', agencies: [{ agency: 'so-khoa-hoc-va-cong-nghe', roles: ['publisher'] }] },
  { email: 'dich.khcn@hatinh.gov.vn', name: 'Biên dịch viên Sở KH&CN', agencies: [{ agency: 'so-khoa-hoc-va-cong-nghe', roles: ['translator'] }] },
  { email: 'bientap.stc@hatinh.gov.vn', name: 'Biên tập viên Sở Tài chính', agencies: [{ agency: 'so-tai-chinh', roles: ['editor'] }] },
  { email: 'duyet.stc@hatinh.gov.vn', name: 'Người duyệt Sở Tài chính', agencies: [{ agency: 'so-tai-chinh', roles: ['publisher'] }] },
  // Contact agency of the investment projects: receives investors' enquiries.
  { email: 'duyet.kkt@hatinh.gov.vn', name: 'Người duyệt Ban Quản lý KKT', agencies: [{ agency: 'ban-quan-ly-khu-kinh-te', roles: ['publisher'] }] },
  // Keeps the legal consultants' directory (LEGAL_SUPPORT_AGENCY_SLUG) and publishes the department's guides.
  { email: 'duyet.stp@hatinh.gov.vn', name: 'Người duyệt Sở Tư pháp', agencies: [{ agency: 'so-tu-phap', roles: ['publisher'] }] },
]

/** Demo password for every seeded user; override with DEMO_PASSWORD. Never used outside the demo. */
export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || 'HaTinh-demo-2026'
}
