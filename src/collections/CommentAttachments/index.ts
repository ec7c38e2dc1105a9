import path from 'node:path'
import type { Access, CollectionConfig } from 'payload'
import { agencyIdsWithRole, EDITING_ROLES, inAgencies, isAdmin } from '@/access/roles'
import { localizeUploadErrors, uploadGuard } from '@/hooks/uploadGuard'

import { COMMENT_ATTACHMENT_MAX_BYTES } from '@/domain/consultations'

const staff: Access = ({ req: { user } }) => (isAdmin(user) ? true : inAgencies('agency', agencyIdsWithRole(user, EDITING_ROLES)))

/**
 * A file a commenter attached to a draft comment. It may hold personal data, so only the drafting
 * agency's staff (and admins) read it — file downloads included, which Payload checks against
 * `read`. Stored only by the comment form (type sniffed from the bytes, size-limited), never by
 * the API.
 */
export const CommentAttachments: CollectionConfig = {
  slug: 'comment-attachments',
  labels: { singular: { vi: 'Tệp kèm góp ý', en: 'Comment attachment' }, plural: { vi: 'Tệp kèm góp ý', en: 'Comment attachments' } },
  admin: { group: { vi: 'Tham vấn', en: 'Consultation' }, defaultColumns: ['filename', 'mimeType', 'filesize', 'createdAt'] },
  access: { read: staff, create: ({ req: { user } }) => isAdmin(user), update: ({ req: { user } }) => isAdmin(user), delete: ({ req: { user } }) => isAdmin(user) },
  hooks: { beforeOperation: [uploadGuard('document')], afterError: [localizeUploadErrors(COMMENT_ATTACHMENT_MAX_BYTES)] },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media', 'comment-files'),
    mimeTypes: ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.oasis.opendocument.spreadsheet'],
    filesRequiredOnCreate: true,
  },
  fields: [{ name: 'agency', type: 'relationship', relationTo: 'agencies', required: true, index: true, admin: { readOnly: true }, label: { vi: 'Cơ quan', en: 'Agency' } }],
}
