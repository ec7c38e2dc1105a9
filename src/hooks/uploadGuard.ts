import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { checkUpload, uploadProblemMessage, type UploadKind } from '@/lib/uploads/validate'

/**
 * Refuses an upload whose bytes are not of the collection's accepted kind, before Payload stores
 * anything: the type is sniffed from the content (a renamed .exe or an SVG never passes), and
 * the Content-Type Payload records is replaced by the sniffed one.
 */
export function uploadGuard(kind: UploadKind): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const result = checkUpload(file.data, kind)
    if (!result.ok || !result.type) {
      const language = req.i18n?.language ?? 'vi'
      throw new APIError(uploadProblemMessage(result.problem!, language), result.problem?.code === 'too-large' ? 413 : 400, undefined, true)
    }
    file.mimetype = result.type.mime
    return args
  }
}
