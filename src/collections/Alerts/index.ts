import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Validate } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, idOf } from '@/access/roles'
import { ALERT_SEVERITIES, isSafeAlertLink, windowProblem } from '@/domain/alerts'
import { auditChange, auditDelete } from '@/hooks/audit'
import { expireTags } from '@/hooks/revalidate'
import { tags } from '@/lib/cacheTags'
import { isProvinceEditor } from '@/access/province'
import { changeAlert, createAlert, readAlerts } from './access'

type ID = number | string
const en = (req: { i18n?: { language?: string } } | undefined) => req?.i18n?.language === 'en'

/** Agency editors may only pick one of their own agencies; only province editors leave it empty. */
const validateAgency: Validate = async (value, { req }) => {
  // No user: a system write (seed, scripts); the collection's access already refuses anonymous writes.
  if (!req?.user || (await isProvinceEditor(req))) return true
  const id = idOf(value as ID | { id: ID } | null | undefined)
  if (id !== null && agencyIdsWithRole(req.user, AUTHORING_ROLES).some((a) => String(a) === String(id))) return true
  return en(req)
    ? 'Choose your own agency: only province editors publish province-wide alerts or other agencies’ alerts.'
    : 'Hãy chọn cơ quan của bạn: chỉ biên tập viên cấp tỉnh được đăng cảnh báo toàn tỉnh hoặc của cơ quan khác.'
}

const validateExpiry: Validate = (value, { req, siblingData }) => {
  const problem = windowProblem((siblingData as { startsAt?: string }).startsAt, value as string | null)
  if (!problem) return true
  if (problem === 'missing') return en(req) ? 'Enter when the alert starts and when it expires.' : 'Hãy nhập thời điểm bắt đầu và hết hạn của cảnh báo.'
  return en(req) ? 'The expiry must be after the start.' : 'Thời điểm hết hạn phải sau thời điểm bắt đầu.'
}

const validateLink: Validate = (value, { req }) => {
  if (typeof value !== 'string' || value.trim() === '') return true
  if (isSafeAlertLink(value)) return true
  return en(req)
    ? 'Enter a path on this portal (starting with /) or an https:// address.'
    : 'Hãy nhập đường dẫn trong cổng (bắt đầu bằng /) hoặc địa chỉ https://.'
}

/** Every page shows the banner: a change expires the alerts read that every page depends on. */
const revalidateAlerts: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.skipRevalidate) await expireTags([tags.collection('alerts')])
  return doc
}

/**
 * Alert banners shown on every page while active (storm warnings, outages): province-wide or for
 * one agency's pages. The banner is server-rendered; pages stay cached and are regenerated when
 * an alert is saved (tag) and when one starts or expires (src/data/alerts.ts).
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: { vi: 'Cảnh báo', en: 'Alert' }, plural: { vi: 'Cảnh báo, thông báo khẩn', en: 'Alerts' } },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'severity', 'agency', 'startsAt', 'expiresAt'],
    group: { vi: 'Nội dung', en: 'Content' },
    description: {
      vi: 'Dải thông báo hiện trên mọi trang từ lúc bắt đầu đến lúc hết hạn (ví dụ: cảnh báo bão). Để trống "Cơ quan" để hiện toàn tỉnh.',
      en: 'A banner shown on every page from its start until it expires (e.g. a storm warning). Leave "Agency" empty to show it province-wide.',
    },
  },
  defaultSort: '-startsAt',
  // Only editors and publishers write alerts (access.ts): the translators' English-only guard,
  // which treats everyone without an authoring role in `agency` as a translator, does not apply.
  custom: { translatorScope: false },
  access: { read: readAlerts, create: createAlert, update: changeAlert, delete: changeAlert },
  hooks: { afterChange: [revalidateAlerts, auditChange], afterDelete: [revalidateAlerts, auditDelete] },
  fields: [
    { name: 'message', type: 'textarea', localized: true, required: true, maxLength: 300, label: { vi: 'Nội dung cảnh báo', en: 'Message' } },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'warning',
      options: ALERT_SEVERITIES.map((value) => ({
        value,
        label: { info: { vi: 'Thông tin', en: 'Information' }, warning: { vi: 'Cảnh báo', en: 'Warning' }, danger: { vi: 'Khẩn cấp', en: 'Emergency' } }[value],
      })),
      label: { vi: 'Mức độ', en: 'Severity' },
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      validate: validateAgency,
      label: { vi: 'Cơ quan (để trống: toàn tỉnh)', en: 'Agency (empty: province-wide)' },
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Bắt đầu', en: 'Starts' } },
        { name: 'expiresAt', type: 'date', required: true, index: true, validate: validateExpiry, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Hết hạn', en: 'Expires' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'link', type: 'text', maxLength: 500, validate: validateLink, label: { vi: 'Liên kết (không bắt buộc)', en: 'Link (optional)' } },
        { name: 'linkLabel', type: 'text', localized: true, maxLength: 80, label: { vi: 'Chữ của liên kết', en: 'Link text' } },
      ],
    },
  ],
}
