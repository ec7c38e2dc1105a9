import { Forbidden, type CollectionConfig } from 'payload'
import { AUDIT_ACTIONS } from '@/domain/workflow'
import { adminOnlyField, nobody, readAuditLog } from './access'

export const AUDIT_LOG_SLUG = 'audit-log'

const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], { vi: string; en: string }> = {
  created: { vi: 'Tạo mới', en: 'Created' },
  edited: { vi: 'Sửa', en: 'Edited' },
  submitted: { vi: 'Gửi duyệt', en: 'Submitted for review' },
  returned: { vi: 'Trả lại để sửa', en: 'Returned for changes' },
  published: { vi: 'Xuất bản', en: 'Published' },
  unpublished: { vi: 'Gỡ xuất bản', en: 'Unpublished' },
  deleted: { vi: 'Xóa', en: 'Deleted' },
  restored: { vi: 'Khôi phục', en: 'Restored' },
  caseStep: { vi: 'Bước xử lý hồ sơ', en: 'Case step' },
}

/**
 * Who did what to which agency document, when, from where, and which version it produced.
 * Append-only: the API refuses every create, update and delete (entries come from the
 * `agencyContent` hooks through the Local API), and the hooks below refuse updates and deletes
 * even to system code that bypasses access control.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: { singular: { vi: 'Nhật ký thao tác', en: 'Audit entry' }, plural: { vi: 'Nhật ký thao tác', en: 'Audit log' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'userName', 'action', 'targetCollection', 'title', 'agency'],
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Nhật ký chỉ được ghi thêm, không ai sửa hoặc xóa được.',
      en: 'The log is append-only: nobody can edit or delete an entry.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: readAuditLog, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ operation, data, req }) => {
        if (operation !== 'create') throw new Forbidden(req.t)
        return data
      },
    ],
    beforeDelete: [
      ({ req }) => {
        throw new Forbidden(req.t)
      },
    ],
  },
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'User' } },
    { name: 'userName', type: 'text', label: { vi: 'Tên người thực hiện', en: 'User name' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
      label: { vi: 'Thao tác', en: 'Action' },
    },
    { name: 'targetCollection', type: 'text', required: true, index: true, label: { vi: 'Loại nội dung', en: 'Collection' } },
    { name: 'documentId', type: 'text', required: true, index: true, label: { vi: 'Mã tài liệu', en: 'Document ID' } },
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', index: true, label: { vi: 'Cơ quan', en: 'Agency' } },
    { name: 'versionId', type: 'text', label: { vi: 'Mã phiên bản', en: 'Version ID' } },
    // The publisher's comment when a document is returned to its editor.
    { name: 'comment', type: 'textarea', label: { vi: 'Nhận xét của người duyệt', en: 'Reviewer comment' } },
    { name: 'ip', type: 'text', label: { vi: 'Địa chỉ IP', en: 'IP address' }, access: { read: adminOnlyField } },
  ],
}
