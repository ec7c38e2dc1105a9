import type { AfterErrorHook } from 'payload'
import { getT } from '@/i18n'
import { REFUSED_ORIGIN } from '@/lib/adminHosts'

/**
 * A request refused because its login cookie came from an origin that is not the portal's says
 * so, in the editor's language, with what to do — instead of a bare "not allowed".
 */
export const explainRefusedOrigin: AfterErrorHook = ({ error, req, result }) => {
  const origin = req.context?.[REFUSED_ORIGIN]
  const status = (error as { status?: number }).status
  if (typeof origin !== 'string' || !result || (status !== 401 && status !== 403)) return
  const lang = req.i18n?.language === 'en' ? 'en' : 'vi'
  const adminUrl = `${(process.env.ADMIN_URL || process.env.PUBLIC_URL || '').replace(/\/+$/, '')}/admin`
  const message = getT(lang)('adminUi.untrustedOrigin', { origin, adminUrl })
  return { response: { ...result, errors: [{ message }] } }
}
