import type { Field } from 'payload'

/**
 * Where a document stands in the editorial workflow (draft → submitted → published). Editors set
 * "submitted" to ask the agency's publishers for review (they are e-mailed); "published" is set
 * by the system when a publisher publishes (see `syncWorkflowState`).
 */
export function workflowStateField(): Field {
  return {
    name: 'workflowState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: { vi: 'Quy trình duyệt', en: 'Review workflow' },
    options: [
      { value: 'draft', label: { vi: 'Đang soạn thảo', en: 'Draft' } },
      { value: 'submitted', label: { vi: 'Đã gửi duyệt', en: 'Submitted for review' } },
      { value: 'published', label: { vi: 'Đã xuất bản', en: 'Published' } },
    ],
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Chọn "Đã gửi duyệt" rồi lưu bản nháp để báo người duyệt đăng của cơ quan (qua thư điện tử).',
        en: 'Choose "Submitted for review" and save the draft to notify the agency\'s publishers by e-mail.',
      },
    },
  }
}
