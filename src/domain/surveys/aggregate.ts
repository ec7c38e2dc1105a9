/**
 * Survey results: counts per option for choice questions, the distribution and mean for scales,
 * the number of answers for text (the texts themselves are not published: they may hold personal
 * data). Pure: the survey's questions and the stored responses in, one table per question out.
 */
export type QuestionKind = 'single' | 'multiple' | 'scale' | 'text'

export interface Question {
  name: string
  kind: QuestionKind
  /** Choice values (single/multiple). */
  options?: readonly string[]
  /** Scale bounds (scale), e.g. 1..5. */
  min?: number
  max?: number
}

/** One response: question name → value(s) as submitted. */
export type Answers = Record<string, string | readonly string[] | undefined>

export interface QuestionResult {
  name: string
  kind: QuestionKind
  /** Respondents who answered this question. */
  answered: number
  /** Rows in display order: option (or scale point) and count. */
  rows: { value: string; count: number; share: number }[]
  /** Scale questions only. */
  mean?: number | null
}

const asList = (v: Answers[string]): string[] => (v === undefined ? [] : typeof v === 'string' ? (v === '' ? [] : [v]) : v.filter((x) => x !== ''))

export function aggregate(questions: readonly Question[], responses: readonly Answers[]): QuestionResult[] {
  return questions.map((q) => {
    const values = responses.map((r) => asList(r[q.name]))
    if (q.kind === 'text') return { name: q.name, kind: q.kind, answered: values.filter((v) => v.some((x) => x.trim())).length, rows: [] }
    const points =
      q.kind === 'scale'
        ? Array.from({ length: (q.max ?? 5) - (q.min ?? 1) + 1 }, (_, i) => String((q.min ?? 1) + i))
        : [...(q.options ?? [])]
    const counts = new Map(points.map((p) => [p, 0]))
    let answered = 0
    let sum = 0, n = 0
    for (const list of values) {
      // Only known values count; a single-choice question counts its first valid value once.
      const valid = [...new Set(list.filter((v) => counts.has(v)))]
      const taken = q.kind === 'multiple' ? valid : valid.slice(0, 1)
      if (!taken.length) continue
      answered++
      for (const v of taken) {
        counts.set(v, (counts.get(v) ?? 0) + 1)
        if (q.kind === 'scale') {
          sum += Number(v)
          n++
        }
      }
    }
    const rows = points.map((value) => ({ value, count: counts.get(value) ?? 0, share: answered ? (counts.get(value) ?? 0) / answered : 0 }))
    return { name: q.name, kind: q.kind, answered, rows, ...(q.kind === 'scale' ? { mean: n ? Math.round((sum / n) * 100) / 100 : null } : {}) }
  })
}

export type SurveyPhase = 'upcoming' | 'open' | 'closed'

export function surveyPhase(s: { startDate: string; endDate: string }, today: string): SurveyPhase {
  if (today < s.startDate) return 'upcoming'
  if (today <= s.endDate) return 'open'
  return 'closed'
}

/** Results are public live when the editor chose it, otherwise once the survey has closed. */
export function resultsPublic(s: { startDate: string; endDate: string; liveResults: boolean }, today: string): boolean {
  const phase = surveyPhase(s, today)
  return phase === 'closed' || (s.liveResults && phase === 'open')
}

/** Results as CSV rows (question, value, count, share); formula-looking cells are quoted safe. */
export function resultsCsv(results: readonly QuestionResult[], label: (question: string, value?: string) => string): string {
  const cell = (s: string) => {
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  const lines = ['question,answer,count,share']
  for (const r of results)
    for (const row of r.rows) lines.push([label(r.name), label(r.name, row.value), String(row.count), row.share.toFixed(4)].map(cell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
