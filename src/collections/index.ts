import type { CollectionConfig } from 'payload'
import { Agencies } from './Agencies'
import { Alerts } from './Alerts'
import { AgencySettings } from './AgencySettings'
import { AuditLog } from './AuditLog'
import { Attachments } from './Attachments'
import { Enquiries } from './Enquiries'
import { InvestmentGuides } from './InvestmentGuides'
import { InvestmentProjects } from './InvestmentProjects'
import { Zones } from './Zones'
import { LegalDocuments } from './LegalDocuments'
import { Media } from './Media'
import { News } from './News'
import { isAgencyScoped } from './shared/agencyContent'
import { Users } from './Users'
import { transparencyCollections } from './TransparencySnapshots/transparencyCollections'
import { budgetCollections } from './BudgetDisclosures/planAndBudgetCollections'
// Registers each searchable collection's `toSearchDocs` into the search layer (before any hook runs).
import './searchSources'

/** Every collection of the portal. Add a new one here (one folder per collection). */
export const collections: CollectionConfig[] = [Users, Agencies, Media, Attachments, News, LegalDocuments]
// Investors' section.
collections.push(Zones, InvestmentProjects, InvestmentGuides, Enquiries)
// Plans and budget disclosures.
collections.push(...budgetCollections(collections))
// Transparency is appended last: the catalogue links to `legal-documents` when it exists.
collections.push(...transparencyCollections(collections))
// Agency sites and the editorial workflow: per-agency settings, append-only audit log.
collections.push(AgencySettings, AuditLog)
// Alert banners on every page (province-wide or per agency).
collections.push(Alerts)

/** Collections owned by an agency (tenant-scoped by the multi-tenant plugin). */
export const AGENCY_SCOPED: string[] = collections.filter(isAgencyScoped).map((c) => c.slug)
