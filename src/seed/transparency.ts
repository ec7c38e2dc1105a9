import type { Payload } from 'payload'
import type { DeadlineKind, DisclosureCategory, MatcherCollection } from '@/transparency/catalogue'
import { recomputeTransparency, type RecomputeResult } from '@/transparency/compute'
import { DEFAULT_WEIGHTS } from '@/transparency/criteria'
import type { AgencyKind } from '@/collections/Agencies/kinds'

const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

interface SeedEntry {
  key: string
  category: DisclosureCategory
  title: { vi: string; en: string }
  citation: { vi: string; en: string }
  appliesTo: AgencyKind[]
  collection: MatcherCollection
  filters?: Record<string, string[]>
  deadline: { kind: DeadlineKind; days?: number }
  reportPeriodEnd?: string
  requiredPerPeriod?: number
  requiresEnglish?: boolean
}

const ALL: AgencyKind[] = ['provincial-council', 'provincial-committee', 'department', 'sector-agency', 'commune']
/**
 * Local budgets are disclosed by the People's Committee of each level (Circular 343/2016/TT-BTC);
 * every budget-using unit (departments, sector agencies) discloses its own estimate, execution
 * and final accounts (Circular 61/2017/TT-BTC). Only the committees submit estimates to a council.
 */
const BUDGET_LEVELS: AgencyKind[] = ['provincial-committee', 'department', 'sector-agency', 'commune']
const COUNCIL_SUBMITTERS: AgencyKind[] = ['provincial-committee', 'commune']

const ATI_19 = {
  vi: 'Luật Tiếp cận thông tin 2016, điều 17 và điều 19: chậm nhất 05 ngày làm việc kể từ ngày tạo ra thông tin (trừ khi luật khác quy định khác).',
  en: 'Law on Access to Information 2016, arts. 17 and 19: within 5 working days of the information being created (unless another law provides otherwise).',
}
const SBL_15 = (vi: string, en: string) => ({ vi: `Luật Ngân sách nhà nước 2015, điều 15; Thông tư 343/2016/TT-BTC: ${vi}`, en: `State Budget Law 2015, art. 15; Circular 343/2016/TT-BTC: ${en}` })
const PORTALS = {
  vi: 'Nghị định 42/2022/NĐ-CP về cung cấp thông tin trên trang/cổng thông tin điện tử; Luật Tiếp cận thông tin 2016, điều 17.',
  en: 'Decree 42/2022/ND-CP on information on government websites and portals; Law on Access to Information 2016, art. 17.',
}

/**
 * The demo disclosure catalogue, drawn from the Law on Access to Information 2016 (arts. 17–19),
 * the State Budget Law 2015 (art. 15) with Circular 343/2016/TT-BTC, and the rules on agency
 * portals (Decree 42/2022/ND-CP). Admins refine it in the admin panel.
 */
export const SEED_CATALOGUE: SeedEntry[] = [
  {
    key: 'legal-documents',
    category: 'legal-documents',
    title: { vi: 'Văn bản quy phạm pháp luật do cơ quan ban hành', en: 'Legal documents issued by the agency' },
    citation: { vi: `${ATI_19.vi} Văn bản đăng kèm thuộc tính tra cứu được (số, ngày ban hành, hiệu lực) theo Nghị định 42/2022/NĐ-CP.`, en: `${ATI_19.en} Published with searchable metadata (number, issue date, effect) under Decree 42/2022/ND-CP.` },
    appliesTo: ['provincial-council', 'provincial-committee', 'commune'],
    collection: 'legal-documents',
    filters: { docType: ['resolution', 'decision'] },
    deadline: { kind: 'working-days-after', days: 5 },
  },
  {
    key: 'directives',
    category: 'legal-documents',
    title: { vi: 'Văn bản chỉ đạo, điều hành, kế hoạch, thông báo', en: 'Directives, plans and notices' },
    citation: ATI_19,
    appliesTo: ['provincial-committee', 'department', 'sector-agency', 'commune'],
    collection: 'legal-documents',
    filters: { docType: ['directive', 'plan', 'programme', 'notice', 'official-letter', 'guidance', 'report'] },
    deadline: { kind: 'working-days-after', days: 5 },
  },
  {
    key: 'plans',
    category: 'plans',
    title: { vi: 'Quy hoạch tỉnh và các quy hoạch được phê duyệt', en: 'Provincial and approved plans' },
    citation: { vi: 'Luật Quy hoạch 2017, điều 40; Luật Tiếp cận thông tin 2016, điều 17.', en: 'Law on Planning 2017, art. 40; Law on Access to Information 2016, art. 17.' },
    appliesTo: ['provincial-committee'],
    collection: 'plans',
    deadline: { kind: 'continuous' },
  },
  {
    key: 'budget-estimate-submitted',
    category: 'budget-estimate-submitted',
    title: { vi: 'Dự toán ngân sách trình Hội đồng nhân dân', en: "Budget estimate submitted to the People's Council" },
    citation: SBL_15('chậm nhất 05 ngày làm việc kể từ ngày gửi tài liệu cho đại biểu HĐND.', "within 5 working days of the documents being sent to the People's Council deputies."),
    appliesTo: COUNCIL_SUBMITTERS,
    collection: 'budget-disclosures',
    filters: { family: ['estimate-submitted'] },
    deadline: { kind: 'working-days-after', days: 5 },
  },
  {
    key: 'budget-estimate-approved',
    category: 'budget-estimate-approved',
    title: { vi: 'Dự toán ngân sách đã được HĐND quyết định', en: 'Approved budget estimate' },
    citation: SBL_15('chậm nhất 30 ngày kể từ ngày văn bản được ban hành.', 'within 30 days of the decision being issued.'),
    appliesTo: BUDGET_LEVELS,
    collection: 'budget-disclosures',
    filters: { family: ['estimate-approved'] },
    deadline: { kind: 'days-after', days: 30 },
  },
  ...(
    [
      ['q1', 'execution-q1', '03-31', 'quý I', 'first quarter'],
      ['6m', 'execution-6m', '06-30', '6 tháng', 'first six months'],
      ['9m', 'execution-9m', '09-30', '9 tháng', 'first nine months'],
    ] as const
  ).map(([suffix, family, end, vi, en]): SeedEntry => ({
    key: `budget-execution-${suffix}`,
    category: 'budget-execution',
    title: { vi: `Tình hình thực hiện dự toán ngân sách ${vi}`, en: `Budget execution, ${en}` },
    citation: SBL_15('chậm nhất 15 ngày kể từ ngày kết thúc kỳ báo cáo.', 'within 15 days after the end of the reporting period.'),
    appliesTo: BUDGET_LEVELS,
    collection: 'budget-disclosures',
    filters: { family: [family] },
    deadline: { kind: 'days-after-period-end', days: 15 },
    reportPeriodEnd: end,
  })),
  {
    key: 'final-accounts',
    category: 'final-accounts',
    title: { vi: 'Quyết toán ngân sách đã được phê chuẩn', en: 'Approved final budget accounts' },
    citation: SBL_15('chậm nhất 30 ngày kể từ ngày văn bản được ban hành.', 'within 30 days of the approval being issued.'),
    appliesTo: BUDGET_LEVELS,
    collection: 'budget-disclosures',
    filters: { family: ['final-accounts'] },
    deadline: { kind: 'days-after', days: 30 },
  },
  {
    key: 'organisation-contacts',
    category: 'organisation-english',
    title: { vi: 'Tổ chức bộ máy, chức năng nhiệm vụ và liên hệ (có bản tiếng Anh)', en: 'Organisation, functions and contacts (with English)' },
    citation: PORTALS,
    appliesTo: ALL,
    collection: 'agencies',
    filters: { part: ['contacts'] },
    deadline: { kind: 'on-change', days: 180 },
    requiresEnglish: true,
  },
  {
    key: 'activities',
    category: 'activities',
    title: { vi: 'Tin tức về hoạt động của cơ quan (ít nhất mỗi quý một tin)', en: "News of the agency's activities (at least one a quarter)" },
    citation: PORTALS,
    appliesTo: ALL,
    collection: 'news',
    deadline: { kind: 'working-days-after', days: 5 },
    requiredPerPeriod: 4,
  },
  // ---- the two-way sections: each case scored against its own deadline (src/domain/transparency/cases.ts)
  {
    key: 'questions-on-time',
    category: 'answers',
    title: { vi: 'Câu hỏi của doanh nghiệp, người dân được trả lời đúng hạn', en: "Businesses' and citizens' questions answered on time" },
    citation: {
      vi: 'Nghị quyết 22/2016/NQ-HĐND, điều 1.2.đ. Thời hạn trả lời: mặc định của cổng (10 ngày làm việc kể từ khi được giao), chưa có quy định của tỉnh. Câu hỏi trả lời riêng cũng được tính; câu hỏi quá hạn chưa trả lời bị trừ điểm.',
      en: 'Resolution 22/2016/NQ-HĐND, art. 1.2.đ. Deadline: the portal’s default (10 working days after assignment), no provincial rule found. Private answers count; questions still unanswered after their deadline lose points.',
    },
    appliesTo: ALL,
    collection: 'questions',
    deadline: { kind: 'continuous' },
  },
  {
    key: 'requests-on-time',
    category: 'answers',
    title: { vi: 'Yêu cầu cung cấp thông tin được giải quyết đúng hạn', en: 'Information requests answered on time' },
    citation: {
      vi: 'Luật Tiếp cận thông tin 2016, điều 29–31: thời hạn theo hình thức yêu cầu, kể cả thời gian gia hạn đã thông báo.',
      en: 'Law on Access to Information 2016, arts. 29–31: the deadline of the channel, with any extension notified.',
    },
    appliesTo: ALL,
    collection: 'information-requests',
    deadline: { kind: 'continuous' },
  },
  {
    key: 'dossier-status-published',
    category: 'dossiers',
    title: { vi: 'Hồ sơ tiếp nhận được công khai tình trạng giải quyết', en: 'Received dossiers with their status published' },
    citation: {
      vi: 'Nghị quyết 22/2016/NQ-HĐND, điều 1.2.c (công khai tình trạng 100% hồ sơ); Nghị định 224/2026/NĐ-CP, điều 15: cơ quan, đơn vị xử lý, thời điểm tiếp nhận, quá trình xử lý và trả kết quả.',
      en: 'Resolution 22/2016/NQ-HĐND, art. 1.2.c (status of 100% of dossiers published); Decree 224/2026/NĐ-CP, art. 15: agency, handling unit, times of receipt, processing and result.',
    },
    appliesTo: ALL,
    collection: 'dossier-status',
    deadline: { kind: 'continuous' },
  },
  {
    key: 'dossiers-on-time',
    category: 'dossiers',
    title: { vi: 'Hồ sơ giải quyết xong đúng ngày hẹn trả', en: 'Dossiers done by their appointment date' },
    citation: {
      vi: 'Nghị quyết 22/2016/NQ-HĐND, điều 1.2.c; Quyết định 766/QĐ-TTg (tiến độ giải quyết). Ngày hẹn được lùi theo số ngày làm việc tạm dừng, bổ sung hồ sơ.',
      en: 'Resolution 22/2016/NQ-HĐND, art. 1.2.c; Decision 766/QĐ-TTg (progress). The appointment moves by the working days paused or awaiting documents.',
    },
    appliesTo: ALL,
    collection: 'dossiers',
    deadline: { kind: 'continuous' },
  },
  {
    key: 'consultation-periods',
    category: 'draft-policies',
    title: { vi: 'Dự thảo lấy ý kiến đủ thời gian tối thiểu', en: 'Draft consultations open for the minimum period' },
    citation: {
      vi: 'Luật Ban hành văn bản quy phạm pháp luật 64/2025/QH15 (dự thảo từ 2025), 80/2015/QH13 (dự thảo trước đó): thời gian lấy ý kiến tối thiểu theo danh mục "Thời hạn lấy ý kiến".',
      en: 'Law 64/2025/QH15 on legal documents (drafts from 2025), Law 80/2015/QH13 (older drafts): the minimum period of the "Consultation periods" settings.',
    },
    appliesTo: ALL,
    collection: 'consultation-periods',
    deadline: { kind: 'continuous' },
  },
  {
    key: 'consultation-reports',
    category: 'draft-policies',
    title: { vi: 'Báo cáo tiếp thu, giải trình được công bố sau khi hết hạn lấy ý kiến', en: 'Reception report published after a consultation closes' },
    citation: {
      vi: 'Nghị quyết 22/2016/NQ-HĐND, điều 1.2.d. Thời hạn công bố: mặc định của cổng, 30 ngày kể từ ngày kết thúc lấy ý kiến (chưa có quy định; quản trị viên sửa được).',
      en: 'Resolution 22/2016/NQ-HĐND, art. 1.2.d. Deadline: the portal’s default of 30 days after closing (no rule found; admins may correct it).',
    },
    appliesTo: ALL,
    collection: 'consultation-reports',
    deadline: { kind: 'days-after', days: 30 },
  },
]

export interface TransparencySeedReport {
  catalogue: number
  snapshots: RecomputeResult
}

/** Catalogue and criteria (idempotent: entries matched by key), without scoring. */
export async function seedTransparencyCatalogue(payload: Payload): Promise<number> {
  let order = 10
  for (const e of SEED_CATALOGUE) {
    const vi = {
      key: e.key,
      category: e.category,
      title: e.title.vi,
      legalBasis: { citation: e.citation.vi },
      appliesTo: e.appliesTo,
      matcher: { collection: e.collection, filters: Object.entries(e.filters ?? {}).map(([field, values]) => ({ field, values })) },
      deadline: { kind: e.deadline.kind, days: e.deadline.days ?? null },
      reportPeriodEnd: e.reportPeriodEnd ?? null,
      requiredPerPeriod: e.requiredPerPeriod ?? 1,
      requiresEnglish: Boolean(e.requiresEnglish),
      active: true,
      order,
    }
    order += 10
    const found = await payload.find({ collection: 'disclosure-catalogue', where: { key: { equals: e.key } }, limit: 1, depth: 0, ...SYSTEM })
    const id = found.docs[0]?.id
    const doc = id
      ? await payload.update({ collection: 'disclosure-catalogue', id, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'disclosure-catalogue', data: vi, locale: 'vi', ...SYSTEM })
    await payload.update({ collection: 'disclosure-catalogue', id: doc.id, data: { title: e.title.en, legalBasis: { citation: e.citation.en } }, locale: 'en', ...SYSTEM })
  }
  await payload.updateGlobal({
    slug: 'transparency-criteria',
    locale: 'vi',
    data: { weights: { ...DEFAULT_WEIGHTS }, note: 'Trọng số mặc định: đầy đủ và kịp thời chiếm 70%.' },
    ...SYSTEM,
  })
  await payload.updateGlobal({ slug: 'transparency-criteria', locale: 'en', data: { note: 'Default weights: completeness and timeliness carry 70%.' }, ...SYSTEM })
  return SEED_CATALOGUE.length
}

/**
 * The demo catalogue and criteria, then a first set of snapshots. Runs LAST in `seed()`: the
 * snapshots score whatever the other seeds have published.
 */
export async function seedTransparency(payload: Payload): Promise<TransparencySeedReport> {
  const catalogue = await seedTransparencyCatalogue(payload)
  const snapshots = await recomputeTransparency(payload, { skipRevalidate: true })
  return { catalogue, snapshots }
}
