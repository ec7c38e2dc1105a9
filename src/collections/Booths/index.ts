import type { CollectionConfig } from 'payload'
import { ownerOrModeratorField } from '@/access/marketplace'
import { MARKET_CATEGORIES } from '@/domain/marketplace'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { businessOwned, moderationField, oneBoothPerBusiness, ownerField, ownImages, validLink } from '../shared/marketplace'

/**
 * A business's e-booth on the province's e-commerce exchange (one per business): its name,
 * logo and photos, description in Vietnamese and English, categories, commune, public contact,
 * opening hours and links. Owned by a business (not by an agency: no tenant field); public once
 * the Department of Industry and Trade approves it, every later edition waiting for approval
 * again (src/collections/shared/marketplace.ts).
 */
export const Booths: CollectionConfig = {
  slug: 'booths',
  labels: { singular: { vi: 'Gian hàng', en: 'Booth' }, plural: { vi: 'Gian hàng', en: 'Booths' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'owner', 'commune', 'moderation.state', 'updatedAt'],
    group: { vi: 'Sàn thương mại điện tử', en: 'E-commerce exchange' },
  },
  ...businessOwned({ images: ['logo', 'photos'], beforeChange: [oneBoothPerBusiness] }),
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { vi: 'Tên gian hàng', en: 'Booth name' } },
    slugField({ from: 'name' }),
    ownerField(),
    moderationField(),
    { name: 'logo', type: 'upload', relationTo: 'market-images', filterOptions: ownImages, label: { vi: 'Logo', en: 'Logo' } },
    { name: 'photos', type: 'upload', relationTo: 'market-images', hasMany: true, maxRows: 12, filterOptions: ownImages, label: { vi: 'Ảnh', en: 'Photos' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      validate: requiredInDefaultLocale,
      label: { vi: 'Giới thiệu', en: 'Description' },
      admin: { description: { vi: 'Bản tiếng Anh để trống thì trang tiếng Anh ghi rõ gian hàng chưa có tiếng Anh.', en: 'Without an English description, the English page says the booth has no English edition.' } },
    },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      required: true,
      options: MARKET_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
      label: { vi: 'Ngành hàng', en: 'Categories' },
    },
    {
      name: 'commune',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      index: true,
      filterOptions: { kind: { equals: 'commune' } },
      label: { vi: 'Xã, phường', en: 'Commune/ward' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Liên hệ công khai', en: 'Public contact' },
      fields: [
        { name: 'phone', type: 'text', maxLength: 20, label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'address', type: 'text', maxLength: 300, label: { vi: 'Địa chỉ cửa hàng', en: 'Shop address' } },
        // Buyers write through the booth's contact form; the address itself is never shown to scrapers.
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử nhận liên hệ', en: 'E-mail for enquiries' }, access: { read: ownerOrModeratorField } },
      ],
    },
    { name: 'openingHours', type: 'text', localized: true, maxLength: 200, label: { vi: 'Giờ mở cửa', en: 'Opening hours' } },
    { name: 'website', type: 'text', maxLength: 500, validate: validLink, label: { vi: 'Trang web riêng', en: 'Own website' } },
    {
      name: 'marketplaceLinks',
      type: 'array',
      maxRows: 6,
      label: { vi: 'Gian hàng trên sàn thương mại điện tử khác', en: 'Listings on other marketplaces' },
      fields: [
        { name: 'platform', type: 'text', required: true, maxLength: 60, label: { vi: 'Sàn', en: 'Marketplace' } },
        { name: 'url', type: 'text', required: true, maxLength: 500, validate: validLink, label: { vi: 'Đường dẫn', en: 'Link' } },
      ],
    },
  ],
}
