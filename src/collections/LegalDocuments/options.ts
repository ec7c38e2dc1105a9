import { DOC_TYPES, RELATION_KINDS, RELATION_LABELS } from '@/domain/legal'

/** Fields of law ("lĩnh vực") used to file the province's documents. */
export const LEGAL_FIELDS = [
  { value: 'administration', label: { vi: 'Bộ máy hành chính', en: 'Public administration' } },
  { value: 'information-technology', label: { vi: 'Công nghệ thông tin', en: 'Information technology' } },
  { value: 'public-finance', label: { vi: 'Tài chính nhà nước', en: 'Public finance' } },
  { value: 'investment', label: { vi: 'Đầu tư', en: 'Investment' } },
  { value: 'land', label: { vi: 'Đất đai', en: 'Land' } },
  { value: 'construction', label: { vi: 'Xây dựng – Đô thị', en: 'Construction and urban planning' } },
  { value: 'environment', label: { vi: 'Tài nguyên – Môi trường', en: 'Natural resources and environment' } },
  { value: 'agriculture', label: { vi: 'Nông nghiệp', en: 'Agriculture' } },
  { value: 'trade', label: { vi: 'Thương mại', en: 'Trade' } },
  { value: 'transport', label: { vi: 'Giao thông – Vận tải', en: 'Transport' } },
  { value: 'education', label: { vi: 'Giáo dục', en: 'Education' } },
  { value: 'health', label: { vi: 'Y tế', en: 'Health' } },
  { value: 'culture', label: { vi: 'Văn hóa – Xã hội', en: 'Culture and society' } },
  { value: 'labour', label: { vi: 'Lao động – Tiền lương', en: 'Labour and wages' } },
] as const

export const LEGAL_SCOPES = [
  { value: 'national', label: { vi: 'Toàn quốc', en: 'Nationwide' } },
  { value: 'provincial', label: { vi: 'Toàn tỉnh Hà Tĩnh', en: 'Hà Tĩnh province' } },
  { value: 'local', label: { vi: 'Cấp xã, phường', en: 'Commune or ward' } },
  { value: 'internal', label: { vi: 'Nội bộ cơ quan nhà nước', en: 'Within state agencies' } },
] as const

export const DOC_TYPE_OPTIONS = DOC_TYPES.map((t) => ({ value: t.key, label: { vi: t.vi, en: t.en } }))

export const RELATION_KIND_OPTIONS = RELATION_KINDS.map((k) => ({ value: k, label: RELATION_LABELS[k].forward }))

export type LegalField = (typeof LEGAL_FIELDS)[number]['value']
export type LegalScope = (typeof LEGAL_SCOPES)[number]['value']

export function legalFieldLabel(value: string, locale: 'vi' | 'en'): string {
  return LEGAL_FIELDS.find((f) => f.value === value)?.label[locale] ?? value
}

export function legalScopeLabel(value: string, locale: 'vi' | 'en'): string {
  return LEGAL_SCOPES.find((f) => f.value === value)?.label[locale] ?? value
}
