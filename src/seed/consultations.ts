import type { Payload } from 'payload'
import type { Agency } from '@/payload-types'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const SLUG = 'du-thao-minh-hoa-ho-tro-chuyen-doi-so-doanh-nghiep-nho'

/** Việt Nam date `offset` days from now, as a stored date. */
const vnDay = (offset: number) => `${new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00.000+07:00`

/**
 * One demo draft open for comment (a DEMO text, labelled as such in its title): opened five days
 * before the seed runs and open for 35 days, so the demo always has an open consultation.
 * Idempotent by slug; the dates are set only when it is first created.
 */
export async function seedConsultations(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const agency = agencyIds.get('so-khoa-hoc-va-cong-nghe')
  if (agency === undefined) return 0
  const existing = await payload.find({ collection: 'consultations', where: { slug: { equals: SLUG } }, limit: 1, depth: 0, ...SYSTEM })
  const vi = {
    title: 'Dự thảo (minh họa) Nghị quyết hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa',
    summary: 'Văn bản minh họa cho bản trình diễn của cổng: quy định đối tượng, nội dung và mức hỗ trợ chuyển đổi số.',
    consulted: 'Doanh nghiệp nhỏ và vừa, hiệp hội doanh nghiệp, người dân trên địa bàn tỉnh.',
    chapters: [
      {
        number: 1,
        title: 'Quy định chung',
        articles: [
          { number: 1, title: 'Phạm vi điều chỉnh', text: 'Nghị quyết này quy định nội dung và mức hỗ trợ chuyển đổi số cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.' },
          { number: 2, title: 'Đối tượng áp dụng', text: 'Doanh nghiệp nhỏ và vừa có trụ sở chính trên địa bàn tỉnh.' },
        ],
      },
      { number: 2, title: 'Nội dung và mức hỗ trợ', articles: [{ number: 3, title: 'Mức hỗ trợ', text: 'Hỗ trợ 50% chi phí thuê nền tảng số, tối đa 20 triệu đồng mỗi doanh nghiệp mỗi năm.' }] },
    ],
  }
  const data = { slug: SLUG, agency, draftKind: 'hdnd-resolution' as const, ...vi, _status: 'published' as const }
  if (existing.docs[0]) {
    await payload.update({ collection: 'consultations', id: existing.docs[0].id, data, locale: 'vi', ...SYSTEM })
    return 1
  }
  await payload.create({ collection: 'consultations', data: { ...data, openDate: vnDay(-5), closeDate: vnDay(30) }, locale: 'vi', ...SYSTEM })
  return 1
}
