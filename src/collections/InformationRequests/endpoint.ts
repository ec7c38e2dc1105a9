import { bodyText, caseMoveEndpoint } from '../shared/caseMoveEndpoint'
import { moveRequest } from './move'

const int = (v: unknown) => (v === null || v === undefined || v === '' ? null : Number(v))

/**
 * `POST /api/information-requests/{id}/move` with `{ action, reason?, ground?, extensionDays?, handlingDays? }`:
 * one recorded step by the receiving agency (sendNotice, extend, provide, providePartly, refuse).
 */
export const moveRequestEndpoint = caseMoveEndpoint({
  input: (body) => ({
    action: String(body.action ?? ''),
    reason: bodyText(body.reason),
    ground: bodyText(body.ground, 20),
    extensionDays: int(body.extensionDays),
    handlingDays: int(body.handlingDays),
  }),
  move: (req, id, input) => moveRequest(req, id, input),
  answer: (done) => ({ state: done.request.state, dueOn: done.request.dueOn }),
})
