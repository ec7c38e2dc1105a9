import type { TFunction } from 'i18next'
import type { Endpoint, PayloadRequest } from 'payload'
import { getT } from '@/i18n'

type Refused = { ok: false; error: string }

/** A request body's text, cut at `max` characters; null when absent. */
export const bodyText = (v: unknown, max = 2000): string | null => (typeof v === 'string' ? v.slice(0, max) : v === null || v === undefined ? null : String(v).slice(0, max))

/**
 * `POST /api/{cases}/{id}/move`: one named step of a case (a question, an information request) by
 * the signed-in user, checked again by the case engine (src/domain/cases). Refusals answer 401
 * (not signed in), 404, 403 (not the user's step) or 400 with the reason in the editor's admin
 * language (`cases.errors.*`); `answer` words a step that was taken.
 */
export function caseMoveEndpoint<In, Result extends { ok: true } | Refused>(spec: {
  input: (body: Record<string, unknown>) => In
  move: (req: PayloadRequest, id: string, input: In) => Promise<Result>
  answer: (done: Extract<Result, { ok: true }>, body: Record<string, unknown>, t: TFunction) => Record<string, unknown>
}): Endpoint {
  return {
    path: '/:id/move',
    method: 'post',
    handler: async (req) => {
      const t = getT(req.i18n?.language === 'en' ? 'en' : 'vi')
      if (!req.user) return Response.json({ error: t('cases.errors.signIn') }, { status: 401 })
      const body = (typeof req.json === 'function' ? await req.json().catch(() => ({})) : {}) as Record<string, unknown>
      const result = await spec.move(req, String(req.routeParams?.id ?? ''), spec.input(body))
      if (result.ok) return Response.json(spec.answer(result as Extract<Result, { ok: true }>, body, t))
      const { error } = result as Refused
      const status = error === 'notFound' ? 404 : error === 'notAllowed' ? 403 : 400
      return Response.json({ error: t(`cases.errors.${error}`) }, { status })
    },
  }
}
