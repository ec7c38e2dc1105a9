import type { CollectionConfig, Field } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { DRAFT_KINDS } from '@/domain/consultations'
import { agencyContent } from '../shared/agencyContent'
import { consultationRules } from './hooks/rules'
import { notifyCommenters } from './hooks/notifyCommenters'

export const DRAFT_KIND_LABELS: Record<(typeof DRAFT_KINDS)[number], { vi: string; en: string }> = {
  'hdnd-resolution': { vi: 'Nghị quyết của HĐND tỉnh', en: "Provincial People's Council resolution" },
  'ubnd-decision': { vi: 'Quyết định của UBND tỉnh', en: "Provincial People's Committee decision" },
  other: { vi: 'Văn bản khác', en: 'Other document' },
}

const day = (name: string, label: { vi: string; en: string }, required = true): Field => ({
  name,
  type: 'date',
  required,
  index: true,
  label,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
})

/**
 * A draft legal document put to public consultation (lấy ý kiến dự thảo): the draft as chapters
 * and articles (each article addressable, `#dieu-3`), its files and explanatory submission, who is
 * consulted and the dates. Comments are `consultation-comments`; once closed, every comment is
 * answered there and "Concluded" publishes the reception report (rules: hooks/rules.ts).
 */
export function consultationsCollection({ withLegalDocuments }: { withLegalDocuments: boolean }): CollectionConfig {
  return agencyContent({
    slug: 'consultations',
    labels: { singular: { vi: 'Lấy ý kiến dự thảo', en: 'Consultation' }, plural: { vi: 'Lấy ý kiến dự thảo', en: 'Consultations' } },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'openDate', 'closeDate', 'concluded', 'agency', '_status'],
      group: { vi: 'Tham vấn', en: 'Consultation' },
      description: {
        vi: 'Dự thảo văn bản đưa ra lấy ý kiến nhân dân. Thời gian lấy ý kiến tối thiểu theo “Thời hạn lấy ý kiến”; sau khi kết thúc, trả lời từng góp ý rồi đánh dấu “Đã công bố báo cáo”.',
        en: 'Draft documents put to public consultation. The minimum period follows “Consultation periods”; after closing, answer every comment and tick “Report published”.',
      },
    },
    defaultSort: '-openDate',
    fields: [
      { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên dự thảo', en: 'Title' } },
      slugField({ from: 'title' }),
      { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
      {
        type: 'row',
        fields: [
          { name: 'draftKind', type: 'select', required: true, defaultValue: 'hdnd-resolution', options: DRAFT_KINDS.map((k) => ({ value: k, label: DRAFT_KIND_LABELS[k] })), label: { vi: 'Loại văn bản', en: 'Kind of document' } },
          day('openDate', { vi: 'Bắt đầu lấy ý kiến', en: 'Opens' }),
          day('closeDate', { vi: 'Kết thúc lấy ý kiến', en: 'Closes' }),
        ],
      },
      { name: 'consulted', type: 'textarea', localized: true, label: { vi: 'Đối tượng lấy ý kiến', en: 'Who is consulted' } },
      {
        name: 'chapters',
        type: 'array',
        label: { vi: 'Nội dung dự thảo (chương, điều)', en: 'The draft (chapters, articles)' },
        labels: { singular: { vi: 'Chương', en: 'Chapter' }, plural: { vi: 'Chương', en: 'Chapters' } },
        admin: { description: { vi: 'Mỗi điều có số riêng, liên tục trong cả dự thảo: người dân góp ý theo từng điều.', en: 'Every article has its own number, running through the draft: people comment article by article.' } },
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'number', type: 'number', min: 1, label: { vi: 'Chương số', en: 'Chapter no.' } },
              { name: 'title', type: 'text', localized: true, label: { vi: 'Tên chương', en: 'Chapter title' } },
            ],
          },
          {
            name: 'articles',
            type: 'array',
            labels: { singular: { vi: 'Điều', en: 'Article' }, plural: { vi: 'Điều', en: 'Articles' } },
            fields: [
              {
                type: 'row',
                fields: [
                  { name: 'number', type: 'number', required: true, min: 1, label: { vi: 'Điều số', en: 'Article no.' } },
                  { name: 'title', type: 'text', localized: true, label: { vi: 'Tên điều', en: 'Article title' } },
                ],
              },
              { name: 'text', type: 'textarea', localized: true, label: { vi: 'Nội dung điều', en: 'Text of the article' } },
            ],
          },
        ],
      },
      { name: 'draftFiles', type: 'relationship', relationTo: 'attachments', hasMany: true, label: { vi: 'Tệp dự thảo', en: 'Draft files' } },
      { name: 'explanatoryFiles', type: 'relationship', relationTo: 'attachments', hasMany: true, label: { vi: 'Tờ trình, thuyết minh', en: 'Explanatory submission' } },
      {
        type: 'collapsible',
        label: { vi: 'Báo cáo tiếp thu, giải trình', en: 'Reception report' },
        fields: [
          {
            name: 'concluded',
            type: 'checkbox',
            defaultValue: false,
            index: true,
            label: { vi: 'Đã công bố báo cáo tiếp thu, giải trình', en: 'Reception report published' },
            admin: { description: { vi: 'Chỉ được đánh dấu sau ngày kết thúc, khi mọi góp ý đã được kiểm duyệt và trả lời. Người góp ý có thư điện tử sẽ nhận thông báo.', en: 'Only after closing, once every comment is moderated and answered. Commenters who left an e-mail address are notified.' } },
          },
          { name: 'reportIntro', type: 'textarea', localized: true, label: { vi: 'Lời dẫn của báo cáo', en: 'Report introduction' } },
          { name: 'reportPublishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Ngày công bố báo cáo', en: 'Report published on' } },
          ...(withLegalDocuments
            ? [{ name: 'finalDocument', type: 'relationship', relationTo: 'legal-documents', index: true, label: { vi: 'Văn bản đã ban hành', en: 'Document as issued' }, admin: { description: { vi: 'Văn bản chính thức sau khi ban hành; trang văn bản sẽ ghi “có lấy ý kiến nhân dân”.', en: 'The issued document; its page then says “drafted with public consultation”.' } } } as Field]
            : []),
        ],
      },
    ],
    hooks: { beforeChange: [consultationRules], afterChange: [notifyCommenters] },
  })
}
