import type { CollectionConfig, Field } from 'payload'
import { casesHandledByUser, handlesThisCase } from '@/access/caseRoles'
import { isAdmin } from '@/access/roles'
import { REFUSAL_GROUNDS, REQUEST_CHANNELS, REQUEST_STATES } from '@/domain/cases'
import { DELIVERY_FORMS, REQUESTER_KINDS } from '@/domain/informationRequests'
import { auditDelete } from '@/hooks/audit'
import { revalidateDeleted, revalidateDoc } from '@/hooks/revalidate'
import { moveRequestEndpoint } from './endpoint'
import { publishRequestEndpoint } from './publish'

const nobody = () => false
const SYSTEM = { create: nobody, update: nobody }
const readOnly = { readOnly: true } as const

export const REQUEST_STATE_LABELS: Record<(typeof REQUEST_STATES)[number], { vi: string; en: string }> = {
  received: { vi: 'Đã nhận', en: 'Received' },
  noticeSent: { vi: 'Đã thông báo thời hạn', en: 'Handling time notified' },
  extended: { vi: 'Đã gia hạn', en: 'Extended' },
  provided: { vi: 'Đã cung cấp', en: 'Provided' },
  partlyProvided: { vi: 'Đã cung cấp một phần', en: 'Partly provided' },
  refused: { vi: 'Từ chối', en: 'Refused' },
}

/** The requester's identity and contact: the receiving agency's editors and publishers and the coordinator only. */
const PERSONAL = { read: handlesThisCase, create: nobody, update: nobody }
const personal = (field: Field): Field => ({ ...field, access: PERSONAL }) as Field
const date = (name: string, vi: string, en: string): Field => ({ name, type: 'date', access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi, en } })

/**
 * A request for information under the Law on Access to Information (104/2016/QH13), to one agency.
 * Its register line (summary, dates, outcome, days taken, on time) is public; the requester's
 * identity, contact and own wording are readable by the agency handling it (and the coordinator)
 * only, field by field. Steps (notice, extension, provided, refused with its ground) are the named
 * actions of `POST /api/information-requests/{id}/move` (./move.ts); deadlines src/domain/cases.
 */
export const InformationRequests: CollectionConfig = {
  slug: 'information-requests',
  labels: { singular: { vi: 'Yêu cầu cung cấp thông tin', en: 'Information request' }, plural: { vi: 'Yêu cầu cung cấp thông tin', en: 'Information requests' } },
  admin: {
    useAsTitle: 'publicSummary',
    defaultColumns: ['code', 'publicSummary', 'state', 'agency', 'dueOn', 'receivedOn'],
    group: { vi: 'Hỏi đáp', en: 'Questions' },
    description: {
      vi: 'Yêu cầu theo Luật Tiếp cận thông tin. Ghi nhận từng bước (thông báo thời hạn, gia hạn, cung cấp, từ chối có căn cứ); người yêu cầu được báo qua thư ở mỗi bước.',
      en: 'Requests under the Law on Access to Information. Record each step (notice, extension, provided, refused with its ground); the requester is e-mailed at each step.',
    },
  },
  defaultSort: 'dueOn',
  access: {
    // The public register: every request's line is public, its personal fields are not (field access).
    read: () => true,
    create: nobody,
    update: casesHandledByUser,
    delete: ({ req: { user } }) => isAdmin(user),
  },
  endpoints: [moveRequestEndpoint, publishRequestEndpoint],
  // Every recorded step and summary edit expires the agency's cached public register.
  hooks: { afterChange: [revalidateDoc], afterDelete: [auditDelete, revalidateDeleted] },
  fields: [
    {
      type: 'ui',
      name: 'caseActions',
      admin: { position: 'sidebar', components: { Field: '/components/admin/cases/CaseActions#RequestActions' } },
    },
    { name: 'code', type: 'text', unique: true, index: true, required: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Mã theo dõi', en: 'Tracking code' } },
    { name: 'state', type: 'select', required: true, index: true, defaultValue: 'received', options: REQUEST_STATES.map((value) => ({ value, label: REQUEST_STATE_LABELS[value] })), access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Tình trạng', en: 'State' } },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Cơ quan được yêu cầu', en: 'Agency asked' } },
    { name: 'channel', type: 'select', required: true, defaultValue: 'online', options: REQUEST_CHANNELS.map((value) => ({ value, label: { online: { vi: 'Qua mạng', en: 'Online' }, post: { vi: 'Qua bưu điện', en: 'By post' }, office: { vi: 'Trực tiếp', en: 'At the office' } }[value] })), access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Hình thức yêu cầu', en: 'Channel' } },
    date('receivedOn', 'Ngày nhận', 'Received on'),
    date('noticeDue', 'Hạn thông báo thời hạn', 'Notice due on'),
    date('dueOn', 'Hạn cung cấp', 'Due on'),
    date('closedOn', 'Ngày trả lời', 'Answered on'),
    { name: 'dueBasis', type: 'text', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Căn cứ thời hạn', en: 'Basis of the deadline' } },
    { name: 'extensionDays', type: 'number', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Số ngày gia hạn', en: 'Extension (working days)' } },
    { name: 'daysTaken', type: 'number', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Số ngày làm việc', en: 'Working days taken' } },
    { name: 'onTime', type: 'checkbox', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Đúng hạn', en: 'On time' } },
    {
      name: 'publicSummary',
      type: 'text',
      maxLength: 300,
      required: true,
      label: { vi: 'Tóm tắt công khai', en: 'Public summary' },
      admin: { description: { vi: 'Hiện trong sổ công khai của cơ quan; không ghi thông tin người yêu cầu.', en: 'Shown in the agency’s public register; no details of the requester.' } },
    },
    { name: 'requesterKind', type: 'select', required: true, options: REQUESTER_KINDS.map((value) => ({ value, label: { citizen: { vi: 'Công dân', en: 'Citizen' }, foreignResident: { vi: 'Người nước ngoài cư trú tại Việt Nam', en: 'Foreigner residing in Việt Nam' }, organisation: { vi: 'Tổ chức (qua người đại diện)', en: 'Organisation (through a representative)' } }[value] })), access: SYSTEM, admin: readOnly, label: { vi: 'Người yêu cầu là', en: 'Requester' } },
    personal({ name: 'requesterName', type: 'text', required: true, admin: readOnly, label: { vi: 'Họ và tên', en: 'Name' } }),
    personal({ name: 'organisation', type: 'text', admin: readOnly, label: { vi: 'Tổ chức được đại diện', en: 'Organisation represented' } }),
    personal({ name: 'residence', type: 'text', admin: readOnly, label: { vi: 'Nơi cư trú', en: 'Place of residence' } }),
    personal({ name: 'identityNumber', type: 'text', admin: readOnly, label: { vi: 'Số CCCD/CMND/hộ chiếu', en: 'Identity or passport number' } }),
    personal({ name: 'email', type: 'email', admin: readOnly, label: { vi: 'Thư điện tử', en: 'Email' } }),
    personal({ name: 'phone', type: 'text', admin: readOnly, label: { vi: 'Điện thoại', en: 'Phone' } }),
    personal({ name: 'postalAddress', type: 'text', admin: readOnly, label: { vi: 'Địa chỉ nhận qua bưu điện', en: 'Postal address' } }),
    personal({ name: 'information', type: 'textarea', required: true, admin: readOnly, label: { vi: 'Thông tin được yêu cầu', en: 'Information requested' } }),
    personal({ name: 'documentName', type: 'text', admin: readOnly, label: { vi: 'Tên văn bản, hồ sơ (nếu biết)', en: 'Document (if known)' } }),
    { name: 'delivery', type: 'select', required: true, options: DELIVERY_FORMS.map((value) => ({ value, label: { email: { vi: 'Thư điện tử', en: 'E-mail' }, post: { vi: 'Bưu điện', en: 'Post' }, inPerson: { vi: 'Nhận trực tiếp', en: 'In person' } }[value] })), access: SYSTEM, admin: readOnly, label: { vi: 'Hình thức nhận', en: 'Delivery' } },
    personal({ name: 'purpose', type: 'textarea', required: true, admin: readOnly, label: { vi: 'Lý do, mục đích yêu cầu', en: 'Reason and purpose' } }),
    { name: 'ground', type: 'select', options: REFUSAL_GROUNDS.map((g) => ({ value: g.value, label: g.basis })), access: SYSTEM, admin: { ...readOnly, condition: (d) => Boolean(d.ground) }, label: { vi: 'Căn cứ từ chối', en: 'Ground for refusal' } },
    {
      name: 'disclosure',
      type: 'relationship',
      relationTo: 'news',
      access: SYSTEM,
      admin: { ...readOnly, position: 'sidebar', condition: (d) => Boolean(d.disclosure) },
      label: { vi: 'Đã công bố thành thông tin công khai', en: 'Published as a disclosure' },
    },
    { name: 'note', type: 'textarea', access: SYSTEM, admin: { ...readOnly, condition: (d) => Boolean(d.note) }, label: { vi: 'Ghi chú bước gần nhất', en: 'Note of the latest step' } },
    { name: 'followToken', type: 'text', index: true, access: { read: nobody, ...SYSTEM }, admin: { hidden: true } },
    {
      name: 'history',
      type: 'array',
      access: SYSTEM,
      admin: { readOnly: true, initCollapsed: true },
      label: { vi: 'Các bước đã xử lý', en: 'Steps taken' },
      fields: [
        { name: 'action', type: 'text', required: true, label: { vi: 'Bước', en: 'Step' } },
        { name: 'at', type: 'date', required: true, label: { vi: 'Lúc', en: 'At' } },
        { name: 'by', type: 'text', label: { vi: 'Người thực hiện', en: 'By' } },
        {
      name: 'disclosure',
      type: 'relationship',
      relationTo: 'news',
      access: SYSTEM,
      admin: { ...readOnly, position: 'sidebar', condition: (d) => Boolean(d.disclosure) },
      label: { vi: 'Đã công bố thành thông tin công khai', en: 'Published as a disclosure' },
    },
    { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
  ],
}
