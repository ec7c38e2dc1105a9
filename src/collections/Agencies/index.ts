import type { CollectionConfig } from 'payload'
import { adminOnlyField } from '@/access/fields'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { revalidateAgency } from '@/hooks/revalidate'
import { syncSearchAfterChange, syncSearchAfterDelete } from '@/search/sync'
import { adminOnly, readAgencies, updateAgencies } from './access'
import { computeEnglishGaps, REQUIRED_ENGLISH } from './hooks/englishGaps'
import { AGENCY_KINDS } from './kinds'

/** Agencies are the portal's tenants: every document belongs to one. */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: {
    singular: { vi: 'Cơ quan', en: 'Agency' },
    plural: { vi: 'Cơ quan, đơn vị', en: 'Agencies' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', 'englishGaps'],
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Luật yêu cầu giới thiệu, chức năng nhiệm vụ và thông tin liên hệ bằng tiếng Anh. Cột "Thiếu tiếng Anh" cho biết cơ quan nào chưa đủ.',
      en: 'The law requires the introduction, functions and contacts in English. The "Missing English" column shows which agencies lack them.',
    },
  },
  access: {
    read: readAgencies,
    create: adminOnly,
    update: updateAgencies,
    delete: adminOnly,
  },
  hooks: {
    beforeChange: [computeEnglishGaps],
    afterChange: [syncSearchAfterChange, revalidateAgency],
    afterDelete: [syncSearchAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên cơ quan', en: 'Name' } },
    { name: 'shortName', type: 'text', localized: true, label: { vi: 'Tên viết tắt', en: 'Short name' } },
    slugField({ from: 'name' }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: AGENCY_KINDS.map((k) => ({ value: k.value, label: k.label })),
      label: { vi: 'Loại cơ quan', en: 'Kind' },
      admin: { position: 'sidebar' },
      index: true,
      // Kind and parent decide an agency's disclosure obligations and transparency score: admins only.
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      // The start of the agency's disclosure obligations for the transparency index
      // (src/domain/transparency/obligations.ts); empty = the day of its first item on the portal.
      name: 'transparencyFrom',
      type: 'date',
      label: { vi: 'Tính điểm minh bạch từ ngày', en: 'Transparency scored from' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: {
          vi: 'Để trống: tính từ ngày cơ quan đăng nội dung đầu tiên lên cổng. Nhập ngày nghĩa vụ công khai bắt đầu nếu khác (cơ quan mới thành lập, sáp nhập). Các kỳ trước ngày này hiện "chưa có dữ liệu", không tính 0. Điểm được tính lại trong lần chạy kế tiếp.',
          en: 'Empty: from the day the agency first published on the portal. Enter the day its disclosure obligations start when different (a new or merged agency). Periods before it show "no data", never 0. Scores change at the next recomputation.',
        },
      },
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'agencies',
      label: { vi: 'Cơ quan cấp trên', en: 'Parent agency' },
      admin: { position: 'sidebar' },
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'domains',
      type: 'array',
      label: { vi: 'Tên miền riêng', en: 'Own domains' },
      admin: {
        position: 'sidebar',
        description: { vi: 'Ví dụ: sokhcn.hatinh.gov.vn', en: 'For example: sokhcn.hatinh.gov.vn' },
      },
      access: { create: adminOnlyField, update: adminOnlyField },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          index: true,
          validate: (value: unknown) =>
            typeof value === 'string' && /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/.test(value)
              ? true
              : 'Tên miền không hợp lệ / Invalid domain name',
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Giới thiệu', en: 'Introduction' },
          fields: [
            { name: 'introduction', type: 'richText', localized: true, label: { vi: 'Giới thiệu', en: 'Introduction' } },
            { name: 'functions', type: 'richText', localized: true, label: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and tasks' } },
          ],
        },
        {
          label: { vi: 'Liên hệ', en: 'Contacts' },
          fields: [
            { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
            { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' } },
          ],
        },
        {
          label: { vi: 'Lãnh đạo', en: 'Leaders' },
          fields: [
            {
              name: 'leaders',
              type: 'array',
              label: { vi: 'Lãnh đạo', en: 'Leaders' },
              fields: [
                { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Name' } },
                { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Chức vụ', en: 'Title' } },
                { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
                { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'englishGaps',
      type: 'select',
      hasMany: true,
      options: REQUIRED_ENGLISH.map((value) => ({ value, label: value })),
      label: { vi: 'Thiếu tiếng Anh', en: 'Missing English' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
