import { APIError, type CollectionAfterErrorHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { storedFileName } from '@/lib/uploads/filename'
import { checkUpload, uploadProblemMessage, type UploadKind, type UploadProblem } from '@/lib/uploads/validate'

/** Larger images are refused before sharp decodes them (sharp's own limit is 268 megapixels). */
export const MAX_IMAGE_PIXELS = 50_000_000

/**
 * A refusal the editor reads in their admin language (`req.i18n.language`: the admin sends its
 * language as Accept-Language, and the `payload-lng` cookie wins when set). `isPublic` makes
 * Payload show the message in production too instead of hiding it; `data.code` names the
 * problem for API clients.
 */
export function uploadRefusal(problem: UploadProblem, req: Pick<PayloadRequest, 'i18n'>): APIError {
  const status = problem.code === 'too-large' ? 413 : 400
  const error = new APIError(uploadProblemMessage(problem, req.i18n?.language), status, { code: problem.code }, true)
  // Minification empties the class's name in the production bundle (see src/hooks/publicErrors.ts).
  error.name = 'APIError'
  return error
}

/**
 * Refuses an upload whose bytes are not of the collection's accepted kind, before Payload stores
 * anything: the type is sniffed from the content (a renamed .exe or an SVG never passes, a PDF
 * with JavaScript or launch actions neither), the Content-Type Payload records is replaced by the
 * sniffed one and the stored name takes the sniffed type's extension. Images are also opened
 * with sharp (header only) so a damaged or oversized image is refused with a reason instead of
 * failing later inside Payload's resizing.
 */
export function uploadGuard(kind: UploadKind): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const result = checkUpload(file.data, kind)
    if (!result.ok || !result.type) throw uploadRefusal(result.problem ?? { code: 'unsupported-type', expected: kind }, req)
    if (kind === 'image') {
      const problem = await imageProblem(file.data, req)
      if (problem) throw uploadRefusal(problem, req)
    }
    file.mimetype = result.type.mime
    file.name = storedFileName(file.name, result.type.ext)
    return args
  }
}

async function imageProblem(data: Buffer, req: PayloadRequest): Promise<UploadProblem | null> {
  const sharp = req.payload.config.sharp
  if (!sharp) return null
  try {
    const { width = 0, height = 0, pages = 1 } = await sharp(data, { limitInputPixels: false }).metadata()
    if (!width || !height) return { code: 'damaged-image' }
    if (width * height * pages > MAX_IMAGE_PIXELS) return { code: 'too-many-pixels', limitPixels: MAX_IMAGE_PIXELS }
    return null
  } catch {
    return { code: 'damaged-image' }
  }
}

/**
 * The answer to a failed upload, in the editor's language and independent of how Payload's error
 * formatter treats our error classes (see src/hooks/publicErrors.ts): our refusals as they are,
 * Payload's own multipart size limit (413, English) localized, and an internal failure while
 * storing a file (which Payload hides as "Something went wrong.") as a localized message. The
 * message is also at the top level (`message`): the admin then shows it as it is, in one toast,
 * instead of splitting it at its colon and commas as it does for field-error lists.
 */
export const localizeUploadErrors =
  (limitBytes: number): CollectionAfterErrorHook =>
  ({ error, req, result }) => {
    const e = error as { status?: number; isPublic?: boolean; message?: string; data?: Record<string, unknown> | null }
    const status = e.status ?? 500
    let answer: { message: string; status: number; data: Record<string, unknown> } | null = null
    if (e.data && typeof e.data.code === 'string' && e.isPublic && e.message) answer = { message: e.message, status, data: e.data }
    else if (status === 413) answer = { message: uploadProblemMessage({ code: 'too-large', limitBytes }, req.i18n?.language), status, data: { code: 'too-large' } }
    else if (status >= 500 && !e.isPublic && req.file) answer = { message: uploadProblemMessage({ code: 'unreadable' }, req.i18n?.language), status: 500, data: { code: 'unreadable' } }
    if (!answer) return
    return { response: { ...result, message: answer.message, errors: [{ name: 'APIError', message: answer.message, data: answer.data }] }, status: answer.status }
  }
