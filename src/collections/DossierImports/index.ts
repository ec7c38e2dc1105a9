import type { CollectionConfig } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, inAgencies, isAdmin } from '@/access/roles'
import { MAX_BYTES } from '@/domain/budget'
import { localizeUploadErrors } from '@/hooks/uploadGuard'
import { XLSX_MIME } from '../BudgetTableFiles'
import { importDossierFile, typeFromBytes } from './hooks'

/**
 * Every arrival of dossiers — an uploaded CSV/XLSX file or one push of the API — with what it
 * did (created, updated, unchanged, refused, and the refused rows by row and field). This is the
 * audit of pushes: entries are written by the system only and never edited.
 * The uploaded file itself is not kept (it holds applicants' phone numbers): it is read while
 * saving and dropped.
 */
export const DossierImports: CollectionConfig = {
  slug: 'dossier-imports',
  labels: { singular: { vi: 'Lần nhập hồ sơ', en: 'Dossier import' }, plural: { vi: 'Nhập hồ sơ', en: 'Dossier imports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'agency', 'source', 'created', 'updated', 'unchanged', 'refused', 'createdAt'],
    group: { vi: 'Dịch vụ công', en: 'Public services' },
    description: {
      vi: 'Tải lên tệp CSV hoặc Excel (.xlsx) xuất từ hệ thống một cửa, rồi bấm "Lưu". Dòng đúng được nhập ngay; dòng sai được liệt kê theo số dòng và cột để sửa rồi tải lại (tải lại cùng tệp không làm thay đổi gì). Cột cần có: Mã hồ sơ, Mã thủ tục, Cơ quan, Ngày tiếp nhận, Ngày hẹn trả, Trạng thái; thêm Ngày có kết quả, Số điện thoại (chỉ giữ 4 số cuối dưới dạng mã băm để tra cứu).',
      en: 'Upload a CSV or Excel (.xlsx) export of the one-stop system, then Save. Good rows land at once; bad rows are listed by row and column to fix and upload again (uploading the same file again changes nothing).',
    },
  },
  defaultSort: '-createdAt',
  upload: {
    // Read while saving, never stored: the file carries applicants' phone numbers.
    disableLocalStorage: true,
    filesRequiredOnCreate: false,
    mimeTypes: ['text/csv', XLSX_MIME],
  },
  access: {
    read: ({ req: { user } }) => (isAdmin(user) ? true : inAgencies('agency', agencyIdsWithRole(user))),
    create: ({ req: { user } }) => isAdmin(user) || agencyIdsWithRole(user, AUTHORING_ROLES).length > 0,
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeOperation: [typeFromBytes], beforeChange: [importDossierFile], afterError: [localizeUploadErrors(MAX_BYTES)] },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true }, label: { vi: 'Lần nhập', en: 'Import' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', index: true, admin: { readOnly: true }, label: { vi: 'Cơ quan', en: 'Agency' } },
    {
      name: 'source',
      type: 'select',
      options: [
        { value: 'upload', label: { vi: 'Tải tệp', en: 'File upload' } },
        { value: 'api', label: { vi: 'API', en: 'API' } },
      ],
      admin: { readOnly: true },
      label: { vi: 'Nguồn', en: 'Source' },
    },
    { name: 'user', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { vi: 'Người nhập', en: 'By' } },
    { name: 'token', type: 'relationship', relationTo: 'dossier-tokens', admin: { readOnly: true }, label: { vi: 'Mã API', en: 'API token' } },
    {
      type: 'row',
      fields: [
        { name: 'created', type: 'number', admin: { readOnly: true }, label: { vi: 'Tạo mới', en: 'Created' } },
        { name: 'updated', type: 'number', admin: { readOnly: true }, label: { vi: 'Cập nhật', en: 'Updated' } },
        { name: 'unchanged', type: 'number', admin: { readOnly: true }, label: { vi: 'Không đổi', en: 'Unchanged' } },
        { name: 'refused', type: 'number', admin: { readOnly: true }, label: { vi: 'Bị từ chối', en: 'Refused' } },
      ],
    },
    {
      name: 'problems',
      type: 'array',
      admin: { readOnly: true },
      label: { vi: 'Dòng bị từ chối', en: 'Refused rows' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'row', type: 'number', label: { vi: 'Dòng', en: 'Row' } },
            { name: 'field', type: 'text', label: { vi: 'Cột', en: 'Column' } },
            { name: 'message', type: 'text', label: { vi: 'Lỗi', en: 'Problem' } },
          ],
        },
      ],
    },
  ],
}
