import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig, type CollectionAfterChangeHook } from 'payload'
import { adminOnlyField } from '@/access/fields'
import { MODERATION_STATES, RESPONSES } from '@/domain/consultations'
import { auditChange, auditDelete } from '@/hooks/audit'
import { expireTags } from '@/hooks/revalidate'
import { tags } from '@/lib/cacheTags'
import { adminOnly, handleComments, readComments, staffOnlyField } from './access'

/** What the visitor sent is evidence: staff moderate and answer, never rewrite it. */
const AS_SENT = { update: adminOnlyField }
const PERSONAL = { read: staffOnlyField, update: adminOnlyField }

export const MODERATION_LABELS = {
  pending: { vi: 'Chờ kiểm duyệt', en: 'Awaiting moderation' },
  published: { vi: 'Đã đăng', en: 'Published' },
  rejected: { vi: 'Không đăng', en: 'Not published' },
} as const
export const RESPONSE_LABELS = {
  accepted: { vi: 'Tiếp thu', en: 'Accepted' },
  partly: { vi: 'Tiếp thu một phần', en: 'Partly accepted' },
  'not-accepted': { vi: 'Không tiếp thu', en: 'Not accepted' },
} as const

const requireReasons: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const m = { ...originalDoc, ...data }
  if (m.moderation === 'rejected' && !String(m.moderationReason ?? '').trim()) {
    const message = req.i18n?.language === 'en' ? 'Give the reason for not publishing this comment (it is kept with the comment).' : 'Hãy ghi lý do không đăng góp ý này (lý do được lưu cùng góp ý).'
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'moderationReason', message }], req }, req.t)
  }
  return data
}

/** A moderated or answered comment changes the consultation's public page. */
const revalidateConsultation: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.skipRevalidate) return doc
  if (doc.moderation === 'published' || previousDoc?.moderation === 'published') {
    const id = typeof doc.consultation === 'object' ? doc.consultation?.id : doc.consultation
    await expireTags([tags.collection('consultation-comments'), ...(id ? [tags.doc('consultations', id)] : [])])
  }
  return doc
}

/** Public comments on a consultation, moderated and answered by the drafting agency. */
export const ConsultationComments: CollectionConfig = {
  slug: 'consultation-comments',
  labels: { singular: { vi: 'Góp ý dự thảo', en: 'Draft comment' }, plural: { vi: 'Góp ý dự thảo', en: 'Draft comments' } },
  admin: {
    useAsTitle: 'excerpt',
    defaultColumns: ['excerpt', 'consultation', 'article', 'moderation', 'response', 'createdAt'],
    group: { vi: 'Tham vấn', en: 'Consultation' },
    description: {
      vi: 'Kiểm duyệt rồi trả lời từng góp ý (tiếp thu / tiếp thu một phần / không tiếp thu, kèm giải trình). Họ tên và thư điện tử của người góp ý không bao giờ được công khai.',
      en: "Moderate, then answer every comment (accepted / partly / not accepted, with the explanation). Commenters' names and e-mail addresses are never public.",
    },
  },
  defaultSort: '-createdAt',
  access: { read: readComments, create: adminOnly, update: handleComments, delete: adminOnly },
  hooks: { beforeChange: [requireReasons], afterChange: [revalidateConsultation, auditChange], afterDelete: [auditDelete] },
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Dự thảo', en: 'Draft' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Cơ quan chủ trì soạn thảo', en: 'Drafting agency' } },
    { name: 'article', type: 'text', maxLength: 40, index: true, admin: { readOnly: true, description: { vi: 'Trống: góp ý chung cho cả dự thảo.', en: 'Empty: a comment on the whole draft.' } }, access: AS_SENT, label: { vi: 'Điều', en: 'Article' } },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 160, admin: { readOnly: true }, access: PERSONAL, label: { vi: 'Họ tên người góp ý', en: "Commenter's name" } },
        { name: 'organisation', type: 'text', maxLength: 200, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Tổ chức (công khai)', en: 'Organisation (public)' } },
        { name: 'email', type: 'email', admin: { readOnly: true }, access: PERSONAL, label: { vi: 'Thư điện tử', en: 'E-mail' } },
      ],
    },
    { name: 'text', type: 'textarea', required: true, maxLength: 8000, admin: { readOnly: true }, access: AS_SENT, label: { vi: 'Nội dung góp ý', en: 'Comment' } },
    { name: 'attachment', type: 'upload', relationTo: 'comment-attachments', admin: { readOnly: true }, access: PERSONAL, label: { vi: 'Tệp kèm theo', en: 'Attachment' } },
    { name: 'excerpt', type: 'text', admin: { hidden: true }, hooks: { beforeChange: [({ siblingData }) => String(siblingData.text ?? '').slice(0, 80)] }, label: { vi: 'Trích', en: 'Excerpt' } },
    { name: 'lang', type: 'select', options: [{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }], defaultValue: 'vi', admin: { readOnly: true, position: 'sidebar' }, access: AS_SENT, label: { vi: 'Ngôn ngữ', en: 'Language' } },
    {
      name: 'moderation',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: MODERATION_STATES.map((s) => ({ value: s, label: { ...MODERATION_LABELS[s] } })),
      admin: { position: 'sidebar' },
      label: { vi: 'Kiểm duyệt', en: 'Moderation' },
    },
    { name: 'moderationReason', type: 'textarea', maxLength: 1000, admin: { position: 'sidebar', condition: (_d, s) => s?.moderation === 'rejected' }, label: { vi: 'Lý do không đăng', en: 'Reason for not publishing' } },
    {
      type: 'collapsible',
      label: { vi: 'Tiếp thu, giải trình', en: 'Response' },
      fields: [
        { name: 'response', type: 'select', index: true, options: RESPONSES.map((r) => ({ value: r, label: { ...RESPONSE_LABELS[r] } })), label: { vi: 'Ý kiến tiếp thu', en: 'Response' } },
        { name: 'explanation', type: 'textarea', localized: true, maxLength: 8000, label: { vi: 'Giải trình', en: 'Explanation' }, admin: { description: { vi: 'Bắt buộc khi tiếp thu một phần hoặc không tiếp thu.', en: 'Required when partly or not accepted.' } } },
      ],
    },
    { name: 'notifiedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, access: { update: adminOnlyField }, label: { vi: 'Đã báo người góp ý lúc', en: 'Commenter notified at' } },
  ],
}
