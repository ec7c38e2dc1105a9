import { ValidationError, type Block, type CollectionBeforeValidateHook, type CollectionConfig, type Field } from 'payload'
import { slugField } from '@/fields/slug'
import { requiredInDefaultLocale } from '@/fields/validators'
import { ANSWER_LIMITS } from '@/domain/surveys'

/**
 * Satisfaction surveys (khảo sát), built by editors with Payload's form-builder plugin
 * (`@payloadcms/plugin-form-builder`, wired in src/plugins/surveys.ts): the plugin's `forms`
 * collection renamed `surveys`, owned by one agency (a survey of the Provincial People's
 * Committee is the province's), with the portal's editorial workflow (agencyContent) and the
 * survey's own settings: open and close days, one response per visitor, results live or after
 * closing. Answers are `survey-responses` (the plugin's submissions).
 */
export const SURVEYS = 'surveys'

const bi = (vi: string, en: string) => ({ vi, en })

const day = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'date',
  required: true,
  index: true,
  label,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }, width: '50%' },
})

const questionName: Field = {
  name: 'name',
  type: 'text',
  required: true,
  label: bi('Mã câu hỏi (không dấu, không trùng, ví dụ: muc-hai-long)', 'Question key (no accents, unique, e.g. satisfaction)'),
  validate: (v: unknown) => (typeof v === 'string' && /^[a-z0-9][a-z0-9-_]*$/i.test(v) ? true : 'Chỉ dùng chữ không dấu, số và dấu gạch ngang.'),
}
const questionLabel: Field = { name: 'label', type: 'text', localized: true, validate: requiredInDefaultLocale, label: bi('Câu hỏi', 'Question') }
const requiredBox: Field = { name: 'required', type: 'checkbox', label: bi('Bắt buộc trả lời', 'Answer required') }
const options: Field = {
  name: 'options',
  type: 'array',
  minRows: 2,
  maxRows: ANSWER_LIMITS.maxOptions,
  label: bi('Các lựa chọn', 'Options'),
  labels: { singular: bi('Lựa chọn', 'Option'), plural: bi('Lựa chọn', 'Options') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true, label: bi('Nội dung lựa chọn', 'Option text'), admin: { width: '60%' } },
        { name: 'value', type: 'text', required: true, label: bi('Mã (không dấu)', 'Key (no accents)'), admin: { width: '40%' } },
      ],
    },
  ],
}

/** Several answers may be ticked (the plugin's checkbox is one yes/no box). */
export const multipleChoiceBlock: Block = {
  slug: 'multipleChoice',
  labels: { singular: bi('Nhiều lựa chọn', 'Multiple choice'), plural: bi('Nhiều lựa chọn', 'Multiple choice') },
  fields: [{ type: 'row', fields: [questionName, questionLabel] }, options, requiredBox],
}

/** A rating scale (1–5 by default) with the words for both ends. */
export const scaleBlock: Block = {
  slug: 'scale',
  labels: { singular: bi('Thang điểm', 'Scale'), plural: bi('Thang điểm', 'Scales') },
  fields: [
    { type: 'row', fields: [questionName, questionLabel] },
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', required: true, defaultValue: 1, min: 0, max: 1, label: bi('Điểm thấp nhất', 'Lowest point'), admin: { width: '50%' } },
        { name: 'max', type: 'number', required: true, defaultValue: 5, min: 2, max: 10, label: bi('Điểm cao nhất', 'Highest point'), admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'minLabel', type: 'text', localized: true, label: bi('Nhãn điểm thấp nhất (ví dụ: Rất không hài lòng)', 'Lowest point label (e.g. Very dissatisfied)'), admin: { width: '50%' } },
        { name: 'maxLabel', type: 'text', localized: true, label: bi('Nhãn điểm cao nhất (ví dụ: Rất hài lòng)', 'Highest point label (e.g. Very satisfied)'), admin: { width: '50%' } },
      ],
    },
    requiredBox,
  ],
}

/** The plugin's blocks the portal offers, with Vietnamese names for editors. */
export const PLUGIN_BLOCKS = {
  radio: { labels: { singular: bi('Một lựa chọn', 'Single choice'), plural: bi('Một lựa chọn', 'Single choice') } },
  text: { labels: { singular: bi('Trả lời ngắn', 'Short text'), plural: bi('Trả lời ngắn', 'Short text') } },
  textarea: { labels: { singular: bi('Trả lời dài', 'Long text'), plural: bi('Trả lời dài', 'Long text') } },
} as const

const endAfterStart: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const start = (data?.startDate ?? originalDoc?.startDate) as string | undefined
  const end = (data?.endDate ?? originalDoc?.endDate) as string | undefined
  if (start && end && end < start) {
    const message = req.i18n?.language === 'en' ? 'The survey cannot close before it opens: set the closing day on or after the opening day.' : 'Ngày kết thúc khảo sát không được trước ngày bắt đầu: chọn lại ngày kết thúc.'
    throw new ValidationError({ collection: SURVEYS, errors: [{ path: 'endDate', message }] }, req.t)
  }
  return data
}

/** The plugin's default fields kept (title, questions), relabelled; its e-mail/confirmation settings left out. */
export function surveyFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  const byName = (n: string) => defaultFields.find((f) => 'name' in f && f.name === n)
  const title = byName('title')
  const questions = byName('fields')
  if (!title || !questions || questions.type !== 'blocks') throw new Error('form-builder: unexpected form fields')
  return [
    { ...title, type: 'text', localized: true, required: false, validate: requiredInDefaultLocale, label: bi('Tên khảo sát', 'Survey title') } as Field,
    slugField({ from: 'title' }),
    { name: 'intro', type: 'textarea', localized: true, label: bi('Lời giới thiệu (mục đích, ai nên trả lời, mất bao lâu)', 'Introduction (purpose, who should answer, how long it takes)') },
    { type: 'row', fields: [day('startDate', bi('Ngày bắt đầu', 'Opens')), day('endDate', bi('Ngày kết thúc', 'Closes'))] },
    {
      type: 'row',
      fields: [
        { name: 'onePerVisitor', type: 'checkbox', defaultValue: true, label: bi('Mỗi người chỉ trả lời một lần', 'One response per visitor'), admin: { width: '50%', description: bi('Lần trả lời thứ hai từ cùng một người sẽ không được tính (không lưu địa chỉ IP).', 'A second response from the same visitor is not counted (no IP address is stored).') } },
        { name: 'liveResults', type: 'checkbox', defaultValue: false, label: bi('Công khai kết quả ngay trong khi khảo sát', 'Show results while the survey is open'), admin: { width: '50%', description: bi('Không chọn: kết quả chỉ công khai sau ngày kết thúc.', 'Unticked: results are published once the survey has closed.') } },
      ],
    },
    { ...questions, minRows: 1, maxRows: ANSWER_LIMITS.maxQuestions, label: bi('Câu hỏi', 'Questions'), labels: { singular: bi('Câu hỏi', 'Question'), plural: bi('Câu hỏi', 'Questions') } },
  ]
}

export const surveyOverrides: Partial<Omit<CollectionConfig, 'fields'>> & { fields: typeof surveyFields } = {
  slug: SURVEYS,
  labels: { singular: bi('Khảo sát', 'Survey'), plural: bi('Khảo sát ý kiến', 'Surveys') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startDate', 'endDate', 'agency', '_status'],
    group: bi('Tham vấn', 'Consultation'),
    description: bi(
      'Khảo sát sự hài lòng của người dân, doanh nghiệp. Thêm câu hỏi (một lựa chọn, nhiều lựa chọn, thang điểm, trả lời ngắn/dài), chọn ngày bắt đầu, kết thúc rồi gửi duyệt. Câu trả lời xem ở “Câu trả lời khảo sát”.',
      'Satisfaction surveys of citizens and businesses. Add questions (single or multiple choice, scale, short/long text), set the opening and closing days, then submit for review. Answers are under “Survey responses”.',
    ),
  },
  defaultSort: '-startDate',
  hooks: { beforeValidate: [endAfterStart] },
  fields: surveyFields,
}
