import type { Access, CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, idOf, isAdmin } from '@/access/roles'
import { auditDelete } from '@/hooks/audit'
import { expireTags } from '@/hooks/revalidate'
import { tags } from '@/lib/cacheTags'

/**
 * Answers to a survey: the form-builder plugin's submissions collection, renamed. Written only by
 * the public survey form after the shared public-write checks (src/lib/surveys/submit.ts): the
 * create rule admits a Local API call carrying `context.surveyResponse`, which no REST request can
 * set, so `POST /api/survey-responses` (the plugin's open default) is refused and nobody skips the
 * honeypot, the rate limit or the one-response rule. Read by the owning agency's editors and
 * publishers (and admins) only; the public sees aggregates on the survey page, never a response.
 * `respondentKey` is an HMAC (src/domain/surveys/answers.ts), never an address; admins only.
 */
export const SURVEY_RESPONSES = 'survey-responses'

const bi = (vi: string, en: string) => ({ vi, en })

export const surveyStaff: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  const ids = agencyIdsWithRole(user, AUTHORING_ROLES)
  return ids.length ? { agency: { in: ids } } : false
}

const fromSurveyForm: Access = ({ req }) => req.context?.surveyResponse === true
const adminOnly: Access = ({ req: { user } }) => isAdmin(user)

/** The response belongs to its survey's agency (copied once, on create). */
const ownerFromSurvey: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const surveyId = idOf(data.form as number | { id: number } | null)
  if (surveyId === null) return data
  const survey = await req.payload.findByID({ collection: 'surveys', id: surveyId, depth: 0, overrideAccess: true, req, select: { agency: true } })
  return { ...data, agency: idOf(survey.agency as number | { id: number } | null) }
}

/** Results pages count every response: expire the survey's results read. */
const expireResults: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (req.context?.skipRevalidate) return doc
  const surveyId = idOf(doc.form as number | { id: number } | null)
  if (surveyId !== null) await expireTags([tags.collection(SURVEY_RESPONSES), tags.doc(SURVEY_RESPONSES, surveyId)])
  return doc
}

export function responseFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return [
    ...defaultFields.map((f): Field => {
      if ('name' in f && f.name === 'form') return { ...f, label: bi('Khảo sát', 'Survey'), index: true, admin: { readOnly: true } } as Field
      if ('name' in f && f.name === 'submissionData') return { ...f, label: bi('Câu trả lời', 'Answers'), admin: { readOnly: true } } as Field
      return f
    }),
    { name: 'agency', type: 'relationship', relationTo: 'agencies', index: true, admin: { readOnly: true, position: 'sidebar' }, label: bi('Cơ quan', 'Agency') },
    { name: 'lang', type: 'select', options: [{ value: 'vi', label: 'Tiếng Việt' }, { value: 'en', label: 'English' }], admin: { readOnly: true, position: 'sidebar' }, label: bi('Ngôn ngữ', 'Language') },
    {
      name: 'respondentKey',
      type: 'text',
      required: true,
      unique: true,
      admin: { hidden: true },
      access: { read: ({ req: { user } }) => isAdmin(user), update: () => false },
    },
  ]
}

export const responseOverrides: Partial<Omit<CollectionConfig, 'fields'>> & { fields: typeof responseFields } = {
  slug: SURVEY_RESPONSES,
  labels: { singular: bi('Câu trả lời khảo sát', 'Survey response'), plural: bi('Câu trả lời khảo sát', 'Survey responses') },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['form', 'createdAt', 'lang', 'agency'],
    group: bi('Tham vấn', 'Consultation'),
    description: bi('Câu trả lời của người dân, doanh nghiệp. Chỉ cán bộ của cơ quan tổ chức khảo sát xem được; trang công khai chỉ hiển thị số liệu tổng hợp.', "Citizens' and businesses' answers. Only the surveying agency's staff can read them; public pages show totals only."),
  },
  defaultSort: '-createdAt',
  access: { read: surveyStaff, create: fromSurveyForm, update: () => false, delete: adminOnly, readVersions: () => false },
  hooks: { beforeChange: [ownerFromSurvey], afterChange: [expireResults], afterDelete: [auditDelete] },
  fields: responseFields,
}
