import type { CollectionConfig } from 'payload'
import { DOSSIER_STATUSES } from '@/domain/services'
import { revalidateDossiers } from './hooks'
import { pushDossiersEndpoint } from './push'
import { adminOnly, readDossiers } from './access'

const statusOptions = DOSSIER_STATUSES.map((s) => ({ value: s.value, label: { ...s.label } }))
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/**
 * Dossiers (hồ sơ) as the province's one-stop system reports them: the portal does not process
 * them, it publishes their status. No applicant name or contact is stored: the look-up's second
 * factor (last four digits of the phone) is kept only as a keyed hash, never readable.
 */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: { singular: { vi: 'Hồ sơ', en: 'Dossier' }, plural: { vi: 'Hồ sơ thủ tục', en: 'Dossiers' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'procedureCode', 'agency', 'receivedAt', 'dueAt', 'status', 'resultAt'],
    group: { vi: 'Dịch vụ công', en: 'Public services' },
    listSearchableFields: ['code', 'procedureCode'],
    description: {
      vi: 'Hồ sơ nhận từ hệ thống một cửa (tải tệp ở mục "Nhập hồ sơ" hoặc qua API). Không lưu họ tên, số điện thoại của người nộp.',
      en: "Dossiers from the one-stop system (upload a file under \"Dossier imports\", or the push API). The applicant's name and phone are never stored.",
    },
  },
  defaultSort: '-receivedAt',
  access: { read: readDossiers, create: adminOnly, update: adminOnly, delete: adminOnly },
  endpoints: [pushDossiersEndpoint],
  hooks: { afterChange: [revalidateDossiers], afterDelete: [revalidateDossiers] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, unique: true, index: true, label: { vi: 'Mã hồ sơ', en: 'Dossier code' } },
        { name: 'procedureCode', type: 'text', required: true, index: true, label: { vi: 'Mã thủ tục', en: 'Procedure code' } },
      ],
    },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', index: true, label: { vi: 'Thủ tục', en: 'Procedure' }, admin: { readOnly: true } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, label: { vi: 'Cơ quan tiếp nhận', en: 'Receiving agency' } },
    { name: 'handlingUnit', type: 'text', label: { vi: 'Đơn vị xử lý', en: 'Handling unit' } },
    {
      type: 'row',
      fields: [
        { name: 'receivedAt', type: 'date', required: true, index: true, admin: dayOnly, label: { vi: 'Ngày tiếp nhận', en: 'Received on' } },
        { name: 'dueAt', type: 'date', required: true, index: true, admin: dayOnly, label: { vi: 'Ngày hẹn trả', en: 'Due on' } },
        { name: 'resultAt', type: 'date', index: true, admin: dayOnly, label: { vi: 'Ngày có kết quả', en: 'Result on' } },
      ],
    },
    { name: 'status', type: 'select', required: true, index: true, options: statusOptions, label: { vi: 'Trạng thái', en: 'Status' } },
    {
      name: 'history',
      type: 'array',
      label: { vi: 'Quá trình xử lý', en: 'Status history' },
      labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, options: statusOptions, label: { vi: 'Trạng thái', en: 'Status' } },
            { name: 'at', type: 'date', required: true, admin: dayOnly, label: { vi: 'Ngày', en: 'On' } },
          ],
        },
      ],
    },
    // HMAC of (code, last four phone digits): checked by the look-up, never returned by any API.
    { name: 'factorHash', type: 'text', hidden: true },
    {
      name: 'source',
      type: 'select',
      options: [
        { value: 'upload', label: { vi: 'Tải tệp', en: 'File upload' } },
        { value: 'api', label: { vi: 'API', en: 'API' } },
        { value: 'demo', label: { vi: 'Dữ liệu mẫu', en: 'Demo' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
      label: { vi: 'Nguồn', en: 'Source' },
    },
  ],
}
