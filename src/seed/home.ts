import type { Payload } from 'payload'

const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

/** Demo content of the home-page global: a few featured published items and public-service links. Idempotent. */
export async function seedHomePage(payload: Payload): Promise<number> {
  const first = async (collection: 'legal-documents' | 'budget-disclosures' | 'investment-projects' | 'news') => {
    const found = await payload.find({ collection, where: { _status: { equals: 'published' } }, sort: '-updatedAt', limit: 1, depth: 0, ...SYSTEM })
    return found.docs[0]?.id ?? null
  }
  const featured = (
    await Promise.all(
      (['legal-documents', 'budget-disclosures', 'investment-projects'] as const).map(async (relationTo) => {
        const value = await first(relationTo)
        return value === null ? null : { relationTo, value }
      }),
    )
  ).filter((x): x is NonNullable<typeof x> => x !== null)
  await payload.updateGlobal({
    slug: 'home-page',
    locale: 'vi',
    data: {
      intro: 'Thông tin chính thức của chính quyền tỉnh Hà Tĩnh: văn bản, ngân sách, quy hoạch, đầu tư và chỉ số minh bạch của từng cơ quan.',
      featured,
      services: [{ label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', description: 'Nộp hồ sơ, tra cứu thủ tục hành chính trực tuyến.' }],
      showTransparency: true,
      showInvest: true,
    },
    ...SYSTEM,
  })
  const vi = await payload.findGlobal({ slug: 'home-page', locale: 'vi', depth: 0, ...SYSTEM })
  await payload.updateGlobal({
    slug: 'home-page',
    locale: 'en',
    data: {
      intro: 'Official information from the government of Hà Tĩnh province: legal documents, budgets, plans, investment and each agency’s transparency score.',
      services: (vi.services ?? []).map((s) => ({ id: s.id, url: s.url, label: 'National Public Service Portal', description: 'File and track administrative procedures online.' })),
    },
    ...SYSTEM,
  })
  return featured.length
}
