import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { Agency } from '@/payload-types'
import { demoPassword } from './users'

type ID = Agency['id']
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true, skipNotify: true } } as const

interface SeedProduct {
  slug: string
  name: { vi: string; en?: string }
  category: 'food' | 'beverages' | 'herbal' | 'handicrafts' | 'agriculture' | 'seafood'
  ocop?: { stars: number; certificateNumber: string; year: number; expiresOn?: string }
  price?: { min?: number; max?: number; unit: 'kg' | 'bottle' | 'box' | 'pack' | 'piece' | 'litre' }
  availability: 'in-stock' | 'seasonal' | 'on-order'
  origin: { vi: string; en?: string }
  description?: { vi: string; en?: string }
}

interface SeedBusiness {
  registrationNumber: string
  legalName: string
  email: string
  commune: string
  address: string
  representative: string
  phone: string
  booth: { slug: string; name: string; categories: SeedProduct['category'][]; description: { vi: string; en?: string }; openingHours?: { vi: string; en?: string }; website?: string }
  products: SeedProduct[]
}

/**
 * Demo content of the e-commerce exchange: verified businesses in several communes, each with an
 * approved booth and OCOP-rated products (one rating expired, so its stars are not shown; one
 * booth without English, so the English page says so). Business logins: the e-mails below with
 * the demo password. Fictitious businesses; registration numbers in the 3000000xxx test range.
 */
export const SEED_BUSINESSES: SeedBusiness[] = [
  {
    registrationNumber: '3000000101',
    legalName: 'Hợp tác xã Cam Vũ Quang',
    email: 'htx.camvuquang@example.vn',
    commune: 'xa-thach-ha',
    address: 'Thôn 3, xã Thạch Hà',
    representative: 'Nguyễn Văn Hòa',
    phone: '0239 3 811 222',
    booth: {
      slug: 'htx-cam-vu-quang',
      name: 'HTX Cam Vũ Quang',
      categories: ['agriculture', 'beverages'],
      description: { vi: 'Cam bù, cam chanh trồng theo tiêu chuẩn VietGAP; nước cam ép đóng chai.', en: 'VietGAP-grown sweet and king oranges; bottled orange juice.' },
      openingHours: { vi: 'Thứ Hai – Thứ Bảy, 7:00 – 17:00', en: 'Monday – Saturday, 7:00 – 17:00' },
    },
    products: [
      { slug: 'cam-bu-huong-son', name: { vi: 'Cam bù Hương Sơn', en: 'Huong Son king orange' }, category: 'agriculture', ocop: { stars: 4, certificateNumber: '2315/QĐ-UBND', year: 2024 }, price: { min: 35000, max: 50000, unit: 'kg' }, availability: 'seasonal', origin: { vi: 'Hà Tĩnh', en: 'Ha Tinh' }, description: { vi: 'Thu hoạch từ tháng 11 đến tháng 2.', en: 'Harvested from November to February.' } },
      { slug: 'nuoc-cam-ep-vu-quang', name: { vi: 'Nước cam ép Vũ Quang', en: 'Vu Quang orange juice' }, category: 'beverages', ocop: { stars: 3, certificateNumber: '1120/QĐ-UBND', year: 2021, expiresOn: '2024-06-30T00:00:00.000Z' }, price: { min: 25000, unit: 'bottle' }, availability: 'in-stock', origin: { vi: 'Hà Tĩnh', en: 'Ha Tinh' } },
    ],
  },
  {
    registrationNumber: '3000000202',
    legalName: 'Công ty TNHH Kẹo Cu Đơ Thành Sen',
    email: 'keocudo.thanhsen@example.vn',
    commune: 'phuong-thanh-sen',
    address: '25 Phan Đình Phùng, phường Thành Sen',
    representative: 'Trần Thị Lan',
    phone: '0239 3 856 789',
    booth: {
      slug: 'keo-cu-do-thanh-sen',
      name: 'Kẹo Cu Đơ Thành Sen',
      categories: ['food'],
      description: { vi: 'Kẹo cu đơ làm từ mật mía, lạc và gừng theo cách truyền thống.', en: 'Traditional cu do candy of molasses, peanuts and ginger between rice crackers.' },
    },
    products: [
      { slug: 'keo-cu-do-truyen-thong', name: { vi: 'Kẹo cu đơ truyền thống', en: 'Traditional cu do candy' }, category: 'food', ocop: { stars: 4, certificateNumber: '3011/QĐ-UBND', year: 2023 }, price: { min: 60000, max: 90000, unit: 'box' }, availability: 'in-stock', origin: { vi: 'Hà Tĩnh', en: 'Ha Tinh' } },
    ],
  },
  {
    registrationNumber: '3000000303',
    legalName: 'Công ty Cổ phần Nước mắm Vũng Áng',
    email: 'nuocmam.vungang@example.vn',
    commune: 'phuong-vung-ang',
    address: 'Tổ dân phố 2, phường Vũng Áng',
    representative: 'Lê Văn Tùng',
    phone: '0239 3 868 111',
    booth: {
      slug: 'nuoc-mam-vung-ang',
      name: 'Nước mắm Vũng Áng',
      categories: ['seafood', 'food'],
      // No English yet: the English booth page says so.
      description: { vi: 'Nước mắm cá cơm ủ chượp trong thùng gỗ từ 12 tháng.' },
    },
    products: [
      { slug: 'nuoc-mam-ca-com-40-do', name: { vi: 'Nước mắm cá cơm 40 độ đạm' }, category: 'seafood', ocop: { stars: 5, certificateNumber: '512/QĐ-BNN', year: 2025 }, price: { min: 120000, unit: 'bottle' }, availability: 'in-stock', origin: { vi: 'Hà Tĩnh' } },
    ],
  },
  {
    registrationNumber: '3000000404',
    legalName: 'Hợp tác xã Mây tre đan Bắc Hồng Lĩnh',
    email: 'maytre.honglinh@example.vn',
    commune: 'phuong-bac-hong-linh',
    address: 'Khối 5, phường Bắc Hồng Lĩnh',
    representative: 'Phạm Thị Hoa',
    phone: '0239 3 577 333',
    booth: {
      slug: 'may-tre-dan-hong-linh',
      name: 'Mây tre đan Hồng Lĩnh',
      categories: ['handicrafts'],
      description: { vi: 'Giỏ, khay, đèn mây tre đan thủ công; nhận đặt hàng theo mẫu.', en: 'Handwoven rattan and bamboo baskets, trays and lamps; made to order.' },
    },
    products: [
      { slug: 'gio-may-dan-tay', name: { vi: 'Giỏ mây đan tay', en: 'Handwoven rattan basket' }, category: 'handicrafts', ocop: { stars: 3, certificateNumber: '2710/QĐ-UBND', year: 2022, expiresOn: '2027-12-31T00:00:00.000Z' }, price: { min: 80000, max: 250000, unit: 'piece' }, availability: 'on-order', origin: { vi: 'Hà Tĩnh', en: 'Ha Tinh' } },
      { slug: 'khay-tre-nhieu-co', name: { vi: 'Khay tre nhiều cỡ', en: 'Bamboo trays in several sizes' }, category: 'handicrafts', availability: 'on-order', origin: { vi: 'Hà Tĩnh', en: 'Ha Tinh' } },
    ],
  },
]

/** Demo items are approved and published as of the seed's moderation date. */
const APPROVED = { _status: 'published', moderation: { state: 'approved', decidedAt: '2026-11-20T03:00:00.000Z' } } as const

type BoothData = RequiredDataFromCollectionSlug<'booths'>
type ProductData = RequiredDataFromCollectionSlug<'products'>

/** A booth by slug: created, or its Vietnamese edition brought back to the demo text; then its English. */
async function upsertBooth(payload: Payload, vi: BoothData, en: Partial<BoothData> | null): Promise<void> {
  const found = await payload.find({ collection: 'booths', where: { slug: { equals: vi.slug } }, limit: 1, depth: 0, ...SYSTEM })
  const id = found.docs[0] ? (await payload.update({ collection: 'booths', id: found.docs[0].id, data: vi, locale: 'vi', ...SYSTEM })).id : (await payload.create({ collection: 'booths', data: vi, locale: 'vi', ...SYSTEM })).id
  if (en) await payload.update({ collection: 'booths', id, data: en, locale: 'en', ...SYSTEM })
}

/** The same for a product. */
async function upsertProduct(payload: Payload, vi: ProductData, en: Partial<ProductData> | null): Promise<void> {
  const found = await payload.find({ collection: 'products', where: { slug: { equals: vi.slug } }, limit: 1, depth: 0, ...SYSTEM })
  const id = found.docs[0] ? (await payload.update({ collection: 'products', id: found.docs[0].id, data: vi, locale: 'vi', ...SYSTEM })).id : (await payload.create({ collection: 'products', data: vi, locale: 'vi', ...SYSTEM })).id
  if (en) await payload.update({ collection: 'products', id, data: en, locale: 'en', ...SYSTEM })
}

/** Seeds the exchange (idempotent: businesses by registration number, booths and products by slug). */
export async function seedMarketplace(payload: Payload, agencyIds: Map<string, ID>): Promise<{ businesses: number; products: number }> {
  let products = 0
  for (const b of SEED_BUSINESSES) {
    const commune = agencyIds.get(b.commune)
    if (!commune) throw new Error(`seed marketplace: unknown commune ${b.commune}`)
    const account = { registrationNumber: b.registrationNumber, legalName: b.legalName, email: b.email, address: b.address, commune, representative: b.representative, phone: b.phone, verified: true, verifiedAt: '2026-11-18T02:00:00.000Z' }
    const existing = await payload.find({ collection: 'businesses', where: { registrationNumber: { equals: b.registrationNumber } }, limit: 1, depth: 0, ...SYSTEM })
    const owner = existing.docs[0]
      ? (await payload.update({ collection: 'businesses', id: existing.docs[0].id, data: account, ...SYSTEM })).id
      : (await payload.create({ collection: 'businesses', data: { ...account, password: demoPassword(), _verified: true }, disableVerificationEmail: true, ...SYSTEM })).id
    await upsertBooth(
      payload,
      { ...APPROVED, slug: b.booth.slug, name: b.booth.name, owner, commune, categories: b.booth.categories, description: b.booth.description.vi, openingHours: b.booth.openingHours?.vi, contact: { phone: b.phone, address: b.address, email: b.email }, website: b.booth.website },
      b.booth.description.en ? { _status: 'published', description: b.booth.description.en, openingHours: b.booth.openingHours?.en } : null,
    )
    for (const p of b.products) {
      await upsertProduct(
        payload,
        { ...APPROVED, slug: p.slug, name: p.name.vi, owner, category: p.category, ocop: p.ocop ?? {}, price: p.price ?? {}, availability: p.availability, origin: p.origin.vi, description: p.description?.vi },
        p.name.en ? { _status: 'published', name: p.name.en, origin: p.origin.en, description: p.description?.en } : null,
      )
      products++
    }
  }
  return { businesses: SEED_BUSINESSES.length, products }
}
