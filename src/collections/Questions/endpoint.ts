import { bodyText, caseMoveEndpoint } from '../shared/caseMoveEndpoint'
import { moveQuestion } from './move'

const MAX_TEXT = 8000

/**
 * `POST /api/questions/{id}/move` with `{ action, reason?, refusal?, duplicateOf?, agency?, answerText? }`:
 * one named step of a question, by the signed-in user's case role (the admin's buttons).
 */
export const moveQuestionEndpoint = caseMoveEndpoint({
  input: (body) => ({
    action: String(body.action ?? ''),
    reason: bodyText(body.reason),
    refusal: bodyText(body.refusal, 40),
    duplicateOf: bodyText(body.duplicateOf, 40),
    agency: bodyText(body.agency, 40),
    answerText: bodyText(body.answerText, MAX_TEXT),
  }),
  move: moveQuestion,
  answer: (done, body, t) => ({ state: done.question.state, message: t(`cases.done.${String(body.action)}`) }),
})
