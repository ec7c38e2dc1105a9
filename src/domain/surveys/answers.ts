import type { Answers, Question } from './aggregate'

/**
 * A survey's questions as the public form asks them, read from the form-builder blocks the editor
 * built (radio/select → single choice, `multipleChoice`, `scale`, text/textarea → text), and the
 * rules a submitted response must meet. Pure: no Payload, no Next.
 */
export interface SurveyQuestion extends Question {
  label: string
  required: boolean
  /** Option labels by value (single/multiple). */
  optionLabels?: Record<string, string>
  /** Scale end labels, e.g. "Rất không hài lòng" … "Rất hài lòng". */
  minLabel?: string
  maxLabel?: string
  /** `textarea` blocks get a multi-line box. */
  long?: boolean
}

export const ANSWER_LIMITS = { text: 200, textarea: 2000, maxQuestions: 60, maxOptions: 30 } as const

type Block = Record<string, unknown>
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The form-builder blocks → questions; blocks this portal does not ask (or without a name) are skipped. */
export function questionsFromBlocks(blocks: readonly Block[] | null | undefined): SurveyQuestion[] {
  const out: SurveyQuestion[] = []
  for (const b of blocks ?? []) {
    const name = str(b.name).trim()
    if (!name || out.some((q) => q.name === name)) continue
    const base = { name, label: str(b.label) || name, required: Boolean(b.required) }
    const options = ((b.options as Block[] | undefined) ?? []).map((o) => ({ value: str(o.value), label: str(o.label) || str(o.value) })).filter((o) => o.value)
    switch (b.blockType) {
      case 'radio':
      case 'select':
      case 'multipleChoice': {
        const kind = b.blockType === 'multipleChoice' ? 'multiple' : 'single'
        out.push({ ...base, kind, options: options.map((o) => o.value), optionLabels: Object.fromEntries(options.map((o) => [o.value, o.label])) })
        break
      }
      case 'scale': {
        const min = Number.isInteger(b.min) ? (b.min as number) : 1
        const max = Number.isInteger(b.max) && (b.max as number) > min ? (b.max as number) : min + 4
        out.push({ ...base, kind: 'scale', min, max, minLabel: str(b.minLabel) || undefined, maxLabel: str(b.maxLabel) || undefined })
        break
      }
      case 'text':
      case 'textarea':
        out.push({ ...base, kind: 'text', long: b.blockType === 'textarea' })
        break
    }
  }
  return out
}

export type AnswerError = { field: string; code: 'required' | 'invalid' | 'tooLong'; max?: number }

const listOf = (v: Answers[string]): string[] => (v === undefined ? [] : typeof v === 'string' ? (v.trim() ? [v.trim()] : []) : v.map((x) => x.trim()).filter(Boolean))

/** Scale points of a scale question, as strings. */
export function scalePoints(q: Pick<Question, 'min' | 'max'>): string[] {
  const min = q.min ?? 1
  const max = q.max ?? 5
  return Array.from({ length: max - min + 1 }, (_, i) => String(min + i))
}

/** Every problem of a response, in question order: a required question unanswered, a value not offered, a text too long. */
export function validateAnswers(questions: readonly SurveyQuestion[], answers: Answers): AnswerError[] {
  const errors: AnswerError[] = []
  for (const q of questions) {
    const list = listOf(answers[q.name])
    if (!list.length) {
      if (q.required) errors.push({ field: q.name, code: 'required' })
      continue
    }
    if (q.kind === 'text') {
      const max = q.long ? ANSWER_LIMITS.textarea : ANSWER_LIMITS.text
      if (list.length > 1) errors.push({ field: q.name, code: 'invalid' })
      else if ([...list[0]!].length > max) errors.push({ field: q.name, code: 'tooLong', max })
      continue
    }
    const allowed = q.kind === 'scale' ? scalePoints(q) : (q.options ?? [])
    if (list.some((v) => !allowed.includes(v)) || (q.kind !== 'multiple' && list.length > 1)) errors.push({ field: q.name, code: 'invalid' })
  }
  return errors
}

/** The response as stored by the form-builder (one `{ field, value }` row per value; a multiple choice repeats its field). */
export function toSubmissionRows(questions: readonly SurveyQuestion[], answers: Answers): { field: string; value: string }[] {
  const rows: { field: string; value: string }[] = []
  for (const q of questions) for (const value of listOf(answers[q.name])) rows.push({ field: q.name, value })
  return rows
}

/** Stored rows back to answers (the aggregation's input). */
export function fromSubmissionRows(rows: readonly { field?: string | null; value?: string | null }[] | null | undefined): Answers {
  const out: Record<string, string[]> = {}
  for (const r of rows ?? []) if (r.field && typeof r.value === 'string') (out[r.field] ??= []).push(r.value)
  return out
}
