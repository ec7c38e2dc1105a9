import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'
import { idOf } from '@/access/roles'
import { tags } from '@/lib/cacheTags'
import { expireTags } from '@/hooks/revalidate'
import { isSafeNavUrl } from './links'
import { adminOnly, createAgencySettings, readAgencySettings, updateAgencySettings } from './access'

export const AGENCY_SETTINGS_SLUG = 'agency-settings'

/** The agency's pages (all of them) show these settings: expire the agency's tag. */
const revalidateAgencySettings: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.skipRevalidate) return doc
  const ids = [idOf(doc?.agency ?? null), idOf(previousDoc?.agency ?? null)].filter((v) => v !== null)
  await expireTags([tags.collection(AGENCY_SETTINGS_SLUG), ...ids.map((id) => tags.agency(id!))])
  return doc
}

/**
 * One settings document per agency (the multi-tenant plugin's `isGlobal`): the header line, extra
 * navigation links and footer text of the agency's site, and the contact point for information
 * requests (Law on Access to Information 2016, art. 9). The design itself stays common.
 */
export const AgencySettings: CollectionConfig = {
  slug: AGENCY_SETTINGS_SLUG,
  labels: { singular: { vi: 'Cấu hình trang cơ quan', en: 'Agency site settings' }, plural: { vi: 'Cấu hình trang cơ quan', en: 'Agency site settings' } },
  admin: { group: { vi: 'Nội dung', en: 'Content' } },
  access: { read: readAgencySettings, create: createAgencySettings, update: updateAgencySettings, delete: adminOnly },
  hooks: { afterChange: [revalidateAgencySettings] },
  fields: [
    {
      name: 'headerTagline',
      type: 'text',
      localized: true,
      maxLength: 200,
      label: { vi: 'Dòng giới thiệu ở đầu trang', en: 'Header tagline' },
    },
    {
      name: 'navLinks',
      type: 'array',
      maxRows: 8,
      label: { vi: 'Liên kết thêm trên thanh điều hướng', en: 'Extra navigation links' },
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, maxLength: 60, label: { vi: 'Nhãn', en: 'Label' } },
        {
          name: 'url',
          type: 'text',
          required: true,
          maxLength: 500,
          label: { vi: 'Địa chỉ', en: 'URL' },
          admin: { description: { vi: 'Đường dẫn bắt đầu bằng / hoặc địa chỉ https://', en: 'A path starting with / or an https:// address' } },
          validate: (value: unknown) => (isSafeNavUrl(value) ? true : 'Địa chỉ không hợp lệ / Invalid URL'),
        },
      ],
    },
    { name: 'footerText', type: 'textarea', localized: true, maxLength: 1000, label: { vi: 'Chân trang', en: 'Footer text' } },
    {
      name: 'informationRequests',
      type: 'group',
      label: { vi: 'Đầu mối cung cấp thông tin', en: 'Contact point for information requests' },
      fields: [
        { name: 'unit', type: 'text', localized: true, maxLength: 200, label: { vi: 'Bộ phận / người đầu mối', en: 'Unit or officer' } },
        { name: 'address', type: 'text', localized: true, maxLength: 300, label: { vi: 'Địa chỉ tiếp nhận', en: 'Address' } },
        { name: 'phone', type: 'text', maxLength: 50, label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
        { name: 'hours', type: 'text', localized: true, maxLength: 200, label: { vi: 'Thời gian tiếp nhận', en: 'Opening hours' } },
      ],
    },
  ],
}
