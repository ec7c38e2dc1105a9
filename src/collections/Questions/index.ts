import type { CollectionConfig, Field } from 'payload'
import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { ASKER_KINDS, QUESTION_REFUSALS, QUESTION_STATES } from '@/domain/cases'
import { auditDelete } from '@/hooks/audit'
import { moveQuestionEndpoint } from './endpoint'
import { casesHandledByUser, handlesThisCase } from '@/access/caseRoles'
import { coordinatorOnly, nobody } from './access'

export const QUESTION_STATE_LABELS: Record<(typeof QUESTION_STATES)[number], { vi: string; en: string }> = {
  received: { vi: 'Mới nhận', en: 'Received' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  refused: { vi: 'Đã từ chối', en: 'Refused' },
  assigned: { vi: 'Đã chuyển cơ quan', en: 'Assigned' },
  answered: { vi: 'Đã trả lời công khai', en: 'Answered in public' },
  answeredPrivately: { vi: 'Đã trả lời riêng', en: 'Answered privately' },
}

export const ASKER_KIND_LABELS: Record<(typeof ASKER_KINDS)[number], { vi: string; en: string }> = {
  business: { vi: 'Doanh nghiệp', en: 'Business' },
  householdBusiness: { vi: 'Hộ kinh doanh', en: 'Household business' },
  citizen: { vi: 'Công dân', en: 'Citizen' },
  organisation: { vi: 'Tổ chức', en: 'Organisation' },
}

export const REFUSAL_LABELS: Record<(typeof QUESTION_REFUSALS)[number], { vi: string; en: string }> = {
  spam: { vi: 'Thư rác, nội dung không phù hợp', en: 'Spam or abusive' },
  duplicate: { vi: 'Trùng câu hỏi đã trả lời', en: 'Duplicate of an answered question' },
  outOfScope: { vi: 'Không thuộc phạm vi trả lời', en: 'Out of scope' },
  alreadyAnswered: { vi: 'Đã có câu trả lời', en: 'Already answered' },
}

const readOnly = { readOnly: true } as const
/** Written by the system only (the form, the case moves); nobody edits them through the API. */
const SYSTEM = { create: nobody, update: nobody }
const PERSONAL = { read: handlesThisCase, create: nobody, update: nobody }

const personal = (field: Field): Field => ({ ...field, access: PERSONAL } as Field)

/**
 * A question from a business or a citizen, as a case: the asker's words and contact, where it is
 * in its life (`state`, moved only by the named actions of `POST /api/questions/{id}/move`,
 * ./move.ts), its deadline and its history. Thin: the rules are src/domain/cases.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: { vi: 'Câu hỏi', en: 'Question' }, plural: { vi: 'Câu hỏi của doanh nghiệp, người dân', en: 'Questions from businesses and citizens' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'state', 'agency', 'dueOn', 'receivedOn'],
    group: { vi: 'Hỏi đáp', en: 'Questions' },
    listSearchableFields: ['code', 'title'],
    description: {
      vi: 'Câu hỏi gửi qua cổng. Văn phòng điều phối tiếp nhận, từ chối hoặc chuyển cơ quan; cơ quan được giao soạn câu trả lời ở mục "Trả lời câu hỏi". Thông tin người hỏi chỉ người xử lý được xem.',
      en: 'Questions sent through the portal. The coordinator accepts, refuses or assigns them; the assigned agency drafts the answer under "Answers". The asker’s data is visible to those handling it only.',
    },
  },
  defaultSort: 'dueOn',
  access: { read: casesHandledByUser, create: nobody, update: nobody, delete: coordinatorOnly },
  endpoints: [moveQuestionEndpoint],
  hooks: { afterDelete: [auditDelete] },
  fields: [
    {
      type: 'ui',
      name: 'caseActions',
      admin: { position: 'sidebar', components: { Field: '/components/admin/cases/CaseActions#QuestionActions' } },
    },
    { name: 'code', type: 'text', unique: true, index: true, required: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Mã theo dõi', en: 'Tracking code' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'received',
      options: QUESTION_STATES.map((value) => ({ value, label: QUESTION_STATE_LABELS[value] })),
      access: SYSTEM,
      admin: { ...readOnly, position: 'sidebar' },
      label: { vi: 'Tình trạng', en: 'State' },
    },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Cơ quan trả lời', en: 'Assigned agency' } },
    { name: 'dueOn', type: 'date', index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Hạn xử lý', en: 'Due on' } },
    { name: 'dueBasis', type: 'text', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Căn cứ thời hạn', en: 'Basis of the deadline' } },
    { name: 'remindedFor', type: 'date', access: { read: nobody, ...SYSTEM }, admin: { hidden: true } },
    { name: 'receivedOn', type: 'date', required: true, index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Ngày nhận', en: 'Received on' } },
    { name: 'assignedOn', type: 'date', access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Ngày chuyển cơ quan', en: 'Assigned on' } },
    { name: 'closedOn', type: 'date', access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Ngày kết thúc', en: 'Closed on' } },
    {
      type: 'row',
      fields: [
        { name: 'askerKind', type: 'select', required: true, options: ASKER_KINDS.map((value) => ({ value, label: ASKER_KIND_LABELS[value] })), access: SYSTEM, admin: readOnly, label: { vi: 'Người hỏi là', en: 'Asker' } },
        { name: 'field', type: 'select', required: true, index: true, options: LEGAL_FIELDS.map((f) => ({ ...f })), access: SYSTEM, admin: readOnly, label: { vi: 'Lĩnh vực', en: 'Field' } },
        { name: 'requestedAgency', type: 'relationship', relationTo: 'agencies', access: SYSTEM, admin: readOnly, label: { vi: 'Cơ quan người hỏi chọn', en: 'Agency the asker chose' } },
      ],
    },
    {
      type: 'row',
      fields: [
        personal({ name: 'askerName', type: 'text', required: true, maxLength: 120, admin: readOnly, label: { vi: 'Họ và tên', en: 'Name' } }),
        personal({ name: 'organisation', type: 'text', maxLength: 200, admin: readOnly, label: { vi: 'Doanh nghiệp / tổ chức', en: 'Business / organisation' } }),
        personal({ name: 'registrationNumber', type: 'text', maxLength: 20, admin: readOnly, label: { vi: 'Mã số doanh nghiệp', en: 'Business registration number' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        personal({ name: 'email', type: 'email', admin: readOnly, label: { vi: 'Thư điện tử', en: 'Email' } }),
        personal({ name: 'phone', type: 'text', maxLength: 20, admin: readOnly, label: { vi: 'Điện thoại', en: 'Phone' } }),
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 200, access: SYSTEM, admin: readOnly, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'question', type: 'textarea', required: true, maxLength: 6000, access: SYSTEM, admin: readOnly, label: { vi: 'Nội dung câu hỏi', en: 'Question' } },
    personal({ name: 'attachments', type: 'relationship', relationTo: 'question-attachments', hasMany: true, admin: readOnly, label: { vi: 'Tệp người hỏi gửi kèm', en: 'Files sent by the asker' } }),
    { name: 'consentToPublish', type: 'checkbox', defaultValue: false, access: SYSTEM, admin: readOnly, label: { vi: 'Đồng ý công khai câu hỏi', en: 'Agreed to publication' } },
    { name: 'publicAsker', type: 'text', access: SYSTEM, admin: { ...readOnly, description: { vi: 'Tên hiển thị công khai (tên doanh nghiệp hoặc chữ viết tắt), theo lựa chọn của người hỏi.', en: 'Shown in public (business name or initials), as the asker allowed.' } }, label: { vi: 'Hiển thị công khai là', en: 'Shown in public as' } },
    { name: 'locale', type: 'select', options: [{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }], access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Ngôn ngữ người hỏi', en: "Asker's language" } },
    { name: 'refusal', type: 'select', options: QUESTION_REFUSALS.map((value) => ({ value, label: REFUSAL_LABELS[value] })), access: SYSTEM, admin: { ...readOnly, condition: (d) => d.state === 'refused' }, label: { vi: 'Lý do từ chối', en: 'Refused because' } },
    { name: 'duplicateOf', type: 'relationship', relationTo: 'question-answers', access: SYSTEM, admin: { ...readOnly, condition: (d) => d.refusal === 'duplicate' }, label: { vi: 'Câu trả lời đã có', en: 'Earlier answer' } },
    { name: 'answer', type: 'relationship', relationTo: 'question-answers', access: SYSTEM, admin: readOnly, label: { vi: 'Câu trả lời (công khai)', en: 'Answer (public)' } },
    personal({ name: 'privateAnswer', type: 'textarea', maxLength: 8000, admin: { ...readOnly, condition: (d) => d.state === 'answeredPrivately' }, label: { vi: 'Trả lời riêng', en: 'Private answer' } }),
    { name: 'note', type: 'textarea', maxLength: 2000, access: SYSTEM, admin: { ...readOnly, condition: (d) => Boolean(d.note) }, label: { vi: 'Ghi chú của bước gần nhất', en: 'Note of the latest step' } },
    { name: 'followToken', type: 'text', index: true, access: { read: nobody, ...SYSTEM }, admin: { hidden: true } },
    {
      name: 'history',
      type: 'array',
      access: SYSTEM,
      admin: { readOnly: true, initCollapsed: true },
      label: { vi: 'Các bước đã xử lý', en: 'Steps taken' },
      fields: [
        { name: 'action', type: 'text', required: true, label: { vi: 'Bước', en: 'Step' } },
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { vi: 'Lúc', en: 'At' } },
        { name: 'by', type: 'text', label: { vi: 'Người thực hiện', en: 'By' } },
        { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
  ],
}
