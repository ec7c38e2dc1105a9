import type { AgencySectionKey } from '@/routes/hosts'

/** Sections of an agency site that have pages, in navigation order. */
export const AGENCY_SITE_SECTIONS: AgencySectionKey[] = ['news', 'legal-documents', 'plans', 'budget', 'access-to-information']
