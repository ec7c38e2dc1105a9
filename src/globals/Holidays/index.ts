import type { GlobalConfig } from 'payload'
import { isAdmin } from '@/access/roles'
import { revalidateGlobal } from '@/hooks/revalidate'
import { HOLIDAY_ENTRY_KINDS } from './merge'

/**
 * Holidays and make-up working days an administrator adds each year (the Prime Minister's notice
 * on Tết and 2/9), merged with the built-in list of src/domain/calendar. Statutory deadlines
 * (budget disclosures) count working days on the merged calendar.
 */
export const Holidays: GlobalConfig = {
  slug: 'holidays',
  label: { vi: 'Lịch nghỉ lễ, ngày làm bù', en: 'Holidays and make-up days' },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Các ngày nghỉ lễ, Tết đã có sẵn theo Bộ luật Lao động cho 2016–2028; chỉ cần thêm ngày mới được công bố hoặc sửa ngày dự kiến.',
      en: 'Statutory holidays and Tết for 2016–2028 are built in; add newly decreed days or correct provisional ones here.',
    },
  },
  access: { read: () => true, update: ({ req: { user } }) => isAdmin(user) },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    {
      name: 'entries',
      type: 'array',
      label: { vi: 'Ngày', en: 'Days' },
      labels: { singular: { vi: 'Ngày', en: 'Day' }, plural: { vi: 'Ngày', en: 'Days' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, label: { vi: 'Ngày', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'holiday',
              label: { vi: 'Loại', en: 'Kind' },
              options: HOLIDAY_ENTRY_KINDS.map((value) => ({
                value,
                label: {
                  holiday: { vi: 'Ngày nghỉ', en: 'Day off' },
                  'working-day': { vi: 'Ngày làm việc bù', en: 'Make-up working day' },
                  'not-a-holiday': { vi: 'Hủy ngày nghỉ dự kiến', en: 'Cancel a provisional day off' },
                }[value],
              })),
            },
            { name: 'name', type: 'text', localized: true, label: { vi: 'Tên', en: 'Name' } },
          ],
        },
      ],
    },
  ],
}
