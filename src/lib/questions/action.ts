'use server'
import { headers } from 'next/headers'
import { redirect, RedirectType } from 'next/navigation'
import { readAskForm, type AskError } from '@/domain/questions'
import { getT } from '@/i18n'
import { clientAddress } from '@/lib/clientAddress'
import { payloadClient } from '@/lib/payload'
import { refusalMessage } from '@/lib/publicWrite'
import { isLocale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'
import type { AskFormState } from './state'
import { similarAnswers } from './similar'
import { submitQuestion, type AskFile } from './submit'

async function filesOf(form: FormData): Promise<AskFile[]> {
  const files: AskFile[] = []
  for (const entry of form.getAll('attachments')) {
    if (typeof entry === 'string' || entry.size === 0) continue
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) })
  }
  return files
}

/**
 * The ask form's server action (a plain POST without JavaScript; Next.js re-renders the page from
 * the returned state, or answers 303 to the confirmation). Bound on the page to `{ locale, fields }`.
 * Files are never kept in the state: after an error the asker chooses them again (a browser cannot
 * refill a file input), and the message says so.
 */
export async function askQuestion(target: { locale: string; fields: string[] }, _previous: AskFormState, form: FormData): Promise<AskFormState> {
  const locale = isLocale(target.locale) ? target.locale : 'vi'
  const t = getT(locale)
  const { values, honeypot } = readAskForm(form)
  const payload = await payloadClient()
  const address = clientAddress(await headers())
  // The "find similar questions" button: a results step that stores nothing and keeps every value.
  if (form.get('step') === 'similar') return { values, errors: [], similar: await similarAnswers(payload, locale, values.title, address) }
  const outcome = await submitQuestion(payload, {
    locale,
    clientAddress: address,
    values,
    honeypot,
    files: await filesOf(form),
    fields: target.fields,
  })
  if (outcome.kind === 'done') redirect(questionPaths.sent(locale, outcome.result.code), RedirectType.push)
  if (outcome.kind === 'spam') redirect(questionPaths.sent(locale, ''), RedirectType.push)
  switch (outcome.kind) {
    case 'invalid':
      return { values, errors: outcome.errors.map((e) => ({ field: e.field, message: askErrorMessage(t, e) })) }
    case 'refused':
      return { values, errors: [{ field: null, message: refusalMessage(t, outcome) }], retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)) }
    case 'not-found':
      return { values, errors: [{ field: 'agency', message: t('questions.errors.agencyUnknown') }] }
  }
}

function askErrorMessage(t: ReturnType<typeof getT>, e: AskError): string {
  if (e.code === 'tooLong') return t('questions.errors.tooLong', { field: t(`questions.form.${e.field}`), max: e.max })
  if (e.code === 'tooManyFiles') return t('questions.errors.tooManyFiles', { max: e.max })
  if (e.code === 'fileRefused') return t('questions.errors.fileRefused', { file: e.file, reason: t(`questions.fileProblems.${e.problem === 'too-large' ? 'tooLarge' : e.problem === 'empty' ? 'empty' : e.problem?.startsWith('pdf-') ? 'pdfActive' : 'type'}`) })
  return t(`questions.errors.${e.code}`)
}
