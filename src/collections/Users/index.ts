import type { CollectionConfig } from 'payload'
import { portalHostsStrategy } from '@/lib/adminHosts'
import { adminOnly, adminOnlyField, readUsers, staffOnly, updateUsers } from './access'
import { forgiveLogin, throttleLogin } from './hooks/loginThrottle'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'isAdmin', 'agencies'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  auth: {
    // No account lockout: Payload's locks the account whoever sends the wrong passwords, so anyone
    // could lock out a known e-mail. Sign-in is throttled per (client address, account) and per
    // address instead, before the password is checked (hooks/loginThrottle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // The login cookie from agency domains (data, changed at run time): see src/lib/adminHosts.ts.
    strategies: [portalHostsStrategy],
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && (process.env.PUBLIC_URL ?? '').startsWith('https://'),
    },
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [forgiveLogin],
  },
  access: {
    read: readUsers,
    create: adminOnly,
    update: updateUsers,
    delete: adminOnly,
    // The admin panel is for staff; businesses (the marketplace's accounts) sign in elsewhere.
    admin: staffOnly,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Họ và tên', en: 'Full name' },
    },
    {
      name: 'isAdmin',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Quản trị hệ thống (CNTT tỉnh)', en: 'System administrator (province IT)' },
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { position: 'sidebar' },
      saveToJWT: true,
    },
    // The `agencies` membership array (agency + roles) is added by the multi-tenant plugin,
    // see src/plugins/index.ts.
  ],
}
