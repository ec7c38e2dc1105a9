import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { AREA_OPTIONS, ZONE_KIND_OPTIONS } from '../InvestmentProjects/options'
import { agencyContent } from '../shared/agencyContent'

/** Economic, border-gate and industrial zones (e.g. Vũng Áng Economic Zone). */
export const Zones: CollectionConfig = agencyContent({
  slug: 'zones',
  labels: {
    singular: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Zone' },
    plural: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic and industrial zones' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'zoneKind', 'areaHa', 'occupancyPercent', '_status'],
    group: { vi: 'Đầu tư', en: 'Investment' },
  },
  defaultSort: 'slug',
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên khu', en: 'Name' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'description', type: 'richText', localized: true, label: { vi: 'Giới thiệu', en: 'Description' } },
    slugField({ from: 'title' }),
    {
      type: 'row',
      fields: [
        { name: 'zoneKind', type: 'select', required: true, index: true, options: ZONE_KIND_OPTIONS, label: { vi: 'Loại khu', en: 'Kind' } },
        { name: 'area', type: 'select', options: AREA_OPTIONS, label: { vi: 'Khu vực', en: 'Area' } },
        { name: 'areaHa', type: 'number', min: 0, label: { vi: 'Diện tích (ha)', en: 'Area (ha)' } },
        { name: 'occupancyPercent', type: 'number', min: 0, max: 100, label: { vi: 'Tỷ lệ lấp đầy (%)', en: 'Occupancy (%)' } },
      ],
    },
    { name: 'infrastructure', type: 'richText', localized: true, label: { vi: 'Hạ tầng', en: 'Infrastructure' } },
    { name: 'incentives', type: 'richText', localized: true, label: { vi: 'Ưu đãi đầu tư', en: 'Incentives' } },
    {
      name: 'tenants',
      type: 'array',
      label: { vi: 'Doanh nghiệp đang hoạt động', en: 'Tenants' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { vi: 'Doanh nghiệp', en: 'Company' } },
            { name: 'country', type: 'text', localized: true, label: { vi: 'Quốc gia', en: 'Country' } },
            { name: 'activity', type: 'text', localized: true, label: { vi: 'Ngành nghề', en: 'Activity' } },
          ],
        },
      ],
    },
    {
      name: 'contacts',
      type: 'group',
      label: { vi: 'Liên hệ', en: 'Contacts' },
      fields: [
        { name: 'office', type: 'text', localized: true, label: { vi: 'Đơn vị quản lý', en: 'Managing office' } },
        { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
            { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' } },
          ],
        },
      ],
    },
  ],
})
