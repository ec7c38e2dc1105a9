import type { CollectionConfig, Field, FieldHook, Validate } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { LEGACY_LEVELS, normaliseProcedureCode, ONLINE_LEVEL_BASIS, ONLINE_LEVELS, PROCEDURE_FIELDS, procedureCodeDigits } from '@/domain/services'
import { agencyContent } from '../shared/agencyContent'

const options = (list: readonly { value: string; label: { vi: string; en: string } }[]) => list.map((o) => ({ value: o.value, label: { ...o.label } }))

/** The code is stored in its canonical form (`1.001234`) whichever way it was typed. */
const canonicalCode: FieldHook = ({ value }) => (typeof value === 'string' ? (normaliseProcedureCode(value) ?? value.trim()) : value)
const validCode: Validate = (value, { req }) =>
  typeof value === 'string' && normaliseProcedureCode(value) ? true : req.i18n.language === 'en' ? 'A national procedure code has 7 digits, e.g. 1.001234.' : 'Mã thủ tục quốc gia gồm 7 chữ số, ví dụ 1.001234.'

/** The digits alone (`1001234`), kept for search and look-ups by any spelling. */
const codeDigits: FieldHook = ({ siblingData }) => (typeof siblingData?.code === 'string' && normaliseProcedureCode(siblingData.code) ? procedureCodeDigits(normaliseProcedureCode(siblingData.code)!) : null)

/** The reason a service is only partly online is published with it (required then). */
const reasonWhenPartial: Validate = (value, { siblingData, req }) => {
  const level = (siblingData as { level?: string } | undefined)?.level
  if (level !== 'partial' || req.locale === 'en') return true
  return typeof value === 'string' && value.trim() ? true : req.i18n.language === 'en' ? 'Give the published reason why this service is only partly online.' : 'Nhập lý do công bố vì sao dịch vụ chỉ trực tuyến một phần.'
}

const nationalUrl: Validate = (value, { req }) => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through
  }
  return req.i18n.language === 'en' ? 'Enter a full web address starting with https://' : 'Nhập địa chỉ web đầy đủ, bắt đầu bằng https://'
}

const localizedText = (name: string, label: { vi: string; en: string }, description?: { vi: string; en: string }): Field => ({
  name,
  type: 'textarea',
  localized: true,
  label,
  ...(description ? { admin: { description } } : {}),
})

/**
 * Administrative procedures (thủ tục hành chính): what a citizen or business needs, where to
 * submit, and the link to apply on the national public-service portal (a URL only: nothing is
 * fetched from it). Agency-owned publishable content: drafts, review workflow, English edition,
 * search and audit come from `agencyContent()`.
 */
export const Procedures: CollectionConfig = agencyContent({
  slug: 'procedures',
  labels: { singular: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' }, plural: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', 'level', 'agency', '_status'],
    group: { vi: 'Dịch vụ công', en: 'Public services' },
    listSearchableFields: ['code', 'codeDigits', 'name'],
  },
  defaultSort: 'code',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          validate: validCode,
          hooks: { beforeValidate: [canonicalCode] },
          label: { vi: 'Mã thủ tục (CSDL quốc gia)', en: 'National procedure code' },
          admin: { placeholder: '1.001234', width: '30%' },
        },
        { name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên thủ tục', en: 'Name' }, admin: { width: '70%' } },
      ],
    },
    { name: 'codeDigits', type: 'text', index: true, hooks: { beforeChange: [codeDigits] }, admin: { hidden: true } },
    slugField({ from: 'name' }),
    {
      type: 'row',
      fields: [
        { name: 'field', type: 'select', required: true, index: true, defaultValue: 'other', options: options(PROCEDURE_FIELDS), label: { vi: 'Lĩnh vực', en: 'Field' } },
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          options: options(ONLINE_LEVELS),
          label: { vi: 'Mức độ dịch vụ công trực tuyến', en: 'Online service level' },
          admin: { description: { vi: `Theo ${ONLINE_LEVEL_BASIS}.`, en: `As set by ${ONLINE_LEVEL_BASIS}.` } },
        },
        {
          name: 'legacyLevel',
          type: 'select',
          options: options(LEGACY_LEVELS),
          label: { vi: 'Mức độ cũ (lịch sử)', en: 'Former level (history)' },
          admin: { description: { vi: 'Chỉ để tra cứu lịch sử; không dùng để phân loại.', en: 'History only; not used to classify.' } },
        },
      ],
    },
    {
      name: 'partialReason',
      type: 'textarea',
      localized: true,
      validate: reasonWhenPartial,
      label: { vi: 'Lý do chỉ trực tuyến một phần (công bố)', en: 'Why only partly online (published)' },
      admin: { condition: (_, sibling) => sibling?.level === 'partial' },
    },
    {
      type: 'row',
      fields: [
        { name: 'processingDays', type: 'number', min: 0, max: 3650, label: { vi: 'Thời hạn giải quyết (ngày làm việc)', en: 'Processing time (working days)' } },
        { name: 'processingNote', type: 'text', localized: true, label: { vi: 'Ghi chú thời hạn', en: 'Note on the processing time' } },
      ],
    },
    localizedText('fees', { vi: 'Phí, lệ phí', en: 'Fees and charges' }, { vi: 'Ghi "Không" nếu không thu phí.', en: 'Write "None" when free of charge.' }),
    localizedText('applicants', { vi: 'Đối tượng thực hiện', en: 'Who may apply' }),
    localizedText('submission', { vi: 'Cách thức và nơi nộp hồ sơ', en: 'Where and how to submit' }),
    {
      name: 'documents',
      type: 'array',
      label: { vi: 'Thành phần hồ sơ', en: 'Required documents' },
      labels: { singular: { vi: 'Giấy tờ', en: 'Document' }, plural: { vi: 'Giấy tờ', en: 'Documents' } },
      fields: [
        { name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên giấy tờ', en: 'Document' } },
        {
          type: 'row',
          fields: [
            { name: 'copies', type: 'number', min: 1, max: 20, defaultValue: 1, label: { vi: 'Số lượng', en: 'Copies' } },
            {
              name: 'form',
              type: 'select',
              defaultValue: 'original',
              options: [
                { value: 'original', label: { vi: 'Bản chính', en: 'Original' } },
                { value: 'copy', label: { vi: 'Bản sao', en: 'Copy' } },
                { value: 'either', label: { vi: 'Bản chính hoặc bản sao', en: 'Original or copy' } },
              ],
              label: { vi: 'Loại bản', en: 'Original or copy' },
            },
          ],
        },
      ],
    },
    { name: 'forms', type: 'relationship', relationTo: 'attachments', hasMany: true, label: { vi: 'Mẫu đơn, tờ khai (tải về)', en: 'Forms to download' } },
    {
      name: 'legalBasis',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      index: true,
      label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
      admin: { description: { vi: 'Văn bản trên cổng; trang văn bản cũng liệt kê các thủ tục dựa trên nó.', en: "Documents on the portal; each document's page lists the procedures based on it." } },
    },
    { name: 'legalBasisText', type: 'textarea', localized: true, label: { vi: 'Căn cứ pháp lý khác (chưa có trên cổng)', en: 'Other legal basis (not on the portal)' } },
    {
      name: 'nationalUrl',
      type: 'text',
      validate: nationalUrl,
      label: { vi: 'Đường dẫn nộp hồ sơ trên Cổng DVC quốc gia', en: 'Apply on the national public-service portal (link)' },
      admin: { placeholder: 'https://dichvucong.gov.vn/…', description: { vi: 'Chỉ là đường dẫn; cổng không tải gì từ địa chỉ này.', en: 'A link only; the portal loads nothing from it.' } },
    },
  ],
})
