import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { followToken, publicAskerName, QUESTION_DEADLINES, questionDue, questionKindOf, type AskerKind } from '@/domain/cases'
import { addDays, toISODate, vnCalendar } from '@/domain/calendar'
import { richTextFromParagraphs } from '@/lib/richtext'
import type { Agency, Question } from '@/payload-types'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, answerClosed: true, skipAudit: true } } as const

interface SeedQuestion {
  code: string
  state: 'received' | 'assigned' | 'answered' | 'refused'
  askerKind: AskerKind
  askerName: string
  organisation?: string
  registrationNumber?: string
  email: string
  field: Question['field']
  agency?: string
  /** Days before today the question arrived. */
  ageDays: number
  /** Working days the agency took (answered questions). */
  took?: number
  title: { vi: string; en?: string }
  question: { vi: string; en?: string }
  answer?: { vi: string; en?: string }
  duplicateOf?: string
}

/**
 * Demo questions: answered ones across fields and agencies (one with its English translation),
 * one assigned and overdue, one refused as a duplicate of an earlier answer, one just received.
 * Names and contacts are invented demo data, loaded by the seed command alone.
 */
const QUESTIONS: SeedQuestion[] = [
  {
    code: 'HD-2026-DEMQA2',
    state: 'answered',
    askerKind: 'business',
    askerName: 'Nguyễn Văn Hùng',
    organisation: 'Công ty TNHH Thép Vũng Áng Xanh',
    registrationNumber: '3001234567',
    email: 'hung.demo@example.vn',
    field: 'investment',
    agency: 'ban-quan-ly-khu-kinh-te',
    ageDays: 40,
    took: 6,
    title: { vi: 'Thủ tục điều chỉnh giấy chứng nhận đăng ký đầu tư trong Khu kinh tế Vũng Áng', en: 'Amending an investment registration certificate in the Vũng Áng Economic Zone' },
    question: { vi: 'Doanh nghiệp muốn tăng vốn đầu tư của dự án trong Khu kinh tế Vũng Áng thì cần nộp hồ sơ ở đâu và trong bao lâu?', en: 'Where and how quickly can a business apply to raise the capital of its project in the Vũng Áng Economic Zone?' },
    answer: { vi: 'Hồ sơ điều chỉnh nộp tại Ban Quản lý Khu kinh tế tỉnh theo Luật Đầu tư 2020; thời hạn giải quyết là 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.', en: 'The amendment file is lodged with the provincial Economic Zone Authority under the 2020 Law on Investment; it is decided within 10 days of a complete file.' },
  },
  {
    code: 'HD-2026-DEMQA3',
    state: 'answered',
    askerKind: 'citizen',
    askerName: 'Trần Thị Mai',
    email: 'mai.demo@example.vn',
    field: 'land',
    agency: 'so-nong-nghiep-va-moi-truong',
    ageDays: 30,
    took: 9,
    title: { vi: 'Gia hạn thời hạn sử dụng đất nông nghiệp của hộ gia đình' },
    question: { vi: 'Đất nông nghiệp của gia đình tôi sắp hết thời hạn sử dụng, tôi cần làm thủ tục gì để được tiếp tục sử dụng?' },
    answer: { vi: 'Theo Luật Đất đai 2024, hộ gia đình, cá nhân trực tiếp sản xuất nông nghiệp được tiếp tục sử dụng đất khi hết thời hạn mà không phải làm thủ tục gia hạn; liên hệ Văn phòng đăng ký đất đai để được xác nhận trên giấy chứng nhận.' },
  },
  {
    code: 'HD-2026-DEMQA4',
    state: 'answered',
    askerKind: 'business',
    askerName: 'Lê Minh Tuấn',
    organisation: 'Công ty Cổ phần Phần mềm Hồng Lam',
    registrationNumber: '3002345678-001',
    email: 'tuan.demo@example.vn',
    field: 'information-technology',
    agency: 'so-khoa-hoc-va-cong-nghe',
    ageDays: 25,
    took: 12,
    title: { vi: 'Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh' },
    question: { vi: 'Doanh nghiệp khởi nghiệp trong lĩnh vực phần mềm có được tỉnh hỗ trợ kinh phí không và nộp hồ sơ ở đâu?' },
    answer: { vi: 'Sở Khoa học và Công nghệ tiếp nhận hồ sơ đề nghị hỗ trợ hằng năm; thông tin chi tiết đăng trên trang của Sở.' },
  },
  {
    code: 'HD-2026-DEMQA5',
    state: 'assigned',
    askerKind: 'householdBusiness',
    askerName: 'Phạm Văn Long',
    organisation: 'Hộ kinh doanh Long Phát',
    email: 'long.demo@example.vn',
    field: 'public-finance',
    agency: 'so-tai-chinh',
    ageDays: 35,
    title: { vi: 'Thuế khoán của hộ kinh doanh khi chuyển địa điểm' },
    question: { vi: 'Hộ kinh doanh chuyển địa điểm sang huyện khác trong tỉnh thì có phải đăng ký lại mức thuế khoán không?' },
  },
  {
    code: 'HD-2026-DEMQA6',
    state: 'refused',
    askerKind: 'business',
    askerName: 'Hoàng Văn Nam',
    organisation: 'Công ty TNHH Cơ khí Nam Hà',
    registrationNumber: '3003456789',
    email: 'nam.demo@example.vn',
    field: 'investment',
    ageDays: 10,
    title: { vi: 'Hỏi về thủ tục tăng vốn dự án trong khu kinh tế' },
    question: { vi: 'Xin hỏi thủ tục tăng vốn dự án ở Vũng Áng.' },
    duplicateOf: 'HD-2026-DEMQA2',
  },
  {
    code: 'HD-2026-DEMQA7',
    state: 'received',
    askerKind: 'organisation',
    askerName: 'Đặng Thu Hà',
    organisation: 'Hợp tác xã Nông nghiệp Cẩm Xuyên',
    email: 'ha.demo@example.vn',
    field: 'agriculture',
    ageDays: 1,
    title: { vi: 'Hỗ trợ giống cây trồng cho hợp tác xã' },
    question: { vi: 'Hợp tác xã có được hỗ trợ giống lúa chất lượng cao vụ Đông Xuân không?' },
  },
]

export async function seedQuestions(payload: Payload, agencyIds: Map<string, ID>): Promise<number> {
  const calendar = vnCalendar()
  const today = toISODate(new Date())
  const answerIds = new Map<string, ID>()
  for (const q of QUESTIONS) {
    const receivedOn = addDays(today, -q.ageDays)
    const agency = q.agency ? (agencyIds.get(q.agency) ?? null) : null
    const rule = QUESTION_DEADLINES[questionKindOf(q.askerKind)]
    const assignedOn = agency ? calendar.addWorkingDays(receivedOn, 1) : null
    const dueOn = assignedOn ? questionDue(rule, 'assigned', { receivedOn, assignedOn }, calendar) : questionDue(rule, 'received', { receivedOn }, calendar)
    const answeredOn = q.took ? calendar.addWorkingDays(receivedOn, q.took) : null
    const publicAsker = publicAskerName({ askerKind: q.askerKind, askerName: q.askerName, organisation: q.organisation, consentToPublish: true })
    const data = {
      code: q.code,
      state: q.state,
      askerKind: q.askerKind,
      askerName: q.askerName,
      organisation: q.organisation ?? null,
      registrationNumber: q.registrationNumber ?? null,
      email: q.email,
      field: q.field,
      agency,
      title: q.title.vi,
      question: q.question.vi,
      consentToPublish: true,
      publicAsker,
      locale: 'vi' as const,
      receivedOn,
      assignedOn,
      dueOn: q.state === 'refused' ? null : dueOn,
      closedOn: answeredOn ?? (q.state === 'refused' ? calendar.addWorkingDays(receivedOn, 1) : null),
      refusal: q.duplicateOf ? ('duplicate' as const) : null,
      duplicateOf: q.duplicateOf ? (answerIds.get(q.duplicateOf) ?? null) : null,
      note: q.duplicateOf ? 'Câu hỏi đã được trả lời, xem câu trả lời đã có.' : null,
      followToken: followToken((n) => new Uint8Array(randomBytes(n))),
      history: [{ action: 'received', at: `${receivedOn}T02:00:00.000Z`, by: 'public' }],
    }
    const found = await payload.find({ collection: 'questions', where: { code: { equals: q.code } }, limit: 1, depth: 0, ...SYSTEM })
    const question = found.docs[0]
      ? await payload.update({ collection: 'questions', id: found.docs[0].id, data, ...SYSTEM })
      : await payload.create({ collection: 'questions', data, ...SYSTEM })
    if (!agency || (q.state !== 'answered' && q.state !== 'assigned')) continue
    const answerData = {
      agency,
      title: q.title.vi,
      questionText: q.question.vi,
      answer: q.answer ? richTextFromParagraphs([q.answer.vi]) : undefined,
      slug: q.code.toLowerCase(),
      code: q.code,
      field: q.field,
      askerKind: q.askerKind,
      publicAsker,
      askedOn: receivedOn,
      dueOn,
      answeredOn,
      daysTaken: q.took ?? null,
      onTime: answeredOn && dueOn ? answeredOn <= dueOn : null,
      question: question.id,
      _status: q.state === 'answered' ? ('published' as const) : ('draft' as const),
      publishedAt: answeredOn ? `${answeredOn}T03:00:00.000Z` : undefined,
    }
    const existing = await payload.find({ collection: 'question-answers', where: { slug: { equals: answerData.slug } }, limit: 1, depth: 0, draft: true, ...SYSTEM })
    const draft = q.state !== 'answered'
    const answer = existing.docs[0]
      ? await payload.update({ collection: 'question-answers', id: existing.docs[0].id, data: answerData, locale: 'vi', draft, ...SYSTEM })
      : await payload.create({ collection: 'question-answers', data: answerData, locale: 'vi', draft, ...SYSTEM })
    if (q.title.en && q.answer?.en) {
      await payload.update({
        collection: 'question-answers',
        id: answer.id,
        locale: 'en',
        data: { title: q.title.en, questionText: q.question.en, answer: richTextFromParagraphs([q.answer.en]), _status: 'published' },
        ...SYSTEM,
      })
    }
    answerIds.set(q.code, answer.id)
    await payload.update({ collection: 'questions', id: question.id, data: { answer: answer.id }, ...SYSTEM })
  }
  return QUESTIONS.length
}
