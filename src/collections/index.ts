import type { CollectionConfig } from 'payload'
import { Agencies } from './Agencies'
import { Attachments } from './Attachments'
import { Media } from './Media'
import { News } from './News'
import { isAgencyScoped } from './shared/agencyContent'
import { Users } from './Users'

/** Every collection of the portal. Add a new one here (one folder per collection). */
export const collections: CollectionConfig[] = [Users, Agencies, Media, Attachments, News]

/** Collections owned by an agency (tenant-scoped by the multi-tenant plugin). */
export const AGENCY_SCOPED: string[] = collections.filter(isAgencyScoped).map((c) => c.slug)
