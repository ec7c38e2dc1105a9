import type { Payload } from 'payload'
import type { Agency, Survey } from '@/payload-types'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const SLUG = 'khao-sat-hai-long-tiep-can-thong-tin'

/** Việt Nam date `offset` days from now, as a stored date. */
const vnDay = (offset: number) => `${new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00.000+07:00`

const opt = (value: string, vi: string, en: string) => ({ value, vi, en })
type Opt = ReturnType<typeof opt>

/**
 * The questionnaire: the PORTAL'S DRAFT (labelled as such in its title and introduction), written
 * plainly for the province's satisfaction survey of citizens and businesses on access to
 * information (resolution 22/2016/NQ-HĐND art. 3.1 asks for such surveys). It is not an official
 * questionnaire of the province; the People's Committee's office should replace or approve it.
 */
const QUESTIONS: ({ blockType: 'radio' | 'multipleChoice'; name: string; vi: string; en: string; required?: boolean; options: Opt[] } | { blockType: 'scale'; name: string; vi: string; en: string; required?: boolean; min: [string, string]; max: [string, string] } | { blockType: 'textarea'; name: string; vi: string; en: string })[] = [
  { blockType: 'radio', name: 'ban-la', vi: 'Bạn trả lời với tư cách', en: 'You are answering as', required: true, options: [opt('nguoi-dan', 'Người dân', 'A citizen'), opt('doanh-nghiep', 'Doanh nghiệp, hộ kinh doanh', 'A business or household business'), opt('to-chuc', 'Tổ chức khác', 'Another organisation')] },
  {
    blockType: 'multipleChoice',
    name: 'da-tim',
    vi: 'Trong 12 tháng qua, bạn đã tìm những thông tin nào của cơ quan nhà nước tỉnh?',
    en: 'In the last 12 months, what information from the province’s public bodies have you looked for?',
    options: [opt('van-ban', 'Văn bản pháp luật', 'Legal documents'), opt('thu-tuc', 'Thủ tục hành chính', 'Administrative procedures'), opt('quy-hoach', 'Quy hoạch, kế hoạch', 'Plans and planning'), opt('ngan-sach', 'Ngân sách', 'Budget'), opt('tin-tuc', 'Tin tức, thông báo', 'News and notices'), opt('khac', 'Thông tin khác', 'Something else')],
  },
  { blockType: 'scale', name: 'de-tim', vi: 'Bạn tìm được thông tin mình cần có dễ không?', en: 'How easy was it to find the information you needed?', required: true, min: ['Rất khó', 'Very hard'], max: ['Rất dễ', 'Very easy'] },
  { blockType: 'scale', name: 'hai-long', vi: 'Nhìn chung, bạn hài lòng thế nào với việc tiếp cận thông tin của các cơ quan nhà nước tỉnh?', en: 'Overall, how satisfied are you with access to information from the province’s public bodies?', required: true, min: ['Rất không hài lòng', 'Very dissatisfied'], max: ['Rất hài lòng', 'Very satisfied'] },
  { blockType: 'radio', name: 'kenh', vi: 'Bạn thường nhận thông tin qua kênh nào nhất?', en: 'Where do you most often get the information?', options: [opt('cong', 'Cổng thông tin điện tử', 'The government portal'), opt('mang-xa-hoi', 'Trang mạng xã hội của cơ quan', 'The agency’s social media page'), opt('mot-cua', 'Trụ sở, bộ phận một cửa', 'The office or one-stop desk'), opt('bao-chi', 'Báo chí, truyền hình', 'Press, television'), opt('khac', 'Kênh khác', 'Another channel')] },
  { blockType: 'textarea', name: 'gop-y', vi: 'Bạn muốn cơ quan nhà nước cải thiện điều gì? (không ghi họ tên, số điện thoại)', en: 'What would you like public bodies to improve? (no names or phone numbers, please)' },
]

type SurveyField = NonNullable<Survey['fields']>[number]

/** The questionnaire's blocks in one locale; `existing` (the stored blocks) keeps block and option ids, so both locales fill the same rows. */
function blocks(locale: 'vi' | 'en', existing?: Survey['fields']): SurveyField[] {
  return QUESTIONS.map((q, i): SurveyField => {
    const stored = existing?.[i]
    const storedOptions = stored && 'options' in stored ? stored.options : undefined
    const base = { ...(stored?.id ? { id: stored.id } : {}), name: q.name, label: q[locale], required: 'required' in q ? Boolean(q.required) : false }
    const options = (list: Opt[]) => list.map((o, j) => ({ ...(storedOptions?.[j]?.id ? { id: storedOptions[j]!.id } : {}), value: o.value, label: o[locale] }))
    switch (q.blockType) {
      case 'scale':
        return { ...base, blockType: 'scale', min: 1, max: 5, minLabel: q.min[locale === 'vi' ? 0 : 1], maxLabel: q.max[locale === 'vi' ? 0 : 1] }
      case 'textarea':
        return { ...base, blockType: 'textarea' }
      case 'radio':
        return { ...base, blockType: 'radio', options: options(q.options) }
      case 'multipleChoice':
        return { ...base, blockType: 'multipleChoice', options: options(q.options) }
    }
  })
}

/** Demo answers so the results render (role, sought, easy, satisfied, channel). */
const DEMO: [string, string[], string, string, string][] = [
  ['nguoi-dan', ['van-ban', 'thu-tuc'], '4', '4', 'cong'],
  ['nguoi-dan', ['thu-tuc'], '3', '4', 'mot-cua'],
  ['doanh-nghiep', ['van-ban', 'quy-hoach', 'ngan-sach'], '2', '3', 'cong'],
  ['nguoi-dan', ['tin-tuc'], '5', '5', 'mang-xa-hoi'],
  ['doanh-nghiep', ['thu-tuc', 'quy-hoach'], '3', '3', 'cong'],
  ['to-chuc', ['van-ban'], '4', '4', 'bao-chi'],
  ['nguoi-dan', ['thu-tuc', 'tin-tuc'], '2', '2', 'mot-cua'],
  ['doanh-nghiep', ['ngan-sach'], '4', '5', 'cong'],
]

/**
 * The province's satisfaction survey on access to information (owned by the Provincial People's
 * Committee, so province-wide), opened ten days before the seed runs for 60 days, results live so
 * the demo shows them, with eight DEMO responses (respondent keys `demo:n`, not a visitor's HMAC).
 * Idempotent by slug and by the demo keys; the dates are set only when it is first created.
 */
export async function seedSurveys(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const agency = agencyIds.get('ubnd-tinh')
  if (agency === undefined) return 0
  const vi = {
    title: 'Khảo sát mức độ hài lòng của người dân, doanh nghiệp về tiếp cận thông tin (bảng hỏi dự thảo của Cổng)',
    intro: 'Bảng hỏi dự thảo do Cổng thông tin điện tử tỉnh soạn để lấy ý kiến người dân, doanh nghiệp về việc tiếp cận thông tin của các cơ quan nhà nước tỉnh. Khoảng 3 phút; không hỏi họ tên, số điện thoại. Kết quả được công bố ngay trên trang này.',
  }
  const en = {
    title: 'Citizens’ and businesses’ satisfaction with access to information (the portal’s draft questionnaire)',
    intro: 'A draft questionnaire written by the provincial portal, asking citizens and businesses about access to information from the province’s public bodies. About 3 minutes; no names or phone numbers asked. Results are published on this page as they come in.',
  }
  const existing = await payload.find({ collection: 'surveys', where: { slug: { equals: SLUG } }, limit: 1, depth: 0, ...SYSTEM })
  const common = { slug: SLUG, agency, onePerVisitor: true, liveResults: true, _status: 'published' as const }
  const doc = existing.docs[0]
    ? await payload.update({ collection: 'surveys', id: existing.docs[0].id, data: { ...common, ...vi, fields: blocks('vi') }, locale: 'vi', ...SYSTEM })
    : await payload.create({ collection: 'surveys', data: { ...common, ...vi, startDate: vnDay(-10), endDate: vnDay(50), fields: blocks('vi') }, locale: 'vi', ...SYSTEM })
  // English texts on the same blocks and options (their ids keep them the same rows).
  await payload.update({ collection: 'surveys', id: doc.id, data: { ...en, fields: blocks('en', doc.fields) }, locale: 'en', ...SYSTEM })
  for (const [i, [role, sought, easy, satisfied, channel]] of DEMO.entries()) {
    const key = `demo:${SLUG}:${i + 1}`
    const found = await payload.count({ collection: 'survey-responses', where: { respondentKey: { equals: key } }, ...SYSTEM })
    if (found.totalDocs) continue
    const submissionData = [
      { field: 'ban-la', value: role },
      ...sought.map((value) => ({ field: 'da-tim', value })),
      { field: 'de-tim', value: easy },
      { field: 'hai-long', value: satisfied },
      { field: 'kenh', value: channel },
    ]
    await payload.create({ collection: 'survey-responses', data: { form: doc.id, submissionData, respondentKey: key, lang: 'vi' }, ...SYSTEM })
  }
  return 1
}
