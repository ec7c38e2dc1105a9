import type { CollectionConfig } from 'payload'
import { adminOnlyField } from '@/access/fields'
import { auditChange, auditDelete } from '@/hooks/audit'
import { adminOnly, readEnquiries } from './access'

/**
 * What the investor sent (and where it was sent) is evidence: the contact agency's publishers
 * handle an enquiry (answered, handling note) but never rewrite it or move it to another agency.
 */
const AS_SENT = { update: adminOnlyField }

/** Enquiries from investors about one project, delivered to its contact agency. */
export const Enquiries: CollectionConfig = {
  slug: 'enquiries',
  labels: {
    singular: { vi: 'Yêu cầu của nhà đầu tư', en: 'Investor enquiry' },
    plural: { vi: 'Yêu cầu của nhà đầu tư', en: 'Investor enquiries' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'company', 'country', 'project', 'createdAt', 'handled'],
    group: { vi: 'Đầu tư', en: 'Investment' },
    description: {
      vi: 'Thông tin cá nhân của nhà đầu tư: chỉ cơ quan đầu mối của dự án được xem, không công khai.',
      en: "Investors' personal data: visible to the project's contact agency only, never published.",
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: readEnquiries,
    create: adminOnly,
    update: readEnquiries,
    delete: adminOnly,
  },
  // Every change (marked answered, note written, deleted) is in the audit log, like agency content.
  hooks: { afterChange: [auditChange], afterDelete: [auditDelete] },
  fields: [
    { name: 'project', type: 'relationship', relationTo: 'investment-projects', required: true, index: true, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Dự án', en: 'Project' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Cơ quan đầu mối', en: 'Contact agency' } },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Họ và tên', en: 'Name' } },
        { name: 'company', type: 'text', maxLength: 160, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Doanh nghiệp', en: 'Company' } },
        { name: 'country', type: 'text', maxLength: 80, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Quốc gia', en: 'Country' } },
        { name: 'email', type: 'email', required: true, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Thư điện tử', en: 'Email' } },
      ],
    },
    { name: 'message', type: 'textarea', required: true, maxLength: 4000, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Nội dung', en: 'Message' } },
    {
      name: 'locale',
      type: 'select',
      options: [
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ],
      admin: { readOnly: true, position: 'sidebar' },
      access: AS_SENT,
      label: { vi: 'Ngôn ngữ của nhà đầu tư', en: "Investor's language" },
    },
    { name: 'handled', type: 'checkbox', defaultValue: false, index: true, admin: { position: 'sidebar' }, label: { vi: 'Đã trả lời', en: 'Answered' } },
    {
      name: 'handlingNote',
      type: 'textarea',
      maxLength: 2000,
      label: { vi: 'Ghi chú xử lý', en: 'Handling note' },
      admin: { description: { vi: 'Nội bộ: đã trả lời thế nào, ai phụ trách.', en: 'Internal: how it was answered, who handles it.' } },
    },
  ],
}
