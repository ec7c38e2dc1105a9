import type { GlobalBeforeChangeHook, GlobalConfig } from 'payload'
import { isAdmin } from '@/access/roles'
import { CRITERION_KEYS, type CriterionKey } from '@/domain/transparency'
import { revalidateCriteria } from '@/transparency/revalidate'
import { DEFAULT_WEIGHTS, nextCriteriaVersion } from '@/transparency/criteria'

const LABELS: Record<CriterionKey, { vi: string; en: string }> = {
  completeness: { vi: 'Đầy đủ', en: 'Completeness' },
  timeliness: { vi: 'Kịp thời', en: 'Timeliness' },
  freshness: { vi: 'Cập nhật thông tin thay đổi', en: 'Freshness of on-change items' },
  english: { vi: 'Có bản tiếng Anh', en: 'English coverage' },
  answers: { vi: 'Trả lời câu hỏi đúng hạn', en: 'Answers on time' },
  dossiers: { vi: 'Giải quyết hồ sơ đúng hạn', en: 'Dossiers on time' },
}

/** A new version label whenever a weight changes; earlier snapshots keep the version they used. */
const bumpVersion: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  const version = nextCriteriaVersion(
    { version: originalDoc?.version ?? null, weights: originalDoc?.weights ?? null },
    (data.weights ?? null) as Partial<Record<CriterionKey, number | null>> | null,
  )
  return { ...data, version }
}

/** Scoring weights, edited by admins, versioned. */
export const TransparencyCriteria: GlobalConfig = {
  slug: 'transparency-criteria',
  label: { vi: 'Tiêu chí chấm điểm minh bạch', en: 'Transparency criteria' },
  admin: {
    group: { vi: 'Minh bạch', en: 'Transparency' },
    description: {
      vi: 'Trọng số được chuẩn hóa trên các tiêu chí áp dụng được cho từng cơ quan. Mỗi lần đổi trọng số tạo phiên bản mới; kết quả đã tính giữ nguyên phiên bản cũ.',
      en: 'Weights are renormalised over the criteria that apply to each agency. Each change creates a new version; computed snapshots keep the version they used.',
    },
  },
  access: { read: () => true, update: ({ req: { user } }) => isAdmin(user) },
  versions: { max: 100 },
  hooks: { beforeChange: [bumpVersion], afterChange: [revalidateCriteria] },
  fields: [
    { name: 'version', type: 'text', label: { vi: 'Phiên bản', en: 'Version' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'weights',
      type: 'group',
      label: { vi: 'Trọng số', en: 'Weights' },
      fields: CRITERION_KEYS.map((key) => ({
        name: key,
        type: 'number' as const,
        min: 0,
        max: 100,
        required: true,
        defaultValue: DEFAULT_WEIGHTS[key],
        label: LABELS[key],
      })),
    },
    { name: 'note', type: 'textarea', localized: true, label: { vi: 'Ghi chú thay đổi', en: 'Change note' } },
  ],
}
