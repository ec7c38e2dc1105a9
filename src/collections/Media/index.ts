import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, inAgencies, isAdmin } from '@/access/roles'
import { requiredInDefaultLocale } from '@/fields/validators'
import { localizeUploadErrors, uploadGuard } from '@/hooks/uploadGuard'
import { MAX_IMAGE_BYTES } from '@/lib/uploads/sniff'

/** Images (photos for news, agencies, projects). Sizes are generated with sharp on upload. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Image' }, plural: { vi: 'Thư viện ảnh', en: 'Images' } },
  admin: { group: { vi: 'Tệp', en: 'Files' }, useAsTitle: 'alt' },
  custom: { agencyScoped: true },
  access: {
    // Images appear on public pages; their file names are random and carry no draft text.
    read: () => true,
    create: ({ req: { user } }) => isAdmin(user) || agencyIdsWithRole(user, AUTHORING_ROLES).length > 0,
    update: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, AUTHORING_ROLES)),
    delete: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, ['publisher'])),
  },
  hooks: { beforeOperation: [uploadGuard('image')], afterError: [localizeUploadErrors(MAX_IMAGE_BYTES)] },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media', 'images'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
    filesRequiredOnCreate: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 200, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 640, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1280, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      validate: requiredInDefaultLocale,
      label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text (for screen readers)' },
    },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn ảnh', en: 'Credit' } },
  ],
}

export { MAX_IMAGE_BYTES }
