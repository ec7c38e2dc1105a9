import type { CollectionConfig } from 'payload'
import { Agencies } from './Agencies'
import { Attachments } from './Attachments'
import { Media } from './Media'
import { News } from './News'
import { Users } from './Users'

export const collections: CollectionConfig[] = [Users, Agencies, Media, Attachments, News]

/** Collections owned by an agency (tenant-scoped by the multi-tenant plugin). */
export const AGENCY_SCOPED = ['media', 'attachments', 'news'] as const
