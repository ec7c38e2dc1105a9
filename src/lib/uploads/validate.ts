import { getT } from '@/i18n'
import { findPdfActiveContent, type PdfActiveContent } from './pdf'
import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, sniffFileType, sniffRefusedFormat, type RefusedFormat, type SniffedType } from './sniff'

export type UploadKind = SniffedType['kind']

export type UploadProblem =
  | { code: 'empty' }
  | { code: 'too-large'; limitBytes: number }
  | { code: 'unsupported-type'; expected: UploadKind }
  | { code: RefusedFormat; expected: UploadKind }
  | { code: `pdf-${PdfActiveContent}` }
  | { code: 'damaged-image' }
  | { code: 'too-many-pixels'; limitPixels: number }
  | { code: 'unreadable' }

export type UploadProblemCode = UploadProblem['code']

export interface UploadCheck {
  ok: boolean
  type?: SniffedType
  problem?: UploadProblem
}

/** Decides whether bytes may be stored in a collection accepting `expected` files. */
export function checkUpload(bytes: Uint8Array, expected: UploadKind): UploadCheck {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: 'empty' } }
  const limitBytes = expected === 'image' ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES
  if (bytes.byteLength > limitBytes) return { ok: false, problem: { code: 'too-large', limitBytes } }
  const type = sniffFileType(bytes)
  if (!type) {
    const refused = sniffRefusedFormat(bytes)
    return { ok: false, problem: refused ? { code: refused, expected } : { code: 'unsupported-type', expected } }
  }
  if (type.kind !== expected) return { ok: false, problem: { code: 'unsupported-type', expected } }
  if (type.mime === 'application/pdf') {
    const active = findPdfActiveContent(bytes)
    // The most telling reason first: a script or a launch action before an unreadable stream.
    const first = (['script', 'launch', 'embedded', 'unreadable'] as const).find((k) => active.includes(k))
    if (first) return { ok: false, type, problem: { code: `pdf-${first}` } }
  }
  return { ok: true, type }
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024))

/**
 * The refusal in the editor's admin language (`req.i18n.language`; anything but `en` is
 * Vietnamese), from the UI catalogues (`uploads.*` in src/i18n/locales): what is wrong, then
 * what the collection accepts when the file's type was the problem.
 */
export function uploadProblemMessage(problem: UploadProblem, language: string | undefined): string {
  const t = getT(language === 'en' ? 'en' : 'vi')
  const accepted = 'expected' in problem ? ` ${t(`uploads.accepted.${problem.expected}`)}` : ''
  switch (problem.code) {
    case 'too-large':
      return t('uploads.tooLarge', { mb: mb(problem.limitBytes) })
    case 'too-many-pixels':
      return t('uploads.tooManyPixels', { megapixels: Math.round(problem.limitPixels / 1_000_000) })
    case 'unsupported-type':
      return t(`uploads.accepted.${problem.expected}`)
    default:
      return `${t(`uploads.refused.${problem.code}`)}${accepted}`
  }
}
