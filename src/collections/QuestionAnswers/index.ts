import type { CollectionConfig } from 'payload'
import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { ASKER_KINDS } from '@/domain/cases'
import { requiredInDefaultLocale } from '@/fields/validators'
import { closeQuestionOnPublish } from './hooks'
import { handlesThisCase } from '@/access/caseRoles'
import { ASKER_KIND_LABELS } from '../Questions'
import { agencyContent } from '../shared/agencyContent'

const readOnly = { readOnly: true } as const
const SYSTEM = { create: () => false, update: () => false }

/**
 * The public side of a question: its public wording and the agency's answer, drafted by the
 * assigned agency's editor and published by its publisher through the editorial workflow
 * (submit → publish). Created by the coordinator's "assign" step with a copy of the question's
 * title, text, field and the asker as they allowed to be shown — never the asker's name or contact.
 * Publishing it closes the question and tells the asker (./hooks.ts).
 */
export const QuestionAnswers: CollectionConfig = agencyContent({
  slug: 'question-answers',
  labels: { singular: { vi: 'Trả lời câu hỏi', en: 'Answer' }, plural: { vi: 'Trả lời câu hỏi', en: 'Answers to questions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'code', 'agency', 'dueOn', '_status'],
    group: { vi: 'Hỏi đáp', en: 'Questions' },
    description: {
      vi: 'Soạn câu trả lời rồi bấm "Gửi duyệt"; lãnh đạo cơ quan "Xuất bản" để công khai câu hỏi cùng câu trả lời và báo cho người hỏi.',
      en: 'Draft the answer, then "Submit for review"; the agency’s publisher publishes it, which makes the question and answer public and tells the asker.',
    },
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, maxLength: 200, label: { vi: 'Câu hỏi (tiêu đề công khai)', en: 'Question (public title)' } },
    {
      name: 'questionText',
      type: 'textarea',
      localized: true,
      maxLength: 6000,
      label: { vi: 'Nội dung câu hỏi (công khai)', en: 'Question (public text)' },
      admin: { description: { vi: 'Có thể biên tập lại để bỏ thông tin cá nhân người hỏi đã viết trong câu hỏi.', en: 'May be edited to remove personal details the asker wrote in the question.' } },
    },
    { name: 'answer', type: 'richText', localized: true, label: { vi: 'Trả lời', en: 'Answer' } },
    {
      name: 'relatedDocuments',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: { vi: 'Văn bản pháp luật được dẫn', en: 'Legal documents cited' },
      admin: { position: 'sidebar' },
    },
    { name: 'slug', type: 'text', unique: true, index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Đường dẫn', en: 'Slug' } },
    { name: 'code', type: 'text', index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Mã câu hỏi', en: 'Question code' } },
    { name: 'field', type: 'select', index: true, options: LEGAL_FIELDS.map((f) => ({ ...f })), admin: { position: 'sidebar' }, label: { vi: 'Lĩnh vực', en: 'Field' } },
    { name: 'askerKind', type: 'select', options: ASKER_KINDS.map((value) => ({ value, label: ASKER_KIND_LABELS[value] })), access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Người hỏi là', en: 'Asker' } },
    { name: 'publicAsker', type: 'text', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Người hỏi (hiển thị)', en: 'Asker (as shown)' } },
    { name: 'askedOn', type: 'date', index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Ngày hỏi', en: 'Asked on' } },
    { name: 'dueOn', type: 'date', access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Hạn trả lời', en: 'Due on' } },
    { name: 'answeredOn', type: 'date', index: true, access: SYSTEM, admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } }, label: { vi: 'Ngày trả lời', en: 'Answered on' } },
    { name: 'daysTaken', type: 'number', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Số ngày làm việc', en: 'Working days taken' } },
    { name: 'onTime', type: 'checkbox', access: SYSTEM, admin: { ...readOnly, position: 'sidebar' }, label: { vi: 'Đúng hạn', en: 'On time' } },
    {
      name: 'question',
      type: 'relationship',
      relationTo: 'questions',
      index: true,
      // The link to the case (and so to the asker) is for those handling it only.
      access: { read: handlesThisCase, ...SYSTEM },
      admin: { ...readOnly, position: 'sidebar' },
      label: { vi: 'Hồ sơ câu hỏi', en: 'Question case' },
    },
  ],
  hooks: { afterChange: [closeQuestionOnPublish] },
})
