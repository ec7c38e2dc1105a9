import type { CollectionConfig } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { agencyContent } from '../shared/agencyContent'
import { livePreview } from '@/lib/preview/url'

export const NEWS_TOPICS = [
  { value: 'government', label: { vi: 'Chỉ đạo, điều hành', en: 'Government' } },
  { value: 'economy', label: { vi: 'Kinh tế', en: 'Economy' } },
  { value: 'investment', label: { vi: 'Đầu tư', en: 'Investment' } },
  { value: 'society', label: { vi: 'Văn hóa – xã hội', en: 'Society' } },
  { value: 'digital', label: { vi: 'Chuyển đổi số', en: 'Digital transformation' } },
  { value: 'announcements', label: { vi: 'Thông báo', en: 'Announcements' } },
] as const

export const News: CollectionConfig = agencyContent({
  slug: 'news',
  labels: { singular: { vi: 'Tin tức', en: 'News item' }, plural: { vi: 'Tin tức', en: 'News' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', '_status', 'publishedAt', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    // "Xem trước": the public page from the latest draft, for the agency's staff (src/lib/preview).
    livePreview: livePreview('news'),
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' }, maxLength: 600 },
    { name: 'body', type: 'richText', localized: true, label: { vi: 'Nội dung', en: 'Body' } },
    { name: 'featuredImage', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Featured image' } },
    slugField({ from: 'title' }),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Ngày đăng', en: 'Published on' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      options: NEWS_TOPICS.map((t) => ({ value: t.value, label: t.label })),
      label: { vi: 'Chủ đề', en: 'Topics' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedDocuments',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: { vi: 'Văn bản liên quan', en: 'Related documents' },
      admin: { position: 'sidebar' },
    },
    { name: 'authorName', type: 'text', label: { vi: 'Tác giả', en: 'Author' }, admin: { position: 'sidebar' } },
  ],
})
