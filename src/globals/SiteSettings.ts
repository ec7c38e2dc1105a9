import type { GlobalConfig } from 'payload'
import { isAdmin } from '@/access/roles'
import { revalidateGlobal } from '@/hooks/revalidate'

/** Province-wide identity and contacts shown in every page's footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Cấu hình cổng', en: 'Site settings' },
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  access: { read: () => true, update: ({ req: { user } }) => isAdmin(user) },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    { name: 'ownerName', type: 'text', localized: true, required: true, label: { vi: 'Cơ quan chủ quản', en: 'Owner' } },
    { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
    { name: 'responsible', type: 'text', localized: true, label: { vi: 'Người chịu trách nhiệm', en: 'Responsible person' } },
    { name: 'licence', type: 'text', localized: true, label: { vi: 'Giấy phép', en: 'Licence' } },
  ],
}
