import type { SectionKey } from './table'

/**
 * Sections in the main navigation, in order. A section is listed here once its pages exist, so
 * the navigation never leads to an empty page.
 */
export const LIVE_SECTIONS: SectionKey[] = ['news', 'legal-documents', 'plans', 'budget', 'agencies', 'public-services', 'invest', 'consultations', 'surveys', 'transparency', 'search']
