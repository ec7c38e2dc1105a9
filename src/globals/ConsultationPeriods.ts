import type { GlobalConfig } from 'payload'
import { isAdmin } from '@/access/roles'
import { DRAFT_KINDS, LAW_64_2025_FROM } from '@/domain/consultations'
import { revalidateGlobal } from '@/hooks/revalidate'
import { DRAFT_KIND_LABELS } from '@/collections/Consultations'

/**
 * Admins' corrections to the minimum consultation periods (src/domain/consultations/period.ts
 * holds the defaults, every one labelled unverified). A row replaces the default of its
 * (regime, kind); an empty list keeps the defaults.
 */
export const ConsultationPeriods: GlobalConfig = {
  slug: 'consultation-periods',
  label: { vi: 'Thời hạn lấy ý kiến', en: 'Consultation periods' },
  admin: {
    group: { vi: 'Tham vấn', en: 'Consultation' },
    description: {
      vi: 'Mặc định: 30 ngày cho mọi loại dự thảo, CHƯA đối chiếu với điều khoản của Luật 64/2025/QH15, Luật 80/2015/QH13 và nghị định hướng dẫn. Sau khi đối chiếu, thêm một dòng cho từng chế độ và loại văn bản, ghi căn cứ (điều, khoản) và đánh dấu “Đã đối chiếu”.',
      en: 'Default: 30 days for every kind of draft, NOT yet checked against the articles of Law 64/2025/QH15, Law 80/2015/QH13 and their decrees. Once checked, add a row per regime and kind with the basis (article, clause) and tick “Checked”.',
    },
  },
  access: { read: () => true, update: ({ req: { user } }) => isAdmin(user) },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    { name: 'law64From', type: 'date', label: { vi: 'Luật 64/2025/QH15 áp dụng cho dự thảo từ ngày', en: 'Law 64/2025/QH15 applies to drafts from' }, admin: { description: { vi: `Để trống: ${LAW_64_2025_FROM} (mặc định).`, en: `Empty: ${LAW_64_2025_FROM} (default).` }, date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'rules',
      type: 'array',
      label: { vi: 'Thời hạn đã đối chiếu', en: 'Checked periods' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'regime', type: 'select', required: true, options: [{ value: 'law-64-2025', label: 'Luật 64/2025/QH15' }, { value: 'law-80-2015', label: 'Luật 80/2015/QH13' }], label: { vi: 'Chế độ', en: 'Regime' } },
            { name: 'kind', type: 'select', required: true, options: DRAFT_KINDS.map((k) => ({ value: k, label: DRAFT_KIND_LABELS[k] })), label: { vi: 'Loại văn bản', en: 'Kind' } },
            { name: 'minDays', type: 'number', required: true, min: 1, max: 365, label: { vi: 'Số ngày tối thiểu', en: 'Minimum days' } },
            { name: 'verified', type: 'checkbox', defaultValue: false, label: { vi: 'Đã đối chiếu', en: 'Checked' } },
          ],
        },
        { name: 'legalBasis', type: 'text', required: true, label: { vi: 'Căn cứ (điều, khoản, văn bản)', en: 'Legal basis (article, clause, text)' } },
      ],
    },
  ],
}
