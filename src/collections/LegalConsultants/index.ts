import type { CollectionConfig, EmailFieldValidation, Validate } from 'payload'
import { email as emailFormat } from 'payload/shared'
import { readConsultants, writeConsultants } from '@/access/legalSupport'
import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { requiredInDefaultLocale } from '@/fields/validators'
import { auditChange, auditDelete } from '@/hooks/audit'
import { revalidateDeleted, revalidateDoc } from '@/hooks/revalidate'

const en = (req: { i18n?: { language?: string } } | undefined) => req?.i18n?.language === 'en'

/** A work phone as published: digits, spaces, dots, dashes, parentheses, an optional leading +. */
const PHONE = /^\+?[0-9 ().-]{8,20}$/

const validatePhone: Validate = (value, { req }) => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && PHONE.test(value.trim()) && value.replace(/\D/g, '').length >= 8) return true
  return en(req) ? 'Enter a phone number (digits, spaces, dots or dashes).' : 'Hãy nhập số điện thoại (chữ số, dấu cách, dấu chấm hoặc gạch ngang).'
}

/** Either contact is enough, but a directory entry nobody can reach is of no use. */
const validateContact: EmailFieldValidation = (value, args) => {
  const { req, siblingData } = args
  const phone = (siblingData as { workPhone?: string | null } | undefined)?.workPhone
  if (typeof value === 'string' && value.trim()) return emailFormat(value, args)
  if (typeof phone === 'string' && phone.trim()) return true
  return en(req) ? 'Give a work phone or a work e-mail address.' : 'Hãy nhập điện thoại hoặc thư điện tử nơi làm việc.'
}

/**
 * The network of legal consultants for businesses, maintained by the Department of Justice
 * (`LEGAL_SUPPORT_AGENCY_SLUG`, src/access/legalSupport.ts): only its editors and publishers (and
 * admins) write; visitors read the active entries. The work phone and e-mail are the professional
 * contacts each consultant publishes for this directory; they are shown on the directory page only
 * (the collection is not a site-search source, and no feed or export carries it).
 */
export const LegalConsultants: CollectionConfig = {
  slug: 'legal-consultants',
  labels: {
    singular: { vi: 'Tư vấn viên pháp luật', en: 'Legal consultant' },
    plural: { vi: 'Mạng lưới tư vấn viên pháp luật', en: 'Legal consultants' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'fields', 'active', 'updatedAt'],
    group: { vi: 'Hỗ trợ pháp lý', en: 'Legal support' },
    description: {
      vi: 'Do Sở Tư pháp cập nhật. Chỉ các tư vấn viên đang hoạt động được hiển thị công khai, cùng điện thoại và thư điện tử nơi làm việc mà họ đồng ý công bố.',
      en: 'Kept by the Department of Justice. Only active consultants are public, with the work phone and e-mail they agreed to publish.',
    },
  },
  defaultSort: 'name',
  // No agency field: the entries belong to the maintaining agency by rule, not by a tenant value.
  access: { read: readConsultants, create: writeConsultants, update: writeConsultants, delete: writeConsultants },
  hooks: { afterChange: [revalidateDoc, auditChange], afterDelete: [revalidateDeleted, auditDelete] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { vi: 'Họ và tên', en: 'Name' } },
    { name: 'position', type: 'text', localized: true, maxLength: 120, label: { vi: 'Chức danh (luật sư, luật gia, …)', en: 'Title (lawyer, legal expert, …)' } },
    { name: 'organisation', type: 'text', localized: true, validate: requiredInDefaultLocale, maxLength: 200, label: { vi: 'Tổ chức hành nghề', en: 'Organisation' } },
    {
      name: 'fields',
      type: 'select',
      hasMany: true,
      required: true,
      index: true,
      options: LEGAL_FIELDS.map((f) => ({ value: f.value, label: f.label })),
      label: { vi: 'Lĩnh vực tư vấn', en: 'Fields' },
    },
    {
      type: 'row',
      fields: [
        { name: 'workPhone', type: 'text', maxLength: 20, validate: validatePhone, label: { vi: 'Điện thoại nơi làm việc (công khai)', en: 'Work phone (public)' } },
        { name: 'workEmail', type: 'email', validate: validateContact, label: { vi: 'Thư điện tử nơi làm việc (công khai)', en: 'Work e-mail (public)' } },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { vi: 'Đang hoạt động (hiển thị công khai)', en: 'Active (shown to the public)' },
      admin: { position: 'sidebar' },
    },
  ],
}
