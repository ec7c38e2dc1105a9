import type { Where } from 'payload'

/**
 * What the public loaders ask for again and again, named once: the published-only filter, and what
 * a public page shows of a linked agency, attachment or legal document (Payload `populate` selects).
 */
export const PUBLISHED: Where = { _status: { equals: 'published' } }
export const AGENCY_LINK = { name: true, slug: true } as const
export const ATTACHMENT_CARD = { title: true, url: true, filename: true, mimeType: true, filesize: true } as const
export const LEGAL_LINK = { number: true, title: true, slug: true } as const
