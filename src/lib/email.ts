import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's e-mail adapter: SMTP (nodemailer) when SMTP_HOST is set; otherwise undefined, and
 * Payload writes each message's recipient and subject to the server log instead of sending it.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  return nodemailerAdapter({
    defaultFromAddress: env.SMTP_FROM ?? 'no-reply@hatinh.gov.vn',
    defaultFromName: env.SMTP_FROM_NAME ?? 'Cổng TTĐT tỉnh Hà Tĩnh',
    skipVerify: env.SMTP_SKIP_VERIFY === 'true',
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
    },
  })
}
