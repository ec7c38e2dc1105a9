/** The vocabularies of planning documents (Law on Planning 2017; Law on Construction; Land Law). */
export const PLAN_KINDS = [
  { value: 'provincial-master', label: { vi: 'Quy hoạch tỉnh', en: 'Provincial master plan' } },
  { value: 'land-use', label: { vi: 'Quy hoạch, kế hoạch sử dụng đất', en: 'Land-use plan' } },
  { value: 'construction', label: { vi: 'Quy hoạch xây dựng, đô thị', en: 'Construction / urban plan' } },
  { value: 'sector', label: { vi: 'Quy hoạch ngành, lĩnh vực', en: 'Sector plan' } },
  { value: 'investment', label: { vi: 'Kế hoạch đầu tư', en: 'Investment plan' } },
] as const

export const PLAN_LEVELS = [
  { value: 'province', label: { vi: 'Cấp tỉnh', en: 'Province' } },
  { value: 'commune', label: { vi: 'Cấp xã, phường', en: 'Commune / ward' } },
  { value: 'area', label: { vi: 'Khu vực, khu chức năng', en: 'Area / functional zone' } },
] as const

export const PLAN_STATUSES = [
  { value: 'consultation', label: { vi: 'Đang lấy ý kiến', en: 'In consultation' } },
  { value: 'approved', label: { vi: 'Đã phê duyệt', en: 'Approved' } },
  { value: 'adjusted', label: { vi: 'Đã điều chỉnh', en: 'Adjusted' } },
  { value: 'expired', label: { vi: 'Hết hiệu lực', en: 'Expired' } },
] as const

export const PLAN_AREAS = [
  { value: 'province', label: { vi: 'Toàn tỉnh', en: 'Whole province' } },
  { value: 'vung-ang-ez', label: { vi: 'Khu kinh tế Vũng Áng', en: 'Vung Ang Economic Zone' } },
  { value: 'cau-treo-ez', label: { vi: 'Khu kinh tế cửa khẩu quốc tế Cầu Treo', en: 'Cau Treo International Border Gate Economic Zone' } },
  { value: 'ha-tinh-urban', label: { vi: 'Đô thị Hà Tĩnh', en: 'Ha Tinh urban area' } },
  { value: 'hong-linh', label: { vi: 'Khu vực Hồng Lĩnh', en: 'Hong Linh area' } },
  { value: 'ky-anh', label: { vi: 'Khu vực Kỳ Anh', en: 'Ky Anh area' } },
  { value: 'commune', label: { vi: 'Một xã, phường', en: 'A commune or ward' } },
] as const

type Option = { readonly value: string; readonly label: { readonly vi: string; readonly en: string } }
export function optionLabel(options: readonly Option[], value: string | null | undefined, locale: 'vi' | 'en'): string {
  return options.find((o) => o.value === value)?.label[locale] ?? value ?? ''
}
export const optionValues = (options: readonly Option[]) => options.map((o) => o.value)
