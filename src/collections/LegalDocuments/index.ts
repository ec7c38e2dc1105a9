import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, FieldHook, Validate } from 'payload'
import { CENTRAL_ISSUER_OPTIONS, docNumberSlug, parseDocNumber } from '@/domain/legal'
import { requiredInDefaultLocale } from '@/fields/validators'
import { agencyContent } from '../shared/agencyContent'
import { DOC_TYPE_OPTIONS, LEGAL_FIELDS, LEGAL_SCOPES, RELATION_KIND_OPTIONS } from './options'
import { livePreview } from '@/lib/preview/url'

/** "Số: 22 / 2016 / nq–hđnd" is stored as "22/2016/NQ-HĐND"; anything unparseable is kept as typed. */
const normalizeNumber: FieldHook = ({ value }) => {
  if (typeof value !== 'string') return value
  return parseDocNumber(value)?.normalized ?? value.trim()
}

/** The slug is the folded number ('22/2016/NQ-HĐND' → '22-2016-nq-hdnd'), never typed by hand. */
const slugFromNumber: FieldHook = ({ data, originalDoc, value }) => {
  const number = typeof data?.number === 'string' ? data.number : originalDoc?.number
  return typeof number === 'string' && number.trim() ? docNumberSlug(parseDocNumber(number)?.normalized ?? number) : value
}

/** One issuer, counted one way: a province agency (relation) or a central body from the maintained list (src/domain/legal/issuers.ts). */
const oneIssuer: Validate = (value, { siblingData, req }) => {
  const row = siblingData as { issuingAgency?: unknown; centralIssuer?: unknown }
  const en = req?.i18n?.language === 'en'
  if (row.issuingAgency && value) {
    return en
      ? 'Choose either the issuing agency or the central body, not both.'
      : 'Chỉ chọn một: cơ quan ban hành của tỉnh hoặc cơ quan trung ương.'
  }
  if (row.issuingAgency || value) return true
  return en
    ? 'Choose the issuing agency (province) or the central body that issued the document.'
    : 'Chọn cơ quan ban hành của tỉnh hoặc cơ quan trung ương đã ban hành văn bản.'
}

const notItself: Validate = (value, { id }) =>
  value !== undefined && value !== null && id !== undefined && String(typeof value === 'object' ? (value as { id: unknown }).id : value) === String(id)
    ? 'Một văn bản không thể liên kết với chính nó / A document cannot relate to itself'
    : true

const day = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }

/**
 * Legal documents as the national legal database presents them. The effect status is NOT a field:
 * it is derived from the dates and the relations on the day a page is read (src/domain/legal).
 */
export const LegalDocuments: CollectionConfig = agencyContent({
  slug: 'legal-documents',
  labels: { singular: { vi: 'Văn bản', en: 'Legal document' }, plural: { vi: 'Văn bản', en: 'Legal documents' } },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'title', 'docType', 'issueDate', '_status'],
    listSearchableFields: ['number', 'title'],
    group: { vi: 'Nội dung', en: 'Content' },
    livePreview: livePreview('legal-documents'),
  },
  defaultSort: '-issueDate',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
          admin: { placeholder: '22/2016/NQ-HĐND' },
          hooks: { beforeValidate: [normalizeNumber] },
        },
        { name: 'docType', type: 'select', required: true, options: DOC_TYPE_OPTIONS, label: { vi: 'Loại văn bản', en: 'Document type' } },
      ],
    },
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên văn bản', en: 'Title' } },
    { name: 'abstract', type: 'textarea', localized: true, maxLength: 2000, label: { vi: 'Trích yếu', en: 'Abstract' } },
    {
      type: 'row',
      fields: [
        { name: 'issuingAgency', type: 'relationship', relationTo: 'agencies', label: { vi: 'Cơ quan ban hành', en: 'Issuing agency' } },
        {
          name: 'centralIssuer',
          type: 'select',
          options: CENTRAL_ISSUER_OPTIONS,
          validate: oneIssuer,
          label: { vi: 'Cơ quan ban hành ở trung ương', en: 'Central issuing body' },
          admin: {
            description: {
              vi: 'Chỉ cho văn bản của trung ương (Quốc hội, Chính phủ, Thủ tướng Chính phủ, các bộ…). Văn bản của tỉnh: chọn cơ quan ban hành bên cạnh.',
              en: 'Only for central documents (National Assembly, Government, Prime Minister, ministries…). Province documents: choose the issuing agency beside it.',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'signer', type: 'text', label: { vi: 'Người ký', en: 'Signed by' } },
        { name: 'signerTitle', type: 'text', localized: true, label: { vi: 'Chức vụ người ký', en: 'Signer’s title' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issueDate', type: 'date', required: true, index: true, label: { vi: 'Ngày ban hành', en: 'Issued on' }, admin: { date: day } },
        { name: 'effectiveDate', type: 'date', label: { vi: 'Ngày có hiệu lực', en: 'In force from' }, admin: { date: day } },
        { name: 'expiryDate', type: 'date', label: { vi: 'Ngày hết hiệu lực', en: 'Expires on' }, admin: { date: day } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'gazetteNumber', type: 'text', label: { vi: 'Số Công báo', en: 'Official Gazette number' } },
        { name: 'gazetteDate', type: 'date', label: { vi: 'Ngày đăng Công báo', en: 'Official Gazette date' }, admin: { date: day } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'fields', type: 'select', hasMany: true, options: LEGAL_FIELDS.map((f) => ({ ...f })), label: { vi: 'Lĩnh vực', en: 'Fields' } },
        { name: 'scope', type: 'select', options: LEGAL_SCOPES.map((s) => ({ ...s })), label: { vi: 'Phạm vi áp dụng', en: 'Scope' } },
      ],
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { vi: 'Toàn văn', en: 'Full text' },
      editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] }),
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'attachments',
      hasMany: true,
      label: { vi: 'Tệp đính kèm (bản ký số PDF, tệp chỉnh sửa được)', en: 'Attachments (signed PDF, editable files)' },
    },
    {
      name: 'relations',
      type: 'array',
      label: { vi: 'Quan hệ với văn bản khác', en: 'Relations to other documents' },
      labels: { singular: { vi: 'Quan hệ', en: 'Relation' }, plural: { vi: 'Quan hệ', en: 'Relations' } },
      admin: {
        description: {
          vi: 'Ghi một lần trên văn bản tác động (ví dụ văn bản mới “thay thế” văn bản cũ); văn bản kia tự hiển thị chiều ngược lại.',
          en: 'Recorded once, on the acting document (e.g. the new one “replaces” the old one); the other document shows the inverse automatically.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', required: true, options: RELATION_KIND_OPTIONS, label: { vi: 'Loại quan hệ', en: 'Kind' } },
            { name: 'target', type: 'relationship', relationTo: 'legal-documents', required: true, validate: notItself, label: { vi: 'Văn bản', en: 'Document' } },
            {
              name: 'effectiveDate',
              type: 'date',
              label: { vi: 'Có hiệu lực từ (nếu khác)', en: 'Takes effect on (if different)' },
              admin: { date: day },
            },
          ],
        },
      ],
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      required: true,
      label: { vi: 'Đường dẫn (theo số ký hiệu)', en: 'URL slug (from the number)' },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeValidate: [slugFromNumber] },
    },
  ],
})
