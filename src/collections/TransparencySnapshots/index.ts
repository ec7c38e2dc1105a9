import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * One agency's transparency score for one period, with the evidence behind every point lost and
 * a copy of the criteria weights and catalogue it was computed with (so it stays reproducible when
 * admins later change either). Written only by the scoring job (Local API, access overridden):
 * nobody creates, edits or deletes a snapshot through the API or the admin panel. Public to read.
 */
export const TransparencySnapshots: CollectionConfig = {
  slug: 'transparency-snapshots',
  labels: {
    singular: { vi: 'Kết quả chấm điểm minh bạch', en: 'Transparency snapshot' },
    plural: { vi: 'Kết quả chấm điểm minh bạch', en: 'Transparency snapshots' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['agency', 'periodLabel', 'total', 'completeness', 'timeliness', 'criteriaVersion', 'computedAt'],
    group: { vi: 'Minh bạch', en: 'Transparency' },
    description: {
      vi: 'Do hệ thống tính tự động hằng ngày (hoặc khi bấm "Tính lại" trên bảng điều khiển). Không sửa tay được.',
      en: 'Computed automatically every day (or with "Recompute" on the dashboard). Cannot be edited by hand.',
    },
  },
  access: { read: () => true, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-periodTo',
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã', en: 'Key' }, admin: { readOnly: true } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { vi: 'Cơ quan', en: 'Agency' }, admin: { readOnly: true } },
    { name: 'agencyKind', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'periodKey', type: 'text', required: true, index: true, label: { vi: 'Kỳ', en: 'Period' }, admin: { readOnly: true } },
    { name: 'periodFrom', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'periodTo', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'periodLabel', type: 'text', required: true, label: { vi: 'Kỳ', en: 'Period' }, admin: { readOnly: true } },
    { name: 'evaluatedOn', type: 'text', required: true, label: { vi: 'Ngày đánh giá', en: 'Evaluated on' }, admin: { readOnly: true } },
    { name: 'computedAt', type: 'date', required: true, label: { vi: 'Thời điểm tính', en: 'Computed at' }, admin: { readOnly: true } },
    { name: 'criteriaVersion', type: 'text', required: true, index: true, label: { vi: 'Phiên bản tiêu chí', en: 'Criteria version' }, admin: { readOnly: true } },
    { name: 'total', type: 'number', index: true, label: { vi: 'Điểm', en: 'Score' }, admin: { readOnly: true } },
    { name: 'completeness', type: 'number', label: { vi: 'Đầy đủ', en: 'Completeness' }, admin: { readOnly: true } },
    { name: 'timeliness', type: 'number', label: { vi: 'Kịp thời', en: 'Timeliness' }, admin: { readOnly: true } },
    { name: 'freshness', type: 'number', label: { vi: 'Cập nhật', en: 'Freshness' }, admin: { readOnly: true } },
    { name: 'english', type: 'number', label: { vi: 'Tiếng Anh', en: 'English' }, admin: { readOnly: true } },
    { name: 'answers', type: 'number', label: { vi: 'Trả lời đúng hạn', en: 'Answers on time' }, admin: { readOnly: true } },
    { name: 'dossiers', type: 'number', label: { vi: 'Hồ sơ', en: 'Dossiers' }, admin: { readOnly: true } },
    { name: 'pointsLostRows', type: 'number', label: { vi: 'Số mục bị trừ điểm', en: 'Rows losing points' }, admin: { readOnly: true } },
    { name: 'score', type: 'json', required: true, label: { vi: 'Điểm chi tiết và minh chứng', en: 'Score and evidence' }, admin: { readOnly: true } },
    { name: 'inputs', type: 'json', required: true, label: { vi: 'Tiêu chí và danh mục đã dùng', en: 'Criteria and catalogue used' }, admin: { readOnly: true } },
  ],
}
