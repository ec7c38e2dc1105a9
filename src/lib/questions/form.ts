import { MAX_ATTACHMENTS, readAskForm, type AskError, type AskField, type AskValues } from '@/domain/questions'
import { getT } from '@/i18n'
import { refusalMessage } from '@/lib/publicWrite'
import { renderAnswer, type PublicForm } from '@/lib/publicForm'
import { questionPaths } from '@/routes/questions'
import type { AskFormState } from './state'
import { similarAnswers } from './similar'
import { MAX_ASK_FILE_BYTES, submitQuestion, type AskFile } from './submit'

async function filesOf(form: FormData): Promise<AskFile[]> {
  const files: AskFile[] = []
  for (const entry of form.getAll('attachments')) {
    if (typeof entry === 'string' || entry.size === 0) continue
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) })
  }
  return files
}

function askErrorMessage(t: ReturnType<typeof getT>, e: AskError): string {
  if (e.code === 'tooLong') return t('questions.errors.tooLong', { field: t(`questions.form.${e.field}`), max: e.max })
  if (e.code === 'tooManyFiles') return t('questions.errors.tooManyFiles', { max: e.max })
  if (e.code === 'fileRefused') return t('questions.errors.fileRefused', { file: e.file, reason: t(`questions.fileProblems.${e.problem === 'too-large' ? 'tooLarge' : e.problem === 'empty' ? 'empty' : e.problem?.startsWith('pdf-') ? 'pdfActive' : 'type'}`) })
  return t(`questions.errors.${e.code}`)
}

/** Field values accepted (the legal fields taxonomy), handed over by the page and the route handler. */
export type AskParams = { fields: readonly string[] }

/**
 * The ask form on the public-form mechanism (src/lib/publicForm): the server action (./action.ts)
 * and the no-JS route handler (`app/(frontend)/[locale]/questions/ask/send`) both answer through
 * `answer`. The "find similar questions" button is a results step (200, nothing stored). Files are
 * never kept: after an error the asker chooses them again (the message says so).
 */
export const askForm: PublicForm<AskParams, AskValues, AskField, AskFormState> = {
  id: 'question',
  // Every file the form's rules can accept, and the text, fit (3 × 5 MB + 1 MB); next.config's
  // `serverActions.bodySizeLimit` (16 MB) carries the re-render.
  bodyLimit: MAX_ATTACHMENTS * MAX_ASK_FILE_BYTES + 1024 * 1024,
  values: (form) => readAskForm(form).values,
  page: (locale) => questionPaths.ask(locale),
  permalink: (locale) => questionPaths.send(locale),
  async answer({ payload, form, address, locale, params: { fields } }) {
    const t = getT(locale)
    const { values, honeypot } = readAskForm(form)
    if (form.get('step') === 'similar') return { kind: 'render', status: 200, state: { values, errors: [], similar: await similarAnswers(payload, locale, values.title, address) } }
    const outcome = await submitQuestion(payload, { locale, clientAddress: address, values, honeypot, files: await filesOf(form), fields })
    if (outcome.kind === 'done') return { kind: 'redirect', to: questionPaths.sent(locale, outcome.result.code) }
    if (outcome.kind === 'spam') return { kind: 'redirect', to: questionPaths.sent(locale, '') }
    const answer = renderAnswer(outcome, values, {
      invalid: (errors) => errors.map((e) => ({ field: e.field, message: askErrorMessage(t, e) })),
      notFound: () => t('questions.errors.agencyUnknown'),
      refusal: (refusal) => refusalMessage(t, refusal),
    })
    // The only target that can be missing is the agency chosen.
    if (outcome.kind === 'not-found' && answer.kind === 'render') return { ...answer, state: { ...answer.state, errors: answer.state.errors.map((e) => ({ ...e, field: 'agency' as const })) } }
    return answer
  },
}
