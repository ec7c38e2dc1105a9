/**
 * What the marketplace lists, as data: product and booth categories, price units and
 * availability, each with its Vietnamese and English name (admin labels and public pages alike).
 */
type Label = { vi: string; en: string }

export const MARKET_CATEGORIES = [
  { value: 'food', label: { vi: 'Thực phẩm', en: 'Food' } },
  { value: 'beverages', label: { vi: 'Đồ uống', en: 'Beverages' } },
  { value: 'herbal', label: { vi: 'Thảo dược, dược liệu', en: 'Herbal and medicinal products' } },
  { value: 'handicrafts', label: { vi: 'Thủ công mỹ nghệ, trang trí', en: 'Handicrafts and decoration' } },
  { value: 'textiles', label: { vi: 'Vải, may mặc', en: 'Textiles and garments' } },
  { value: 'agriculture', label: { vi: 'Nông sản tươi', en: 'Fresh produce' } },
  { value: 'seafood', label: { vi: 'Thủy sản', en: 'Seafood' } },
  { value: 'industrial', label: { vi: 'Sản phẩm công nghiệp', en: 'Industrial products' } },
  { value: 'tourism', label: { vi: 'Dịch vụ du lịch', en: 'Tourism services' } },
  { value: 'services', label: { vi: 'Dịch vụ khác', en: 'Other services' } },
] as const satisfies readonly { value: string; label: Label }[]
export type MarketCategory = (typeof MARKET_CATEGORIES)[number]['value']

export const PRICE_UNITS = [
  { value: 'kg', label: { vi: 'kg', en: 'kg' } },
  { value: 'gram-100', label: { vi: '100 g', en: '100 g' } },
  { value: 'litre', label: { vi: 'lít', en: 'litre' } },
  { value: 'bottle', label: { vi: 'chai', en: 'bottle' } },
  { value: 'box', label: { vi: 'hộp', en: 'box' } },
  { value: 'pack', label: { vi: 'gói', en: 'pack' } },
  { value: 'piece', label: { vi: 'chiếc', en: 'piece' } },
  { value: 'set', label: { vi: 'bộ', en: 'set' } },
  { value: 'tonne', label: { vi: 'tấn', en: 'tonne' } },
  { value: 'service', label: { vi: 'lượt dịch vụ', en: 'service' } },
] as const satisfies readonly { value: string; label: Label }[]
export type PriceUnit = (typeof PRICE_UNITS)[number]['value']

export const AVAILABILITY = [
  { value: 'in-stock', label: { vi: 'Sẵn hàng', en: 'In stock' } },
  { value: 'seasonal', label: { vi: 'Theo mùa vụ', en: 'Seasonal' } },
  { value: 'on-order', label: { vi: 'Đặt trước', en: 'Made to order' } },
  { value: 'out-of-stock', label: { vi: 'Tạm hết hàng', en: 'Out of stock' } },
] as const satisfies readonly { value: string; label: Label }[]
export type Availability = (typeof AVAILABILITY)[number]['value']

export function isMarketCategory(value: unknown): value is MarketCategory {
  return MARKET_CATEGORIES.some((c) => c.value === value)
}

export interface PriceRange {
  min?: number | null
  max?: number | null
}

/** A price range is either empty ("contact for price"), one price, or min ≤ max, all ≥ 0. */
export function isPriceRange({ min, max }: PriceRange): boolean {
  const ok = (n: number | null | undefined) => n === null || n === undefined || (Number.isFinite(n) && n >= 0)
  if (!ok(min) || !ok(max)) return false
  if (min !== null && min !== undefined && max !== null && max !== undefined) return min <= max
  return true
}

/** Links a business gives (own site, marketplace listings): http(s) only, no credentials in the URL. */
export function isPublicLink(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 500) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password && url.hostname.includes('.')
  } catch {
    return false
  }
}
