import type { Field, FieldHook } from 'payload'
import { slugify, SLUG_PATTERN } from '@/lib/slugify'

/**
 * One slug per document, shared by both locales and unique in its collection (province-wide pages
 * address documents by slug alone). Filled from the Vietnamese source field when left empty.
 */
export function slugField({ from = 'title', name = 'slug' }: { from?: string; name?: string } = {}): Field {
  const fill: FieldHook = ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (originalDoc?.[name]) return originalDoc[name]
    // Generate only from the default locale, so the English edition never renames the URL.
    if (req.locale && req.locale !== 'vi' && req.locale !== 'all') return value
    const source = data?.[from]
    const text = typeof source === 'string' ? source : typeof source?.vi === 'string' ? source.vi : ''
    return text ? slugify(text) : value
  }
  return {
    name,
    type: 'text',
    unique: true,
    index: true,
    required: true,
    label: { vi: 'Đường dẫn (slug)', en: 'URL slug' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Để trống để tạo tự động từ tiêu đề tiếng Việt. Chỉ chữ thường không dấu, số và dấu gạch ngang.',
        en: 'Leave empty to generate it from the Vietnamese title. Lowercase letters, digits and hyphens only.',
      },
    },
    hooks: { beforeValidate: [fill] },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value)
        ? true
        : 'Slug: chỉ chữ thường không dấu, số và dấu gạch ngang / lowercase letters, digits and hyphens only',
  }
}
