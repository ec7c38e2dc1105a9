import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { agencyContent } from '../shared/agencyContent'
import { AREA_OPTIONS, FORM_OPTIONS, SECTOR_OPTIONS, STATUS_OPTIONS } from './options'

/** Enquiries go to the contact agency; by default that is the agency that owns the project. */
const defaultContactAgency: CollectionBeforeChangeHook = ({ data }) => {
  if (data && !data.contactAgency && data.agency) return { ...data, contactAgency: data.agency }
  return data
}

/** Projects the province calls investors to (investors' section, /en/invest). */
export const InvestmentProjects: CollectionConfig = agencyContent({
  slug: 'investment-projects',
  labels: {
    singular: { vi: 'Dự án kêu gọi đầu tư', en: 'Investment project' },
    plural: { vi: 'Dự án kêu gọi đầu tư', en: 'Investment projects' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sector', 'projectStatus', 'agency', '_status', 'updatedAt'],
    group: { vi: 'Đầu tư', en: 'Investment' },
  },
  defaultSort: '-publishedAt',
  hooks: { beforeChange: [defaultContactAgency] },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên dự án', en: 'Project name' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'description', type: 'richText', localized: true, label: { vi: 'Mô tả dự án', en: 'Description' } },
    slugField({ from: 'title' }),
    {
      type: 'row',
      fields: [
        { name: 'sector', type: 'select', required: true, index: true, options: SECTOR_OPTIONS, label: { vi: 'Lĩnh vực', en: 'Sector' } },
        { name: 'investmentForm', type: 'select', options: FORM_OPTIONS, label: { vi: 'Hình thức đầu tư', en: 'Investment form' } },
        {
          name: 'projectStatus',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'calling',
          options: STATUS_OPTIONS,
          label: { vi: 'Tình trạng', en: 'Status' },
        },
      ],
    },
    {
      name: 'location',
      type: 'group',
      label: { vi: 'Địa điểm', en: 'Location' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'area', type: 'select', index: true, options: AREA_OPTIONS, label: { vi: 'Khu vực', en: 'Area' } },
            {
              name: 'commune',
              type: 'relationship',
              relationTo: 'agencies',
              filterOptions: { kind: { equals: 'commune' } },
              label: { vi: 'Xã, phường', en: 'Commune / ward' },
            },
            { name: 'zone', type: 'relationship', relationTo: 'zones', index: true, label: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic or industrial zone' } },
          ],
        },
        { name: 'address', type: 'text', localized: true, label: { vi: 'Vị trí cụ thể', en: 'Site' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'landAreaHa', type: 'number', min: 0, label: { vi: 'Diện tích đất (ha)', en: 'Land area (ha)' } },
        {
          name: 'capitalMillionVnd',
          type: 'number',
          min: 0,
          index: true,
          label: { vi: 'Tổng vốn đầu tư (triệu đồng)', en: 'Total capital (million VND)' },
        },
        { name: 'capitalUsd', type: 'number', min: 0, label: { vi: 'Tổng vốn đầu tư (USD)', en: 'Total capital (USD)' } },
      ],
    },
    { name: 'incentives', type: 'richText', localized: true, label: { vi: 'Ưu đãi đầu tư', en: 'Incentives' } },
    {
      name: 'contactAgency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: { vi: 'Cơ quan đầu mối', en: 'Contact agency' },
      admin: {
        description: {
          vi: 'Nhận yêu cầu thông tin của nhà đầu tư. Để trống: cơ quan sở hữu dự án.',
          en: "Receives investors' enquiries. Empty: the agency that owns the project.",
        },
      },
    },
    {
      name: 'contactPerson',
      type: 'group',
      label: { vi: 'Người liên hệ', en: 'Contact person' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Name' } },
            { name: 'title', type: 'text', localized: true, label: { vi: 'Chức vụ', en: 'Position' } },
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
          ],
        },
      ],
    },
    { name: 'attachments', type: 'relationship', relationTo: 'attachments', hasMany: true, label: { vi: 'Tài liệu đính kèm', en: 'Attachments' } },
  ],
})
