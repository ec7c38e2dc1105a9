import type { Field } from 'payload'

/**
 * Where a document stands in the editorial workflow (draft → submitted → published). Shown
 * read-only: editors submit with the "Gửi duyệt" button, translators with "Gửi bản dịch",
 * publishers publish or return (src/components/admin/workflow/); "published" is set by the
 * system when a publisher publishes (see `syncWorkflowState`).
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
      readOnly: true,
      description: {
        vi: 'Gửi duyệt bằng nút ở đầu trang; người duyệt đăng xuất bản hoặc trả lại kèm nhận xét.',
        en: 'Submit with the button at the top of the page; publishers publish or return it with a comment.',
      },
    },
  }
}

/**
 * The last review decision, kept in every version (the document's history): a publisher's
 * return comment, who returned it and when, and how many publishers the last submission was
 * sent to. Written only by `syncWorkflowState`; shown by the review notice at the top of the form.
 */
export function reviewFields(): Field[] {
  return [
    {
      name: 'reviewNotice',
      type: 'ui',
      admin: { components: { Field: '/components/admin/workflow/ReviewNotice#ReviewNotice' } },
    },
    {
      name: 'review',
      type: 'group',
      label: { vi: 'Nhận xét duyệt', en: 'Review' },
      admin: { hidden: true },
      fields: [
        { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét của người duyệt', en: 'Reviewer comment' } },
        { name: 'returnedBy', type: 'text', label: { vi: 'Người trả lại', en: 'Returned by' } },
        { name: 'returnedAt', type: 'date', label: { vi: 'Thời điểm trả lại', en: 'Returned at' } },
        { name: 'notified', type: 'number', label: { vi: 'Số người duyệt được báo', en: 'Publishers notified' } },
      ],
    },
  ]
}
