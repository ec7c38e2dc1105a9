import type { Access, CollectionConfig } from 'payload'
import { agencyIdsWithRole, EDITING_ROLES, inAgencies, isAdmin } from '@/access/roles'
import { NOT_USEFUL_REASONS, RATED_SECTIONS, SATISFACTION_SCALE } from '@/domain/ratings'

const staff: Access = ({ req: { user } }) => (isAdmin(user) ? true : inAgencies('agency', agencyIdsWithRole(user, EDITING_ROLES)))
const adminOnly: Access = ({ req: { user } }) => isAdmin(user)

export const REASON_LABELS: Record<(typeof NOT_USEFUL_REASONS)[number], { vi: string; en: string }> = {
  incomplete: { vi: 'Thiếu thông tin', en: 'Incomplete' },
  outdated: { vi: 'Thông tin cũ', en: 'Out of date' },
  'hard-to-understand': { vi: 'Khó hiểu', en: 'Hard to understand' },
  'not-found': { vi: 'Không tìm thấy điều cần tìm', en: "Didn't find what I needed" },
  other: { vi: 'Lý do khác', en: 'Other' },
}

/**
 * "Was this information useful?" and satisfaction ratings. One row per visitor per item per Việt
 * Nam day: `key` is the day-keyed HMAC of (address, item) (src/domain/ratings/count.ts), unique, so
 * a second try the same day replaces the first. No address, no name, nothing that identifies the
 * rater is stored (Decree 224/2026/NĐ-CP art. 10: the rater's identity stays confidential).
 * The agency's staff read their own ratings (and the comments on low ones) in the admin; public
 * pages show aggregates only. Written only by the rating form (src/lib/ratings).
 */
export const Ratings: CollectionConfig = {
  slug: 'ratings',
  labels: { singular: { vi: 'Đánh giá', en: 'Rating' }, plural: { vi: 'Đánh giá', en: 'Ratings' } },
  admin: {
    useAsTitle: 'item',
    defaultColumns: ['item', 'useful', 'score', 'reason', 'day', 'agency'],
    group: { vi: 'Tham vấn', en: 'Consultation' },
    description: { vi: 'Đánh giá của người đọc về trang thông tin của cơ quan. Lọc “Hữu ích = Không” để xem góp ý trên các trang bị đánh giá thấp.', en: "Readers' ratings of the agency's pages. Filter “Useful = No” to read the remarks on low-rated pages." },
  },
  defaultSort: '-day',
  access: { read: staff, create: adminOnly, update: adminOnly, delete: adminOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true }, access: { read: ({ req: { user } }) => isAdmin(user) } },
    { name: 'item', type: 'text', required: true, index: true, admin: { readOnly: true }, label: { vi: 'Trang', en: 'Page' } },
    { name: 'section', type: 'select', required: true, index: true, options: RATED_SECTIONS.map((s) => ({ value: s, label: s })), admin: { readOnly: true }, label: { vi: 'Mục', en: 'Section' } },
    { name: 'title', type: 'text', admin: { readOnly: true }, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'path', type: 'text', admin: { readOnly: true }, label: { vi: 'Đường dẫn', en: 'Path' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', index: true, admin: { readOnly: true }, label: { vi: 'Cơ quan', en: 'Agency' } },
    { name: 'day', type: 'text', required: true, index: true, admin: { readOnly: true }, label: { vi: 'Ngày', en: 'Day' } },
    { name: 'useful', type: 'select', index: true, options: [{ value: 'yes', label: { vi: 'Có', en: 'Yes' } }, { value: 'no', label: { vi: 'Không', en: 'No' } }], admin: { readOnly: true }, label: { vi: 'Hữu ích', en: 'Useful' } },
    { name: 'score', type: 'select', options: SATISFACTION_SCALE.map((l) => ({ value: String(l.value), label: { vi: l.vi, en: l.en } })), admin: { readOnly: true }, label: { vi: 'Mức hài lòng', en: 'Satisfaction' } },
    { name: 'reason', type: 'select', options: NOT_USEFUL_REASONS.map((r) => ({ value: r, label: REASON_LABELS[r] })), admin: { readOnly: true }, label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'remark', type: 'textarea', maxLength: 500, admin: { readOnly: true }, label: { vi: 'Góp ý thêm', en: 'Remark' } },
    { name: 'lang', type: 'select', options: [{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }], admin: { readOnly: true }, label: { vi: 'Ngôn ngữ', en: 'Language' } },
  ],
}
