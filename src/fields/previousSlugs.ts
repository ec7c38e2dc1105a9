import type { CollectionBeforeChangeHook, Field } from 'payload'

/**
 * Old URLs keep working: when a document's slug changes, the old slug is remembered here and the
 * public detail page answers a permanent redirect to the current URL.
 */
export function previousSlugsField(): Field {
  return {
    name: 'previousSlugs',
    type: 'array',
    label: { vi: 'Đường dẫn cũ (chuyển hướng)', en: 'Previous URL slugs (redirected)' },
    admin: { readOnly: true, initCollapsed: true, position: 'sidebar' },
    fields: [{ name: 'slug', type: 'text', index: true, required: true }],
  }
}

type Row = Record<string, unknown>

export const rememberPreviousSlug: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const old = (originalDoc as Row | undefined)?.slug
  if (operation !== 'update' || !data || typeof old !== 'string' || !old || typeof data.slug !== 'string' || data.slug === old) return data
  const current = (Array.isArray(data.previousSlugs) ? data.previousSlugs : ((originalDoc as Row).previousSlugs as Row[] | undefined) ?? []) as Row[]
  const kept = current.filter((r) => r.slug !== old && r.slug !== data.slug).map((r) => ({ slug: r.slug }))
  return { ...data, previousSlugs: [...kept, { slug: old }] }
}
