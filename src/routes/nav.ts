import type { SectionKey } from './table'

/**
 * Sections in the main navigation, in order. A section is listed here once its pages exist, so
 * the navigation never leads to an empty page.
 */
export const LIVE_SECTIONS: SectionKey[] = ['news', 'legal-documents', 'plans', 'budget', 'agencies', 'public-services', 'invest', 'consultations', 'surveys', 'transparency', 'search']

/**
 * Every section landing page in the sitemap: the navigation's, and sections reached from other
 * pages rather than the main menu (legal support: from the legal documents and the Q&A).
 */
export const SITEMAP_SECTIONS: SectionKey[] = [...LIVE_SECTIONS, 'legal-support', 'marketplace']
