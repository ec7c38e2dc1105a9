import type { Payload } from 'payload'
import { addDays, toISODate, vnCalendar, type ISODate } from '@/domain/calendar'
import type { DossierRow, OnlineLevel, ProcedureField } from '@/domain/services'
import { applyDossierRows } from '@/lib/dossiers/apply'
import type { Agency } from '@/payload-types'
import { slugify } from '@/lib/slugify'
import { simplePdf } from './pdf'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

/**
 * Demo public services: procedures across levels and agencies and a year of dossiers with
 * on-time, late, overdue, paused and returned ones. ILLUSTRATIVE ONLY — the codes have the
 * national database's shape (`1.00xxxx`) but are not its codes, and processing times and fees
 * are examples, not the legal values. Idempotent: procedures by code, dossiers by code.
 */
interface SeedProcedure {
  code: string
  vi: string
  en?: string
  agency: string
  field: ProcedureField
  level: OnlineLevel
  days: number
  partialReason?: string
  form?: boolean
}

const A = {
  khcn: 'so-khoa-hoc-va-cong-nghe',
  tc: 'so-tai-chinh',
  xd: 'so-xay-dung',
  nnmt: 'so-nong-nghiep-va-moi-truong',
  gd: 'so-giao-duc-va-dao-tao',
  yt: 'so-y-te',
  tp: 'so-tu-phap',
  ct: 'so-cong-thuong',
  kkt: 'ban-quan-ly-khu-kinh-te',
  ts: 'phuong-thanh-sen',
}
const PARTIAL = 'Hồ sơ gốc cần được đối chiếu trực tiếp khi nhận kết quả (dữ liệu mẫu).'

export const SEED_PROCEDURES: SeedProcedure[] = [
  { code: '1.900001', vi: 'Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ', en: 'Registration certificate for science and technology organisations', agency: A.khcn, field: 'science', level: 'full', days: 15, form: true },
  { code: '1.900002', vi: 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ', en: 'Registration of the results of a science and technology task', agency: A.khcn, field: 'science', level: 'full', days: 10 },
  { code: '1.900003', vi: 'Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán y tế)', en: 'Licence for radiation work (diagnostic X-ray equipment)', agency: A.khcn, field: 'science', level: 'partial', days: 20, partialReason: PARTIAL, form: true },
  { code: '1.900004', vi: 'Xác nhận đăng ký chuyển giao công nghệ', agency: A.khcn, field: 'science', level: 'offline', days: 15 },
  { code: '1.900011', vi: 'Đăng ký thành lập doanh nghiệp tư nhân', en: 'Registration of a private enterprise', agency: A.tc, field: 'business', level: 'full', days: 3, form: true },
  { code: '1.900012', vi: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', en: 'Registration of a limited liability company with two or more members', agency: A.tc, field: 'business', level: 'full', days: 3 },
  { code: '1.900013', vi: 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', en: 'Change of enterprise registration details', agency: A.tc, field: 'business', level: 'full', days: 3 },
  { code: '1.900014', vi: 'Thông báo tạm ngừng kinh doanh', en: 'Notice of temporary suspension of business', agency: A.tc, field: 'business', level: 'full', days: 3 },
  { code: '1.900015', vi: 'Đăng ký giải thể doanh nghiệp', agency: A.tc, field: 'business', level: 'partial', days: 5, partialReason: PARTIAL },
  { code: '1.900021', vi: 'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II', en: 'Building permit for special-grade, grade I and grade II works', agency: A.xd, field: 'construction', level: 'partial', days: 20, partialReason: PARTIAL, form: true },
  { code: '1.900022', vi: 'Điều chỉnh giấy phép xây dựng', en: 'Amendment of a building permit', agency: A.xd, field: 'construction', level: 'partial', days: 20, partialReason: PARTIAL },
  { code: '1.900023', vi: 'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng', agency: A.xd, field: 'construction', level: 'offline', days: 30 },
  { code: '1.900024', vi: 'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, III', en: 'Construction practising certificate, classes II and III', agency: A.xd, field: 'construction', level: 'full', days: 20 },
  { code: '1.900031', vi: 'Cấp giấy phép môi trường', en: 'Environmental permit', agency: A.nnmt, field: 'environment', level: 'partial', days: 30, partialReason: PARTIAL, form: true },
  { code: '1.900032', vi: 'Đăng ký đất đai, tài sản gắn liền với đất lần đầu', en: 'First registration of land and land-attached assets', agency: A.nnmt, field: 'land', level: 'partial', days: 30, partialReason: PARTIAL },
  { code: '1.900033', vi: 'Đăng ký biến động quyền sử dụng đất do chuyển nhượng', en: 'Registration of a land-use right transfer', agency: A.nnmt, field: 'land', level: 'partial', days: 10, partialReason: PARTIAL },
  { code: '1.900034', vi: 'Cấp giấy phép khai thác nước dưới đất', agency: A.nnmt, field: 'environment', level: 'offline', days: 25 },
  { code: '1.900035', vi: 'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản', en: 'Food-safety certificate for agricultural, forestry and fishery establishments', agency: A.nnmt, field: 'agriculture', level: 'full', days: 15 },
  { code: '1.900041', vi: 'Cấp phép hoạt động giáo dục kỹ năng sống', en: 'Licence for life-skills education', agency: A.gd, field: 'education', level: 'full', days: 15 },
  { code: '1.900042', vi: 'Công nhận trường trung học đạt chuẩn quốc gia', agency: A.gd, field: 'education', level: 'offline', days: 30 },
  { code: '1.900043', vi: 'Chuyển trường đối với học sinh trung học phổ thông', en: 'Transfer of an upper-secondary student to another school', agency: A.gd, field: 'education', level: 'full', days: 3 },
  { code: '1.900051', vi: 'Cấp giấy phép hoạt động đối với phòng khám chuyên khoa', en: 'Operating licence for a specialist clinic', agency: A.yt, field: 'health', level: 'partial', days: 30, partialReason: PARTIAL },
  { code: '1.900052', vi: 'Cấp chứng chỉ hành nghề dược', en: 'Pharmacy practising certificate', agency: A.yt, field: 'health', level: 'full', days: 20, form: true },
  { code: '1.900053', vi: 'Cấp giấy chứng nhận đủ điều kiện kinh doanh dược', agency: A.yt, field: 'health', level: 'partial', days: 30, partialReason: PARTIAL },
  { code: '1.900061', vi: 'Cấp phiếu lý lịch tư pháp cho công dân Việt Nam', en: 'Criminal record certificate for Vietnamese citizens', agency: A.tp, field: 'justice', level: 'full', days: 10, form: true },
  { code: '1.900062', vi: 'Cấp bản sao trích lục hộ tịch', en: 'Copy of a civil-status extract', agency: A.tp, field: 'justice', level: 'full', days: 1 },
  { code: '1.900063', vi: 'Đăng ký hành nghề công chứng', agency: A.tp, field: 'justice', level: 'offline', days: 10 },
  { code: '1.900071', vi: 'Cấp giấy phép bán lẻ sản phẩm rượu', en: 'Retail licence for alcohol products', agency: A.ct, field: 'business', level: 'full', days: 10 },
  { code: '1.900072', vi: 'Cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', agency: A.ct, field: 'business', level: 'partial', days: 15, partialReason: PARTIAL },
  { code: '1.900081', vi: 'Cấp giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư', en: 'Investment registration certificate for projects not requiring in-principle approval', agency: A.kkt, field: 'investment', level: 'partial', days: 15, partialReason: PARTIAL, form: true },
  { code: '1.900082', vi: 'Điều chỉnh giấy chứng nhận đăng ký đầu tư', en: 'Amendment of an investment registration certificate', agency: A.kkt, field: 'investment', level: 'partial', days: 10, partialReason: PARTIAL },
  { code: '1.900091', vi: 'Đăng ký khai sinh', en: 'Birth registration', agency: A.ts, field: 'justice', level: 'full', days: 1 },
  { code: '1.900092', vi: 'Đăng ký kết hôn', en: 'Marriage registration', agency: A.ts, field: 'justice', level: 'partial', days: 5, partialReason: 'Hai bên nam, nữ phải có mặt khi đăng ký kết hôn (dữ liệu mẫu).' },
  { code: '1.900093', vi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', en: 'Certified copy from an original document', agency: A.ts, field: 'justice', level: 'offline', days: 1 },
]

/** Dossiers whose look-up factor the README shows (code → last four phone digits). */
export const SEED_LOOKUP_EXAMPLES = [
  { code: 'H29-DEMO-0001', phone: '0912 000 2468', note: 'done on time' },
  { code: 'H29-DEMO-0002', phone: '0912 000 1357', note: 'done late' },
  { code: 'H29-DEMO-0003', phone: '0912 000 9753', note: 'overdue' },
  { code: 'H29-DEMO-0004', phone: '0912 000 8642', note: 'being processed, on time' },
] as const

/** A small deterministic generator (the same dossiers every run). */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export async function seedServices(payload: Payload, agencyIds: Map<string, ID>, today: ISODate = toISODate(new Date())): Promise<{ procedures: number; dossiers: number }> {
  for (const p of SEED_PROCEDURES) {
    const agency = agencyIds.get(p.agency)
    if (agency === undefined) throw new Error(`seed: unknown agency ${p.agency}`)
    let forms: ID[] = []
    if (p.form) {
      const filename = `mau-don-${p.code.replace('.', '-')}.pdf`
      const existing = await payload.find({ collection: 'attachments', where: { filename: { equals: filename } }, limit: 1, depth: 0, ...SYSTEM })
      if (existing.docs[0]) forms = [existing.docs[0].id]
      else {
        const data = simplePdf([`Mau don - thu tuc ${p.code}`, p.vi, '', 'Du lieu mau cua Cong thong tin dien tu tinh Ha Tinh.'])
        const file = await payload.create({ collection: 'attachments', data: { title: `Mẫu đơn — ${p.vi}`, agency }, file: { data, mimetype: 'application/pdf', name: filename, size: data.length }, locale: 'vi', ...SYSTEM })
        forms = [file.id]
      }
    }
    const vi = {
      code: p.code,
      name: p.vi,
      slug: slugify(p.vi),
      field: p.field,
      level: p.level,
      legacyLevel: p.level === 'full' ? ('4' as const) : p.level === 'partial' ? ('3' as const) : ('2' as const),
      partialReason: p.partialReason ?? null,
      processingDays: p.days,
      fees: 'Theo quy định hiện hành (dữ liệu mẫu).',
      applicants: 'Tổ chức, cá nhân có yêu cầu.',
      submission: 'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia, hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công tỉnh.',
      documents: [
        { name: 'Đơn đề nghị theo mẫu', copies: 1, form: 'original' as const },
        { name: 'Giấy tờ tùy thân của người nộp (căn cước)', copies: 1, form: 'either' as const },
      ],
      forms,
      nationalUrl: p.level === 'offline' ? null : `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${p.code}`,
      agency,
      _status: 'published' as const,
    }
    const existing = await payload.find({ collection: 'procedures', where: { code: { equals: p.code } }, limit: 1, depth: 0, ...SYSTEM, trash: true })
    const doc = existing.docs[0]
      ? await payload.update({ collection: 'procedures', id: existing.docs[0].id, data: vi, locale: 'vi', ...SYSTEM })
      : await payload.create({ collection: 'procedures', data: vi, locale: 'vi', ...SYSTEM })
    if (p.en) {
      await payload.update({
        collection: 'procedures',
        id: doc.id,
        locale: 'en',
        data: {
          name: p.en,
          partialReason: p.partialReason ? 'The original documents must be checked in person when the result is collected (demo data).' : null,
          fees: 'As currently regulated (demo data).',
          applicants: 'Organisations and individuals who request it.',
          submission: 'Online on the national public-service portal, or in person or by post at the provincial public administration service centre.',
          documents: (doc.documents ?? []).map((d, i) => ({ id: d.id, name: ['Application on the form', 'Identity document of the applicant'][i] ?? null })),
          _status: 'published',
        },
        ...SYSTEM,
      })
    }
  }

  // A year of dossiers, through the same path as an upload (applyDossierRows).
  const cal = vnCalendar()
  const random = rng(20261203)
  const rows: (DossierRow & { row: number })[] = []
  const later: (DossierRow & { row: number })[][] = [[], []]
  const workingDay = (d: ISODate) => cal.nextWorkingDayOnOrAfter(d)
  for (let i = 1; i <= 320; i++) {
    const p = SEED_PROCEDURES[Math.floor(random() * SEED_PROCEDURES.length)]!
    const receivedAt = workingDay(addDays(today, -Math.floor(random() * 360) - 1))
    const dueAt = cal.addWorkingDays(receivedAt, p.days)
    const roll = random()
    const code = `H29-${receivedAt.slice(2, 4)}${receivedAt.slice(5, 7)}${receivedAt.slice(8, 10)}-${String(i).padStart(4, '0')}`
    const base = { row: i, code, procedureCode: p.code, agency: p.agency, receivedAt, dueAt, statusAt: null, factor: String(1000 + Math.floor(random() * 9000)), handlingUnit: 'Bộ phận Một cửa' }
    const doneBy = (d: ISODate) => (d > today ? null : d)
    if (roll < 0.68) {
      const resultAt = doneBy(cal.addWorkingDays(receivedAt, 1 + Math.floor(random() * p.days)))
      rows.push(resultAt ? { ...base, status: 'done', resultAt } : { ...base, status: 'processing', resultAt: null })
    } else if (roll < 0.8) {
      const resultAt = doneBy(cal.addWorkingDays(dueAt, 1 + Math.floor(random() * 6)))
      rows.push(resultAt ? { ...base, status: 'done', resultAt } : { ...base, status: 'processing', resultAt: null })
    } else if (roll < 0.88) {
      rows.push({ ...base, status: 'processing', resultAt: null })
    } else if (roll < 0.95) {
      // Waiting for documents for a few days, then done within the moved due date.
      const pausedAt = cal.addWorkingDays(receivedAt, 1)
      const resumedAt = cal.addWorkingDays(pausedAt, 2 + Math.floor(random() * 4))
      const resultAt = doneBy(cal.addWorkingDays(resumedAt, Math.max(1, p.days - 2)))
      if (resumedAt > today || !resultAt) {
        rows.push({ ...base, status: 'processing', resultAt: null })
        continue
      }
      rows.push({ ...base, status: 'supplement', resultAt: null, statusAt: pausedAt })
      later[0]!.push({ ...base, status: 'processing', resultAt: null, statusAt: resumedAt })
      later[1]!.push({ ...base, status: 'done', resultAt, statusAt: resultAt })
    } else {
      rows.push({ ...base, status: 'returned', resultAt: cal.addWorkingDays(receivedAt, 1), statusAt: null })
    }
  }
  // The README's examples: fixed codes and phones.
  const recent = workingDay(addDays(today, -20))
  const ex = SEED_LOOKUP_EXAMPLES
  const factor = (phone: string) => phone.replace(/\D/g, '').slice(-4)
  rows.push(
    { row: 901, code: ex[0].code, procedureCode: '1.900061', agency: A.tp, receivedAt: recent, dueAt: cal.addWorkingDays(recent, 10), resultAt: cal.addWorkingDays(recent, 6), status: 'done', statusAt: null, factor: factor(ex[0].phone), handlingUnit: 'Phòng Hành chính tư pháp' },
    { row: 902, code: ex[1].code, procedureCode: '1.900011', agency: A.tc, receivedAt: recent, dueAt: cal.addWorkingDays(recent, 3), resultAt: cal.addWorkingDays(recent, 5), status: 'done', statusAt: null, factor: factor(ex[1].phone), handlingUnit: 'Phòng Đăng ký kinh doanh' },
    { row: 903, code: ex[2].code, procedureCode: '1.900021', agency: A.xd, receivedAt: workingDay(addDays(today, -45)), dueAt: cal.addWorkingDays(workingDay(addDays(today, -45)), 20), resultAt: null, status: 'processing', statusAt: null, factor: factor(ex[2].phone), handlingUnit: 'Phòng Quản lý xây dựng' },
    { row: 904, code: ex[3].code, procedureCode: '1.900001', agency: A.khcn, receivedAt: workingDay(addDays(today, -3)), dueAt: cal.addWorkingDays(workingDay(addDays(today, -3)), 15), resultAt: null, status: 'processing', statusAt: null, factor: factor(ex[3].phone), handlingUnit: 'Phòng Quản lý khoa học' },
  )
  const agencyIdOf = (ref: string) => agencyIds.get(ref) ?? null
  const opts = { agencyIdOf, mayWrite: () => true, source: 'demo' as const, today }
  await applyDossierRows(payload, rows, opts)
  for (const batch of later) await applyDossierRows(payload, batch, opts)
  return { procedures: SEED_PROCEDURES.length, dossiers: rows.length }
}
