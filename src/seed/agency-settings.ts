import type { Agency } from '@/payload-types'
import type { Payload } from 'payload'

/** Document IDs as the generated types spell them (numbers on SQLite; MongoDB's strings pass through at run time). */
type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

/** Demo site settings of the Department of Science and Technology (the agency with its own domain). */
export async function seedAgencySettings(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const agency = agencyIds.get('so-khoa-hoc-va-cong-nghe')
  if (agency === undefined) return 0
  const vi = {
    agency: agency as number,
    headerTagline: 'Khoa học, công nghệ và chuyển đổi số tỉnh Hà Tĩnh',
    navLinks: [{ label: 'Dịch vụ công trực tuyến', url: 'https://dichvucong.hatinh.gov.vn' }],
    footerText: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh chịu trách nhiệm về nội dung trang này.',
    informationRequests: { unit: 'Văn phòng Sở', address: 'Phường Thành Sen, tỉnh Hà Tĩnh', hours: 'Giờ hành chính các ngày làm việc' },
  }
  const existing = await payload.find({ collection: 'agency-settings', where: { agency: { equals: agency } }, limit: 1, depth: 0, ...SYSTEM })
  const doc = existing.docs[0]
    ? await payload.update({ collection: 'agency-settings', id: existing.docs[0].id, data: vi, locale: 'vi', ...SYSTEM })
    : await payload.create({ collection: 'agency-settings', data: vi, locale: 'vi', ...SYSTEM })
  await payload.update({
    collection: 'agency-settings',
    id: doc.id,
    locale: 'en',
    data: {
      headerTagline: 'Science, technology and digital transformation in Ha Tinh',
      navLinks: (doc.navLinks ?? []).map((l) => ({ id: l.id, url: l.url, label: 'Online public services' })),
      footerText: 'The Ha Tinh Department of Science and Technology is responsible for the content of this site.',
      informationRequests: { unit: 'Office of the Department', address: 'Thanh Sen Ward, Ha Tinh Province', hours: 'Office hours on working days' },
    },
    ...SYSTEM,
  })
  return 1
}
