import type { CollectionConfig, Validate } from 'payload'
import { AVAILABILITY, isCertificateYear, isOcopStars, isPriceRange, MARKET_CATEGORIES, OCOP_STARS, PRICE_UNITS } from '@/domain/marketplace'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { businessOwned, marketT, moderationField, ownerField, ownImages } from '../shared/marketplace'

type Sibling = Record<string, unknown>

const validCertificateNumber: Validate = (value, { siblingData, req }) =>
  !(siblingData as Sibling)?.stars || (typeof value === 'string' && value.trim().length > 0) || marketT(req)('marketplace.errors.certificateNumber')

const validStars: Validate = (value, { req }) => value === null || value === undefined || isOcopStars(value) || marketT(req)('marketplace.errors.starsInvalid')

const validCertificateYear: Validate = (value, { req }) =>
  value === null || value === undefined || isCertificateYear(value, new Date()) || marketT(req)('marketplace.errors.certificateYear')

const validPrice: Validate = (_value, { siblingData, req }) => {
  const s = (siblingData ?? {}) as { min?: number | null; max?: number | null }
  return isPriceRange(s) || marketT(req)('marketplace.errors.priceRange')
}

/**
 * A product (or service) of a business's booth: name in Vietnamese and English, photos,
 * category, OCOP rating with its certificate (an expired certificate stops showing its stars:
 * `shownOcopStars`), an indicative price range and unit, availability and origin. Moderated like
 * the booth: every edition is approved by the Department of Industry and Trade before it is public.
 */
export const Products: CollectionConfig = {
  slug: 'products',
  labels: { singular: { vi: 'Sản phẩm', en: 'Product' }, plural: { vi: 'Sản phẩm', en: 'Products' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'owner', 'category', 'ocop.stars', 'moderation.state', 'updatedAt'],
    group: { vi: 'Sàn thương mại điện tử', en: 'E-commerce exchange' },
  },
  ...businessOwned({ images: ['photos'] }),
  fields: [
    { name: 'name', type: 'text', localized: true, maxLength: 160, validate: requiredInDefaultLocale, label: { vi: 'Tên sản phẩm', en: 'Product name' } },
    slugField({ from: 'name' }),
    ownerField(),
    moderationField(),
    { name: 'photos', type: 'upload', relationTo: 'market-images', hasMany: true, maxRows: 12, filterOptions: ownImages, label: { vi: 'Ảnh', en: 'Photos' } },
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      options: MARKET_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
      label: { vi: 'Ngành hàng', en: 'Category' },
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 4000, label: { vi: 'Mô tả', en: 'Description' } },
    {
      name: 'ocop',
      type: 'group',
      label: { vi: 'Chứng nhận OCOP', en: 'OCOP certification' },
      admin: { description: { vi: 'Hạng sao do Hội đồng đánh giá cấp tỉnh (3–4 sao) hoặc Trung ương (5 sao) công nhận. Hết hạn thì không còn hiển thị sao.', en: 'Stars awarded by the provincial (3–4 stars) or national (5 stars) council. An expired certificate no longer shows its stars.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'stars', type: 'number', min: OCOP_STARS[0], max: OCOP_STARS[OCOP_STARS.length - 1], index: true, validate: validStars, admin: { step: 1 }, label: { vi: 'Hạng sao', en: 'Stars' } },
            { name: 'certificateNumber', type: 'text', maxLength: 80, validate: validCertificateNumber, label: { vi: 'Số giấy chứng nhận', en: 'Certificate number' } },
            { name: 'year', type: 'number', validate: validCertificateYear, label: { vi: 'Năm công nhận', en: 'Year awarded' } },
            { name: 'expiresOn', type: 'date', label: { vi: 'Hết hạn', en: 'Expires on' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
      ],
    },
    {
      name: 'price',
      type: 'group',
      label: { vi: 'Giá tham khảo (VNĐ)', en: 'Indicative price (VND)' },
      admin: { description: { vi: 'Để trống nếu giá theo thỏa thuận.', en: 'Leave empty when the price is agreed on request.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', min: 0, validate: validPrice, label: { vi: 'Từ', en: 'From' } },
            { name: 'max', type: 'number', min: 0, label: { vi: 'Đến', en: 'To' } },
            { name: 'unit', type: 'select', options: PRICE_UNITS.map((u) => ({ value: u.value, label: u.label })), label: { vi: 'Đơn vị', en: 'Unit' } },
          ],
        },
      ],
    },
    {
      name: 'availability',
      type: 'select',
      defaultValue: 'in-stock',
      options: AVAILABILITY.map((a) => ({ value: a.value, label: a.label })),
      label: { vi: 'Tình trạng', en: 'Availability' },
    },
    { name: 'origin', type: 'text', localized: true, maxLength: 200, label: { vi: 'Xuất xứ', en: 'Origin' } },
  ],
}
