import type { GlobalConfig, Validate } from 'payload'
import { isProvinceEditor } from '@/access/province'
import { isSafeAlertLink } from '@/domain/alerts'
import { revalidateGlobal } from '@/hooks/revalidate'

/** Collections an editor may feature on the home page (each has a public detail page). */
export const FEATURABLE = ['news', 'legal-documents', 'plans', 'budget-disclosures', 'investment-projects'] as const

const validateUrl: Validate = (value, { req }) => {
  if (typeof value === 'string' && isSafeAlertLink(value)) return true
  return req?.i18n?.language === 'en'
    ? 'Enter a path on this portal (starting with /) or an https:// address.'
    : 'Hãy nhập đường dẫn trong cổng (bắt đầu bằng /) hoặc địa chỉ https://.'
}

/**
 * The province's front door, edited by province editors: what is featured, the links to public
 * services, and which summaries show. The sections themselves are a registry
 * (src/components/home/sections.tsx); a section with nothing to show is left out.
 */
export const HomePage: GlobalConfig = {
  slug: 'home-page',
  label: { vi: 'Trang chủ', en: 'Home page' },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    description: {
      vi: 'Nội dung nổi bật, liên kết dịch vụ công và các khối trên trang chủ cổng tỉnh. Tin mới, văn bản mới tự cập nhật khi xuất bản.',
      en: "Featured items, public-service links and the blocks of the province's home page. Latest news and documents update themselves on publish.",
    },
  },
  access: { read: () => true, update: ({ req }) => isProvinceEditor(req) },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    { name: 'intro', type: 'textarea', localized: true, maxLength: 400, label: { vi: 'Lời giới thiệu', en: 'Introduction' } },
    {
      name: 'featured',
      type: 'relationship',
      relationTo: [...FEATURABLE],
      hasMany: true,
      maxRows: 6,
      label: { vi: 'Nội dung nổi bật', en: 'Featured items' },
      admin: { description: { vi: 'Tối đa 6 mục đã xuất bản: tin, văn bản, quy hoạch, ngân sách, dự án.', en: 'Up to 6 published items: news, documents, plans, budget, projects.' } },
    },
    {
      name: 'services',
      type: 'array',
      maxRows: 8,
      label: { vi: 'Liên kết dịch vụ công', en: 'Public-service links' },
      labels: { singular: { vi: 'Liên kết', en: 'Link' }, plural: { vi: 'Liên kết', en: 'Links' } },
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, maxLength: 120, label: { vi: 'Tên dịch vụ', en: 'Service' } },
        { name: 'url', type: 'text', required: true, maxLength: 500, validate: validateUrl, label: { vi: 'Địa chỉ', en: 'Address' } },
        { name: 'description', type: 'text', localized: true, maxLength: 200, label: { vi: 'Mô tả ngắn', en: 'Short description' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'showTransparency', type: 'checkbox', defaultValue: true, label: { vi: 'Hiện tóm tắt chỉ số minh bạch', en: 'Show the transparency summary' } },
        { name: 'showInvest', type: 'checkbox', defaultValue: true, label: { vi: 'Hiện khối thu hút đầu tư', en: 'Show the investors block' } },
      ],
    },
  ],
}
