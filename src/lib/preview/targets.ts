import type { SectionKey } from '@/routes/table'

/**
 * Collections whose drafts staff can preview as the public page they will become, with the
 * section of that page. A collection added here gets the live preview tab in the admin
 * (`livePreview()` in its config) and needs a `preview` reader on its detail page.
 */
export const PREVIEW_SECTIONS = {
  news: 'news',
  'legal-documents': 'legal-documents',
  plans: 'plans',
  'budget-disclosures': 'budget',
  'legal-guides': 'legal-support',
} as const satisfies Record<string, SectionKey>

export type PreviewCollection = keyof typeof PREVIEW_SECTIONS

export const isPreviewCollection = (slug: string): slug is PreviewCollection => Object.hasOwn(PREVIEW_SECTIONS, slug)
