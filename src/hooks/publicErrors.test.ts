import { APIError, ValidationError, type AfterErrorResult, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { keepPublicErrorMessages, UNKNOWN_ERROR_MESSAGE } from './publicErrors'

const unknown = { errors: [{ message: UNKNOWN_ERROR_MESSAGE }] }
const run = (error: Error, result = unknown) => keepPublicErrorMessages({ error, result, req: {} as PayloadRequest, context: {} }) as AfterErrorResult

/** An error as our hooks' copy of Payload's classes produces it in the production bundle. */
function minified<E extends Error>(error: E): E {
  error.name = ''
  return error
}

describe('keepPublicErrorMessages', () => {
  it('restores the message, data and status of a public APIError Payload did not recognise', () => {
    const error = minified(new APIError('Ảnh SVG không được chấp nhận.', 400, { code: 'svg' }, true))
    expect(run(error)).toEqual({ status: 400, response: { errors: [{ name: 'APIError', message: 'Ảnh SVG không được chấp nhận.', data: { code: 'svg' } }] } })
  })

  it('restores a ValidationError with its field errors (the admin marks the fields)', () => {
    const error = minified(new ValidationError({ collection: 'news', errors: [{ path: 'changeNote', message: 'Cần ghi chú' }] }))
    const result = run(error)
    expect(result && result.status).toBe(400)
    const entry = result && result.response?.errors?.[0]
    expect(entry?.name).toBe('ValidationError')
    expect(entry?.data).toMatchObject({ errors: [{ path: 'changeNote', message: 'Cần ghi chú' }] })
  })

  it('keeps internal errors hidden and leaves recognised answers alone', () => {
    expect(run(minified(new APIError('SQLITE_BUSY: database is locked', 500)))).toBeUndefined()
    expect(run(new Error('secret stack detail'))).toBeUndefined()
    expect(run(minified(new APIError('x', 400, null, false)))).toBeUndefined()
    expect(run(new APIError('Không có quyền', 403), { errors: [{ message: 'Không có quyền' }] })).toBeUndefined()
  })
})
