import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { createAsBusiness, deleteOwned, readImages, updateOwnedOrModerate } from '@/access/marketplace'
import { businessId, isAdmin } from '@/access/roles'
import { requiredInDefaultLocale } from '@/fields/validators'
import { localizeUploadErrors, uploadGuard } from '@/hooks/uploadGuard'
import { MAX_IMAGE_BYTES } from '@/lib/uploads/sniff'
import { ownerField, setOwner } from '../shared/marketplace'

/**
 * Photos and logos of the marketplace's booths and products, uploaded by the business itself.
 * As for Media: the type is sniffed from the bytes (a renamed file or an SVG never passes), the
 * size and pixel count are limited, sizes are generated with sharp, alt text is required (in
 * Vietnamese). Unlike Media, an image is private to its business and the moderator until an
 * approved booth or product uses it (`approved`, set by the approval, never through the API).
 */
export const MarketImages: CollectionConfig = {
  slug: 'market-images',
  labels: { singular: { vi: 'Ảnh gian hàng', en: 'Booth image' }, plural: { vi: 'Ảnh gian hàng, sản phẩm', en: 'Booth and product images' } },
  admin: { group: { vi: 'Sàn thương mại điện tử', en: 'E-commerce exchange' }, useAsTitle: 'alt' },
  custom: { businessOwned: true },
  access: {
    read: readImages,
    create: createAsBusiness,
    // The owner replaces or re-describes its images; a moderator changes nothing (admins may).
    update: async (args) => {
      const { user } = args.req
      if (isAdmin(user)) return true
      return businessId(user) === null ? false : updateOwnedOrModerate(args)
    },
    delete: deleteOwned,
  },
  hooks: {
    beforeOperation: [uploadGuard('image')],
    beforeValidate: [setOwner],
    afterError: [localizeUploadErrors(MAX_IMAGE_BYTES)],
  },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media', 'market'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
    filesRequiredOnCreate: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 640, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'large', width: 1280, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 250,
      validate: requiredInDefaultLocale,
      label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text (for screen readers)' },
    },
    ownerField(),
    {
      name: 'approved',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { vi: 'Đã công khai (dùng trong nội dung đã duyệt)', en: 'Public (used by approved content)' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
