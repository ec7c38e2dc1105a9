import type { Payload } from 'payload'
import { getT } from '@/i18n'
import type { Locale } from '@/routes/locales'

/**
 * Tells an asker what happened to their question (received, refused, answered …) in the language
 * they asked in, with the private follow link. Mail failure never undoes the step: it is logged.
 */
export async function mailAsker(payload: Payload, to: string | null | undefined, locale: Locale, step: string, vars: Record<string, string>): Promise<void> {
  if (!to) return
  const t = getT(locale)
  try {
    await payload.sendEmail({
      to,
      subject: t(`questions.mail.${step}.subject`, vars),
      text: [t(`questions.mail.${step}.body`, vars), '', t('questions.mail.follow', vars), '', t('questions.mail.footer')].join('\n'),
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `question ${vars.code}: e-mail to the asker failed (${step})` })
  }
}
