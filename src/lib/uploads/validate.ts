import { MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, sniffFileType, type SniffedType } from './sniff'

export type UploadKind = SniffedType['kind']

export type UploadProblem =
  | { code: 'empty' }
  | { code: 'too-large'; limitBytes: number }
  | { code: 'unsupported-type'; expected: UploadKind }

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
  if (!type || type.kind !== expected) return { ok: false, problem: { code: 'unsupported-type', expected } }
  return { ok: true, type }
}

const MESSAGES = {
  vi: {
    empty: 'Tệp rỗng, không có nội dung.',
    'too-large': (mb: number) => `Tệp quá lớn: tối đa ${mb} MB.`,
    image: 'Chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP (kiểm tra theo nội dung tệp, không theo tên tệp). SVG không được chấp nhận.',
    document: 'Chỉ nhận tài liệu PDF, DOCX, XLSX, ODT hoặc ODS (kiểm tra theo nội dung tệp, không theo tên tệp).',
  },
  en: {
    empty: 'The file is empty.',
    'too-large': (mb: number) => `The file is too large: ${mb} MB at most.`,
    image: 'Only PNG, JPEG, GIF or WebP images are accepted (checked from the file’s content, not its name). SVG is not accepted.',
    document: 'Only PDF, DOCX, XLSX, ODT or ODS documents are accepted (checked from the file’s content, not its name).',
  },
} as const

export function uploadProblemMessage(problem: UploadProblem, language: string): string {
  const m = language === 'en' ? MESSAGES.en : MESSAGES.vi
  switch (problem.code) {
    case 'empty':
      return m.empty
    case 'too-large':
      return m['too-large'](Math.round(problem.limitBytes / (1024 * 1024)))
    case 'unsupported-type':
      return m[problem.expected]
  }
}
