import type { Endpoint } from 'payload'
import { getT } from '@/i18n'
import { moveQuestion } from './move'

const MAX_TEXT = 8000
const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : v === null || v === undefined ? null : String(v).slice(0, max))

/**
 * `POST /api/questions/{id}/move` with `{ action, reason?, refusal?, duplicateOf?, agency?, answerText? }`:
 * one named step of a question, by the signed-in user's case role (the admin's buttons). Refusals
 * answer 400/403/404 with the reason in the editor's admin language.
 */
export const moveQuestionEndpoint: Endpoint = {
  path: '/:id/move',
  method: 'post',
  handler: async (req) => {
    const t = getT(req.i18n?.language === 'en' ? 'en' : 'vi')
    if (!req.user) return Response.json({ error: t('cases.errors.signIn') }, { status: 401 })
    const body = (typeof req.json === 'function' ? await req.json().catch(() => ({})) : {}) as Record<string, unknown>
    const id = String(req.routeParams?.id ?? '')
    const result = await moveQuestion(req, id, {
      action: String(body.action ?? ''),
      reason: str(body.reason),
      refusal: str(body.refusal, 40),
      duplicateOf: str(body.duplicateOf, 40),
      agency: str(body.agency, 40),
      answerText: str(body.answerText, MAX_TEXT),
    })
    if (result.ok) return Response.json({ state: result.question.state, message: t(`cases.done.${String(body.action)}`) })
    const status = result.error === 'notFound' ? 404 : result.error === 'notAllowed' ? 403 : 400
    return Response.json({ error: t(`cases.errors.${result.error}`) }, { status })
  },
}
