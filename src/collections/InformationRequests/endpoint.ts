import type { Endpoint } from 'payload'
import { getT } from '@/i18n'
import { moveRequest } from './move'

const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : v === null || v === undefined ? null : String(v).slice(0, max))
const int = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v))

/**
 * `POST /api/information-requests/{id}/move` with `{ action, reason?, ground?, extensionDays?, handlingDays? }`:
 * one recorded step by the receiving agency (sendNotice, extend, provide, providePartly, refuse).
 */
export const moveRequestEndpoint: Endpoint = {
  path: '/:id/move',
  method: 'post',
  handler: async (req) => {
    const t = getT(req.i18n?.language === 'en' ? 'en' : 'vi')
    if (!req.user) return Response.json({ error: t('cases.errors.signIn') }, { status: 401 })
    const body = (typeof req.json === 'function' ? await req.json().catch(() => ({})) : {}) as Record<string, unknown>
    const result = await moveRequest(req, String(req.routeParams?.id ?? ''), {
      action: String(body.action ?? ''),
      reason: str(body.reason),
      ground: str(body.ground, 20),
      extensionDays: int(body.extensionDays),
      handlingDays: int(body.handlingDays),
    })
    if (result.ok) return Response.json({ state: result.request.state, dueOn: result.request.dueOn })
    const status = result.error === 'notFound' ? 404 : result.error === 'notAllowed' ? 403 : 400
    return Response.json({ error: t(`cases.errors.${result.error}`) }, { status })
  },
}
