import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, inAgencies, isAdmin } from '@/access/roles'
import { localizeUploadErrors, uploadGuard } from '@/hooks/uploadGuard'
import { MAX_DOCUMENT_BYTES } from '@/lib/uploads/sniff'

/**
 * Files an asker sends with a question: personal data, so — unlike `attachments` — never public.
 * Read (and downloaded through /api/question-attachments/file/…) by the coordinator and the
 * agency the question is assigned to (`agency` follows the question on every assignment). Only the
 * ask form stores them, after the upload rules (type from the bytes, size) accepted each one.
 */
export const QuestionAttachments: CollectionConfig = {
  slug: 'question-attachments',
  labels: { singular: { vi: 'Tệp của người hỏi', en: "Asker's file" }, plural: { vi: 'Tệp của người hỏi', en: "Askers' files" } },
  admin: { group: { vi: 'Hỏi đáp', en: 'Questions' }, useAsTitle: 'filename', hidden: ({ user }) => !isAdmin(user) },
  access: {
    read: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, AUTHORING_ROLES)),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => isAdmin(user),
  },
  hooks: { beforeOperation: [uploadGuard('document')], afterError: [localizeUploadErrors(MAX_DOCUMENT_BYTES)] },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media', 'question-files'),
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
    filesRequiredOnCreate: true,
  },
  fields: [{ name: 'agency', type: 'relationship', relationTo: 'agencies', index: true, admin: { readOnly: true }, label: { vi: 'Cơ quan xử lý', en: 'Handling agency' } }],
}
