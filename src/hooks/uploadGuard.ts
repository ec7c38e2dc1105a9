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
 * Errors Payload itself raises around an upload, in the editor's language: its multipart size
 * limit (413, English) and any internal failure while storing a file (which Payload would hide as
 * "Something went wrong."). Other errors, and refusals already made above, pass unchanged.
 */
export const localizeUploadErrors =
  (limitBytes: number): CollectionAfterErrorHook =>
  ({ error, req, result }) => {
  const status = (error as { status?: number }).status ?? 500
  const isPublic = (error as { isPublic?: boolean }).isPublic
  const data = (error as { data?: { code?: unknown } }).data
  if (data && typeof data.code === 'string') return
  let problem: UploadProblem | null = null
  if (status === 413) problem = { code: 'too-large', limitBytes }
  else if (status >= 500 && !isPublic && req.file) problem = { code: 'unreadable' }
  if (!problem) return
  const message = uploadProblemMessage(problem, req.i18n?.language)
  return { response: { ...result, errors: [{ message, data: { code: problem.code } }] }, status: problem.code === 'too-large' ? 413 : 500 }
}
