import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { agencyContent } from '../shared/agencyContent'

/** Investment procedure guides: steps in rich text, linked to legal documents and public services. */
export const InvestmentGuides: CollectionConfig = agencyContent({
  slug: 'investment-guides',
  labels: {
    singular: { vi: 'Hướng dẫn thủ tục đầu tư', en: 'Investment procedure guide' },
    plural: { vi: 'Hướng dẫn thủ tục đầu tư', en: 'Investment procedure guides' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', '_status', 'updatedAt'],
    group: { vi: 'Đầu tư', en: 'Investment' },
  },
  defaultSort: 'order',
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên thủ tục', en: 'Procedure' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600, label: { vi: 'Tóm tắt', en: 'Summary' } },
    slugField({ from: 'title' }),
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      label: { vi: 'Thứ tự hiển thị', en: 'Display order' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'steps',
      type: 'array',
      label: { vi: 'Các bước', en: 'Steps' },
      labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
      fields: [
        { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Bước', en: 'Step' } },
        { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Details' } },
        { name: 'timeLimit', type: 'text', localized: true, label: { vi: 'Thời hạn giải quyết', en: 'Time limit' } },
        { name: 'authority', type: 'text', localized: true, label: { vi: 'Cơ quan giải quyết', en: 'Handled by' } },
      ],
    },
    {
      name: 'legalDocuments',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: { vi: 'Văn bản pháp luật liên quan', en: 'Related legal documents' },
    },
    {
      name: 'publicServices',
      type: 'array',
      label: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
      fields: [
        { name: 'label', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên dịch vụ', en: 'Service' } },
        {
          name: 'url',
          type: 'text',
          required: true,
          label: { vi: 'Địa chỉ', en: 'URL' },
          validate: (value: unknown) =>
            typeof value === 'string' && /^https:\/\/[^\s<>"]+$/.test(value) ? true : 'https://… / Địa chỉ phải bắt đầu bằng https://',
        },
      ],
    },
  ],
})
