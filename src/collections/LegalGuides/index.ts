import type { CollectionConfig, Field, TextFieldSingleValidation } from 'payload'
import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { RESERVED_GUIDE_SLUGS } from '@/routes/legalSupport'
import { livePreview } from '@/lib/preview/url'
import { agencyContent } from '../shared/agencyContent'

/** The slug field, refusing the section's fixed segments (`/vi/ho-tro-phap-ly/tu-van-vien` is the directory, not a guide). */
function guideSlugField(): Field {
  const base = slugField({ from: 'title' }) as Field & { validate: TextFieldSingleValidation }
  const validate: TextFieldSingleValidation = (value, args) => {
    if (typeof value === 'string' && RESERVED_GUIDE_SLUGS.includes(value))
      return args.req?.i18n?.language === 'en' ? 'This slug is the address of another page of the section; choose another.' : 'Đường dẫn này trùng với một trang khác của chuyên mục; hãy chọn đường dẫn khác.'
    return base.validate(value, args)
  }
  return { ...base, validate } as Field
}

/**
 * Legal-support guides written by agencies for businesses ("Hỗ trợ pháp lý cho doanh nghiệp"): a
 * summary and body in both languages, the field of law, and the legal documents the guide explains
 * (another agency's documents once published: src/plugins/crossAgencyLegalRelations.ts). Owned by an
 * agency and published through the editorial workflow like news (editors submit, publishers publish).
 * Each linked document's page links back to the guide.
 */
export const LegalGuides: CollectionConfig = agencyContent({
  slug: 'legal-guides',
  labels: {
    singular: { vi: 'Hướng dẫn pháp lý', en: 'Legal guide' },
    plural: { vi: 'Hướng dẫn pháp lý cho doanh nghiệp', en: 'Legal guides for businesses' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'field', 'agency', '_status', 'updatedAt'],
    group: { vi: 'Hỗ trợ pháp lý', en: 'Legal support' },
    // "Xem trước": the public page from the latest draft, for the agency's staff (src/lib/preview).
    livePreview: livePreview('legal-guides'),
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, maxLength: 200, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 600, label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung hướng dẫn', en: 'Guide' } },
    guideSlugField(),
    {
      name: 'field',
      type: 'select',
      required: true,
      index: true,
      options: LEGAL_FIELDS.map((f) => ({ value: f.value, label: f.label })),
      label: { vi: 'Lĩnh vực', en: 'Field' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'legalDocuments',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      index: true,
      label: { vi: 'Văn bản pháp luật được hướng dẫn', en: 'Legal documents explained' },
      admin: {
        description: {
          vi: 'Trang của mỗi văn bản sẽ dẫn ngược về hướng dẫn này. Văn bản của cơ quan khác chỉ chọn được khi đã đăng.',
          en: 'Each document’s page links back to this guide. Another agency’s documents can be chosen once published.',
        },
      },
    },
  ],
})
