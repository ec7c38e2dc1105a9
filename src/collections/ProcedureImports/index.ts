import type { CollectionConfig } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, isAdmin, staffId } from '@/access/roles'
import { MAX_BYTES } from '@/domain/budget'
import { localizeUploadErrors } from '@/hooks/uploadGuard'
import { XLSX_MIME } from '../BudgetTableFiles'
import { importProcedureFile, typeFromBytes } from './hooks'

/**
 * Imports of procedures from the national database's exports (CSV/XLSX): a dry run reports what
 * would be created, updated and refused; an import writes all rows or none. The file is read
 * while saving and not kept; the report is.
 */
export const ProcedureImports: CollectionConfig = {
  slug: 'procedure-imports',
  labels: { singular: { vi: 'Lần nhập thủ tục', en: 'Procedure import' }, plural: { vi: 'Nhập thủ tục', en: 'Procedure imports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'mode', 'applied', 'toCreate', 'toUpdate', 'refused', 'createdAt'],
    group: { vi: 'Dịch vụ công', en: 'Public services' },
    description: {
      vi: 'Tải tệp CSV hoặc Excel (.xlsx) xuất từ CSDL thủ tục hành chính quốc gia. Chọn "Chạy thử" để xem trước dòng nào sẽ được tạo mới, cập nhật hoặc bị từ chối; chọn "Nhập" để ghi — chỉ ghi khi không có dòng nào bị từ chối, và ghi tất cả hoặc không ghi gì. Thủ tục được nhập ở trạng thái nháp để người duyệt xuất bản. Cột cần có: Mã thủ tục, Tên thủ tục, Cơ quan (đường dẫn rút gọn, ví dụ so-tu-phap), Mức độ.',
      en: 'Upload a CSV or Excel (.xlsx) export of the national procedure database. "Dry run" previews which rows would be created, updated or refused; "Import" writes — only when no row is refused, and all rows or none. Imported procedures are drafts for publishers to publish.',
    },
  },
  defaultSort: '-createdAt',
  upload: { disableLocalStorage: true, filesRequiredOnCreate: false, mimeTypes: ['text/csv', XLSX_MIME] },
  access: {
    // Own imports only; a business's id is not a staff id (staffId is null for it).
    read: ({ req: { user } }) => isAdmin(user) || (staffId(user) !== null ? { user: { equals: staffId(user) } } : false),
    create: ({ req: { user } }) => isAdmin(user) || agencyIdsWithRole(user, AUTHORING_ROLES).length > 0,
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeOperation: [typeFromBytes], beforeChange: [importProcedureFile], afterError: [localizeUploadErrors(MAX_BYTES)] },
  fields: [
    {
      name: 'mode',
      type: 'radio',
      required: true,
      defaultValue: 'dry-run',
      options: [
        { value: 'dry-run', label: { vi: 'Chạy thử (chỉ xem trước, không ghi)', en: 'Dry run (preview only)' } },
        { value: 'apply', label: { vi: 'Nhập (ghi tất cả hoặc không ghi gì)', en: 'Import (all rows or none)' } },
      ],
      label: { vi: 'Cách nhập', en: 'Mode' },
    },
    { name: 'title', type: 'text', admin: { readOnly: true }, label: { vi: 'Lần nhập', en: 'Import' } },
    { name: 'outcome', type: 'text', admin: { readOnly: true }, label: { vi: 'Kết quả', en: 'Outcome' } },
    { name: 'applied', type: 'checkbox', admin: { readOnly: true }, label: { vi: 'Đã ghi', en: 'Written' } },
    { name: 'user', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { vi: 'Người nhập', en: 'By' } },
    {
      type: 'row',
      fields: [
        { name: 'toCreate', type: 'number', admin: { readOnly: true }, label: { vi: 'Tạo mới', en: 'Create' } },
        { name: 'toUpdate', type: 'number', admin: { readOnly: true }, label: { vi: 'Cập nhật', en: 'Update' } },
        { name: 'refused', type: 'number', admin: { readOnly: true }, label: { vi: 'Dòng bị từ chối', en: 'Rows refused' } },
      ],
    },
    {
      name: 'plan',
      type: 'array',
      admin: { readOnly: true },
      label: { vi: 'Chi tiết từng dòng', en: 'Row by row' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'row', type: 'number', label: { vi: 'Dòng', en: 'Row' } },
            { name: 'code', type: 'text', label: { vi: 'Mã', en: 'Code' } },
            {
              name: 'action',
              type: 'select',
              options: [
                { value: 'create', label: { vi: 'Tạo mới', en: 'Create' } },
                { value: 'update', label: { vi: 'Cập nhật', en: 'Update' } },
                { value: 'refuse', label: { vi: 'Từ chối', en: 'Refused' } },
              ],
              label: { vi: 'Việc', en: 'Action' },
            },
            { name: 'message', type: 'text', label: { vi: 'Nội dung', en: 'Details' } },
          ],
        },
      ],
    },
  ],
}
