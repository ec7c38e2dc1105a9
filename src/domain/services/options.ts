/**
 * Option lists of the public-services catalogue, as data (value, labels, legal basis where there
 * is one). Labels here are option labels for the admin and public pages; page chrome lives in
 * the UI catalogues.
 */
type Label = { vi: string; en: string }
export interface Option {
  value: string
  label: Label
}

/**
 * How far a procedure is online, as the issue for this section cites it (Decree 224/2026/NĐ-CP,
 * art. 14): the whole procedure online, part of it online (with the published reason), or not
 * online. The legal basis is shown with the level; admins correct it in one place if it changes.
 */
export const ONLINE_LEVEL_BASIS = 'Nghị định 224/2026/NĐ-CP, Điều 14'
export const ONLINE_LEVELS = [
  { value: 'full', label: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online public service' } },
  { value: 'partial', label: { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online public service' } },
  { value: 'offline', label: { vi: 'Chưa cung cấp trực tuyến', en: 'Not available online' } },
] as const satisfies readonly Option[]
export type OnlineLevel = (typeof ONLINE_LEVELS)[number]['value']

/** The former levels (2, 3, 4) are kept as history only. */
export const LEGACY_LEVELS = [
  { value: '2', label: { vi: 'Mức độ 2 (cũ)', en: 'Former level 2' } },
  { value: '3', label: { vi: 'Mức độ 3 (cũ)', en: 'Former level 3' } },
  { value: '4', label: { vi: 'Mức độ 4 (cũ)', en: 'Former level 4' } },
] as const satisfies readonly Option[]

/**
 * Fields (lĩnh vực). A working list for the finder's facet: the import maps the national
 * database's field names onto it by folded name, and anything else lands in `other`.
 */
export const PROCEDURE_FIELDS = [
  { value: 'business', label: { vi: 'Thành lập và hoạt động doanh nghiệp', en: 'Business registration' } },
  { value: 'investment', label: { vi: 'Đầu tư', en: 'Investment' } },
  { value: 'land', label: { vi: 'Đất đai', en: 'Land' } },
  { value: 'construction', label: { vi: 'Xây dựng', en: 'Construction' } },
  { value: 'environment', label: { vi: 'Môi trường', en: 'Environment' } },
  { value: 'transport', label: { vi: 'Giao thông vận tải', en: 'Transport' } },
  { value: 'education', label: { vi: 'Giáo dục và đào tạo', en: 'Education and training' } },
  { value: 'health', label: { vi: 'Y tế', en: 'Health' } },
  { value: 'labour', label: { vi: 'Lao động, việc làm', en: 'Labour and employment' } },
  { value: 'justice', label: { vi: 'Tư pháp, hộ tịch', en: 'Justice and civil status' } },
  { value: 'agriculture', label: { vi: 'Nông nghiệp', en: 'Agriculture' } },
  { value: 'science', label: { vi: 'Khoa học và công nghệ', en: 'Science and technology' } },
  { value: 'other', label: { vi: 'Lĩnh vực khác', en: 'Other fields' } },
] as const satisfies readonly Option[]
export type ProcedureField = (typeof PROCEDURE_FIELDS)[number]['value']

/** Dossier statuses as the one-stop system reports them. */
export const DOSSIER_STATUSES = [
  { value: 'received', label: { vi: 'Đã tiếp nhận', en: 'Received' } },
  { value: 'processing', label: { vi: 'Đang xử lý', en: 'Being processed' } },
  { value: 'supplement', label: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Additional documents requested' } },
  { value: 'paused', label: { vi: 'Tạm dừng xử lý', en: 'Processing paused' } },
  { value: 'returned', label: { vi: 'Trả lại hồ sơ', en: 'Returned to the applicant' } },
  { value: 'done', label: { vi: 'Đã có kết quả', en: 'Result issued' } },
] as const satisfies readonly Option[]
export type DossierStatus = (typeof DOSSIER_STATUSES)[number]['value']

export const DOSSIER_STATUS_VALUES: readonly DossierStatus[] = DOSSIER_STATUSES.map((s) => s.value)

/**
 * Statuses during which the clock stops (a labelled default: the time the applicant takes to add
 * documents, and a decided pause, do not count against the agency). Admin-correctable here.
 */
export const CLOCK_STOPPED: ReadonlySet<DossierStatus> = new Set<DossierStatus>(['supplement', 'paused'])
/** Statuses that end the handling. */
export const FINAL: ReadonlySet<DossierStatus> = new Set<DossierStatus>(['done', 'returned'])

export function optionLabel(options: readonly Option[], value: string | null | undefined, locale: 'vi' | 'en'): string | undefined {
  return options.find((o) => o.value === value)?.label[locale]
}
