import type { CollectionConfig, Field } from 'payload'
import { isAdmin } from '@/access/roles'
import { AGENCY_KINDS } from '@/collections/Agencies/kinds'
import { requiredInDefaultLocale } from '@/fields/validators'
import { revalidateTransparency } from '@/transparency/revalidate'
import { DEADLINE_KINDS, DISCLOSURE_CATEGORIES, MATCHER_COLLECTIONS } from '@/transparency/catalogue'

/**
 * The legal basis of an entry: a relation to a document of `legal-documents` when that collection
 * exists in this build, and always a citation text (laws of the National Assembly are not in the
 * provincial collection).
 */
function legalBasisFields(withDocuments: boolean): Field[] {
  return [
    ...(withDocuments
      ? [{ name: 'document', type: 'relationship', relationTo: 'legal-documents', label: { vi: 'Văn bản', en: 'Document' } } as Field]
      : []),
    {
      name: 'citation',
      type: 'textarea',
      localized: true,
      label: { vi: 'Trích dẫn', en: 'Citation' },
      admin: { description: { vi: 'Ví dụ: Luật Tiếp cận thông tin 2016, điều 17', en: 'For example: Law on Access to Information 2016, art. 17' } },
    },
  ]
}

const FILTERABLE = Object.entries(MATCHER_COLLECTIONS)
  .filter(([, fields]) => fields.length > 0)
  .map(([c, fields]) => `${c}: ${fields.join(', ')}`)
  .join('; ')

const FIELD_NAME = /^[A-Za-z][\w-]{0,40}$/

/**
 * What each agency must disclose, when, and by which content it is met. Admins edit it; every
 * change is kept as a version, and each transparency snapshot copies the entries it was scored
 * against, so a past score can always be explained with the catalogue of its day.
 */
export function disclosureCatalogue({ withLegalDocuments }: { withLegalDocuments: boolean }): CollectionConfig {
  return {
    slug: 'disclosure-catalogue',
    labels: {
      singular: { vi: 'Danh mục công khai', en: 'Disclosure catalogue entry' },
      plural: { vi: 'Danh mục thông tin phải công khai', en: 'Disclosure catalogue' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['key', 'title', 'category', 'appliesTo', 'active'],
      group: { vi: 'Minh bạch', en: 'Transparency' },
      description: {
        vi: 'Thông tin mỗi cơ quan phải công khai, căn cứ pháp lý, thời hạn và nội dung trên cổng đáp ứng yêu cầu. Chấm điểm minh bạch dựa trên danh mục này.',
        en: 'What each agency must disclose, the legal basis, the deadline and the portal content that meets it. Transparency scores are computed against this catalogue.',
      },
    },
    access: {
      read: () => true,
      create: ({ req: { user } }) => isAdmin(user),
      update: ({ req: { user } }) => isAdmin(user),
      delete: ({ req: { user } }) => isAdmin(user),
    },
    versions: { maxPerDoc: 100 },
    defaultSort: 'order',
    hooks: { afterChange: [revalidateTransparency] },
    fields: [
      {
        name: 'key',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: { vi: 'Mã', en: 'Key' },
        admin: { description: { vi: 'Mã ổn định, dùng trong dữ liệu chấm điểm (ví dụ: budget-execution-q1).', en: 'Stable key used in the score evidence (e.g. budget-execution-q1).' } },
        validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9][a-z0-9-]{1,60}$/.test(value) ? true : 'a-z, 0-9, -'),
      },
      { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên', en: 'Title' } },
      {
        name: 'category',
        type: 'select',
        required: true,
        options: DISCLOSURE_CATEGORIES.map((c) => ({ value: c.value, label: c.label })),
        label: { vi: 'Nhóm thông tin', en: 'Category' },
      },
      { name: 'legalBasis', type: 'group', label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' }, fields: legalBasisFields(withLegalDocuments) },
      {
        name: 'appliesTo',
        type: 'select',
        hasMany: true,
        required: true,
        options: AGENCY_KINDS.map((k) => ({ value: k.value, label: k.label })),
        label: { vi: 'Áp dụng cho loại cơ quan', en: 'Applies to agency kinds' },
      },
      {
        name: 'matcher',
        type: 'group',
        label: { vi: 'Nội dung đáp ứng', en: 'Met by content' },
        fields: [
          {
            name: 'collection',
            type: 'select',
            required: true,
            options: Object.keys(MATCHER_COLLECTIONS).map((value) => ({ value, label: value })),
            label: { vi: 'Chuyên mục', en: 'Collection' },
          },
          {
            name: 'filters',
            type: 'array',
            label: { vi: 'Điều kiện', en: 'Filters' },
            admin: {
              description: {
                vi: 'Trường và các giá trị chấp nhận, ví dụ family = execution-q1. Trường hợp lệ: ' + FILTERABLE,
                en: 'Field and accepted values, e.g. family = execution-q1. Valid fields: ' + FILTERABLE,
              },
            },
            fields: [
              {
                name: 'field',
                type: 'text',
                required: true,
                label: { vi: 'Trường', en: 'Field' },
                validate: (value: unknown) => (typeof value === 'string' && FIELD_NAME.test(value) ? true : 'A-Z, a-z, 0-9, _, -'),
              },
              { name: 'values', type: 'text', hasMany: true, required: true, label: { vi: 'Giá trị', en: 'Values' } },
            ],
          },
        ],
      },
      {
        name: 'deadline',
        type: 'group',
        label: { vi: 'Thời hạn công khai', en: 'Deadline' },
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            defaultValue: 'working-days-after',
            options: DEADLINE_KINDS.map((k) => ({ value: k.value, label: k.label })),
            label: { vi: 'Quy tắc', en: 'Rule' },
          },
          {
            name: 'days',
            type: 'number',
            min: 0,
            max: 3660,
            label: { vi: 'Số ngày (N)', en: 'Days (N)' },
            admin: { condition: (_data, sibling) => sibling?.kind !== 'continuous' },
          },
        ],
      },
      {
        name: 'reportPeriodEnd',
        type: 'text',
        label: { vi: 'Ngày kết thúc kỳ báo cáo (MM-DD)', en: 'Reporting period ends (MM-DD)' },
        admin: {
          condition: (_data, sibling) => sibling?.deadline?.kind === 'days-after-period-end',
          description: {
            vi: 'Cho báo cáo một phần của năm, ví dụ 03-31 cho báo cáo quý I: thời hạn tính từ ngày này.',
            en: 'For reports on part of the year, e.g. 03-31 for the first quarter: the deadline counts from this day.',
          },
        },
        validate: (value: unknown) => (value == null || value === '' || (typeof value === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) ? true : 'MM-DD'),
      },
      { name: 'requiredPerPeriod', type: 'number', min: 1, max: 1000, defaultValue: 1, label: { vi: 'Số lượng tối thiểu mỗi kỳ', en: 'Required per period' } },
      { name: 'requiresEnglish', type: 'checkbox', defaultValue: false, label: { vi: 'Bắt buộc có bản tiếng Anh', en: 'English required' } },
      { name: 'active', type: 'checkbox', defaultValue: true, label: { vi: 'Đang áp dụng', en: 'Active' }, admin: { position: 'sidebar' } },
      { name: 'order', type: 'number', defaultValue: 100, label: { vi: 'Thứ tự', en: 'Order' }, admin: { position: 'sidebar' } },
    ],
  }
}
