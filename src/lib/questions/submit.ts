import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { followToken, normalizeRegistrationNumber, publicAskerName, QUESTION_DEADLINES, questionDue, questionKindOf, trackingCode, type AskerKind } from '@/domain/cases'
import { toISODate } from '@/domain/calendar'
import { MAX_ATTACHMENTS, validateAsk, type AskError, type AskValues } from '@/domain/questions'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'
import { publicWrite, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import { checkUpload } from '@/lib/uploads/validate'
import { absoluteUrl } from '@/routes/documents'
import type { Locale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'
import type { Question } from '@/payload-types'
import { mailAsker } from './mail'

export type AskOutcome = PublicWriteOutcome<AskError, { code: string }>

/** A file as the form hands it over (a `File` from FormData, or bytes in tests). */
export interface AskFile {
  name: string
  bytes: Uint8Array
}

export interface AskSubmission {
  locale: Locale
  /** From `clientAddress(headers)` (src/lib/clientAddress.ts). */
  clientAddress: string
  values: AskValues
  honeypot: string
  files: AskFile[]
  /** Field values accepted (the legal fields taxonomy). */
  fields: readonly string[]
}

const random = (n: number) => new Uint8Array(randomBytes(n))

/**
 * A question through the public-write path (src/lib/publicWrite): honeypot → validation (the form's
 * rules, then each attachment by the upload rules: type sniffed from the bytes, size) → the agency
 * chosen must exist → the `question` rate limit (per address and e-mail, per address and agency,
 * per address) → stored as `received` with a tracking code and a private follow token, its files
 * in the private `question-attachments`, and the asker e-mailed the follow link.
 * `policy` is for tests only.
 */
export async function submitQuestion(payload: Payload, input: AskSubmission, policy: PolicyName | Policy = 'question'): Promise<AskOutcome> {
  const agencies = await payload.find({ collection: 'agencies', depth: 0, limit: 500, pagination: false, select: {}, overrideAccess: false })
  const known = { fields: input.fields, agencies: agencies.docs.map((a) => String(a.id)) }
  return publicWrite(payload, {
    policy,
    address: input.clientAddress,
    honeypot: input.honeypot,
    values: input.values,
    validate: (values) => [...validateAsk(values, known), ...fileErrors(input.files)],
    target: async (values) => ({ agency: values.agency ? Number(values.agency) : null }),
    subjects: (values, { agency }) => ({ email: values.email || values.phone, agency: agency === null ? 'coordinator' : String(agency) }),
    write: (values, { agency }) => store(payload, input, values, agency),
  })
}

/** Public uploads are smaller than editors' (a server action's body is limited too: next.config). */
export const MAX_ASK_FILE_BYTES = 5 * 1024 * 1024

function fileErrors(files: AskFile[]): AskError[] {
  const real = files.filter((f) => f.bytes.byteLength > 0)
  if (real.length > MAX_ATTACHMENTS) return [{ field: 'attachments', code: 'tooManyFiles', max: MAX_ATTACHMENTS }]
  for (const f of real) {
    if (f.bytes.byteLength > MAX_ASK_FILE_BYTES) return [{ field: 'attachments', code: 'fileRefused', file: f.name.slice(0, 120), problem: 'too-large' }]
    const check = checkUpload(f.bytes, 'document')
    if (!check.ok) return [{ field: 'attachments', code: 'fileRefused', file: f.name.slice(0, 120), problem: check.problem?.code ?? 'unsupported-type' }]
  }
  return []
}

async function store(payload: Payload, input: AskSubmission, values: AskValues, agency: number | null): Promise<{ code: string }> {
  const holidays = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: true })) as { entries?: HolidayEntry[] | null }
  const calendar = calendarFromEntries(holidays.entries)
  const receivedOn = toISODate(new Date())
  const kind = values.askerKind as AskerKind
  const code = trackingCode('HD', Number(receivedOn.slice(0, 4)), random)
  const token = followToken(random)
  const attachments: number[] = []
  for (const f of input.files.filter((file) => file.bytes.byteLength > 0)) {
    const check = checkUpload(f.bytes, 'document')
    const stored = await payload.create({
      collection: 'question-attachments',
      data: { agency },
      file: { data: Buffer.from(f.bytes), mimetype: check.type?.mime ?? 'application/octet-stream', name: f.name.slice(0, 120) || 'tep', size: f.bytes.byteLength },
      overrideAccess: true,
    })
    attachments.push(stored.id)
  }
  const organisation = kind === 'citizen' ? '' : values.organisation
  await payload.create({
    collection: 'questions',
    overrideAccess: true,
    data: {
      code,
      state: 'received',
      askerKind: kind,
      askerName: values.name,
      organisation: organisation || null,
      registrationNumber: normalizeRegistrationNumber(values.registrationNumber),
      email: values.email || null,
      phone: values.phone || null,
      field: values.field as Question['field'],
      requestedAgency: agency,
      title: values.title,
      question: values.question,
      attachments,
      consentToPublish: values.consent,
      publicAsker: publicAskerName({ askerKind: kind, askerName: values.name, organisation, consentToPublish: values.consent }),
      locale: input.locale,
      receivedOn,
      dueOn: questionDue(QUESTION_DEADLINES[questionKindOf(kind)], 'received', { receivedOn }, calendar),
      followToken: token,
      history: [{ action: 'received', at: new Date().toISOString(), by: 'public' }],
    },
  })
  await mailAsker(payload, values.email, input.locale, 'received', { code, title: values.title, url: absoluteUrl(questionPaths.follow(input.locale, code, token)) })
  return { code }
}
