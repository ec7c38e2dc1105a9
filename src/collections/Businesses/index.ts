import type { CollectionConfig } from 'payload'
import { moderatorField, readBusinesses, updateBusinesses } from '@/access/marketplace'
import { isAdmin } from '@/access/roles'
import { forgiveLogin, throttleLogin } from '../Users/hooks/loginThrottle'
import { keepVerificationHonest, revalidateVerification, normalizeRegistration, validatePhone, validateRegistration, verificationEmail, verificationSubject } from './hooks'

/**
 * Business accounts of the province's e-commerce exchange: a second auth collection, separate
 * from staff (`users`), with ids of its own. A business registers itself (REST
 * `POST /api/businesses`), confirms its e-mail address (Payload's `verify`; the message goes
 * through the portal's mail transport — logged to the console without SMTP), signs in at
 * `POST /api/businesses/login` and manages its own booth, products and images only. The
 * Department of Industry and Trade verifies it (`verified`, `verifiedAt`) before anything it
 * publishes is approved. Never public: pages read only the verification date and legal name.
 */
export const Businesses: CollectionConfig = {
  slug: 'businesses',
  labels: { singular: { vi: 'Doanh nghiệp', en: 'Business' }, plural: { vi: 'Doanh nghiệp trên sàn', en: 'Marketplace businesses' } },
  admin: {
    useAsTitle: 'legalName',
    defaultColumns: ['legalName', 'registrationNumber', 'commune', 'verified', 'verifiedAt'],
    group: { vi: 'Sàn thương mại điện tử', en: 'E-commerce exchange' },
  },
  auth: {
    verify: {
      generateEmailHTML: ({ req, token, user }) => verificationEmail(req, token, user as { legalName?: string; email?: string }),
      generateEmailSubject: ({ req }) => verificationSubject(req),
    },
    // As for staff: no account lockout (anyone could lock out a known e-mail); sign-in is throttled
    // per address and account before the password is checked.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && (process.env.PUBLIC_URL ?? '').startsWith('https://'),
    },
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [forgiveLogin],
    beforeChange: [keepVerificationHonest],
    afterChange: [revalidateVerification],
  },
  access: {
    read: readBusinesses,
    // Self-registration: anyone (the verification fields are the moderator's, see below).
    create: () => true,
    update: updateBusinesses,
    delete: ({ req: { user } }) => isAdmin(user),
    // Businesses never use the staff admin panel.
    admin: () => false,
  },
  fields: [
    {
      name: 'registrationNumber',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã số doanh nghiệp', en: 'Business registration number' },
      admin: { description: { vi: '10 chữ số, đơn vị phụ thuộc thêm -NNN (ví dụ 3000123456-001).', en: '10 digits; a dependent unit adds -NNN (e.g. 3000123456-001).' } },
      hooks: { beforeValidate: [normalizeRegistration] },
      validate: validateRegistration,
    },
    { name: 'legalName', type: 'text', required: true, maxLength: 200, label: { vi: 'Tên doanh nghiệp (theo đăng ký)', en: 'Legal name (as registered)' } },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', required: true, maxLength: 300, label: { vi: 'Địa chỉ trụ sở', en: 'Head office address' } },
        {
          name: 'commune',
          type: 'relationship',
          relationTo: 'agencies',
          required: true,
          filterOptions: { kind: { equals: 'commune' } },
          label: { vi: 'Xã, phường', en: 'Commune/ward' },
        },
      ],
    },
    { name: 'representative', type: 'text', required: true, maxLength: 120, label: { vi: 'Người đại diện theo pháp luật', en: 'Legal representative' } },
    { name: 'phone', type: 'text', required: true, maxLength: 20, validate: validatePhone, label: { vi: 'Điện thoại liên hệ', en: 'Contact phone' } },
    {
      name: 'verified',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đã được Sở Công Thương xác minh', en: 'Verified by the Department of Industry and Trade' },
      access: { create: () => false, update: moderatorField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'verifiedAt',
      type: 'date',
      label: { vi: 'Ngày xác minh', en: 'Verified on' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
