import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, inAgencies, isAdmin } from '@/access/roles'
import { requiredInDefaultLocale } from '@/fields/validators'
import { localizeUploadErrors, uploadGuard } from '@/hooks/uploadGuard'
import { MAX_DOCUMENT_BYTES } from '@/lib/uploads/sniff'

/** Documents attached to publications: signed PDFs and editable office files. */
export const Attachments: CollectionConfig = {
  slug: 'attachments',
  labels: { singular: { vi: 'Tệp đính kèm', en: 'Attachment' }, plural: { vi: 'Tệp đính kèm', en: 'Attachments' } },
  admin: { group: { vi: 'Tệp', en: 'Files' }, useAsTitle: 'title', defaultColumns: ['title', 'filename', 'mimeType', 'filesize'] },
  custom: { agencyScoped: true },
  access: {
    read: () => true,
    create: ({ req: { user } }) => isAdmin(user) || agencyIdsWithRole(user, AUTHORING_ROLES).length > 0,
    update: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, AUTHORING_ROLES)),
    delete: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, ['publisher'])),
  },
  hooks: { beforeOperation: [uploadGuard('document')], afterError: [localizeUploadErrors(MAX_DOCUMENT_BYTES)] },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media', 'files'),
    mimeTypes: [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.oasis.opendocument.spreadsheet',
    ],
    filesRequiredOnCreate: true,
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale, label: { vi: 'Tên tài liệu', en: 'Title' } },
  ],
}
