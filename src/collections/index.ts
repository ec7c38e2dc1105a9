import type { CollectionConfig } from 'payload'
import { Agencies } from './Agencies'
import { Alerts } from './Alerts'
import { Booths } from './Booths'
import { Businesses } from './Businesses'
import { MarketImages } from './MarketImages'
import { Products } from './Products'
import { AgencySettings } from './AgencySettings'
import { AuditLog } from './AuditLog'
import { Attachments } from './Attachments'
import { Enquiries } from './Enquiries'
import { InvestmentGuides } from './InvestmentGuides'
import { InvestmentProjects } from './InvestmentProjects'
import { Zones } from './Zones'
import { LegalDocuments } from './LegalDocuments'
import { LegalConsultants } from './LegalConsultants'
import { LegalGuides } from './LegalGuides'
import { Media } from './Media'
import { News } from './News'
import { Procedures } from './Procedures'
import { Dossiers } from './Dossiers'
import { DossierImports } from './DossierImports'
import { DossierTokens } from './DossierTokens'
import { ProcedureImports } from './ProcedureImports'
import { isAgencyScoped } from './shared/agencyContent'
import { Users } from './Users'
import { InformationRequests } from './InformationRequests'
import { QuestionAnswers } from './QuestionAnswers'
import { QuestionAttachments } from './QuestionAttachments'
import { Questions } from './Questions'
import { transparencyCollections } from './TransparencySnapshots/transparencyCollections'
import { budgetCollections } from './BudgetDisclosures/planAndBudgetCollections'
import { consultationsCollection } from './Consultations'
import { ConsultationComments } from './ConsultationComments'
import { CommentAttachments } from './CommentAttachments'
import { Ratings } from './Ratings'
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
// Draft-policy consultations and their public comments.
collections.push(consultationsCollection({ withLegalDocuments: collections.some((c) => c.slug === 'legal-documents') }), ConsultationComments, CommentAttachments)
// "Was this information useful?" and satisfaction ratings.
collections.push(Ratings)
// Public services: the procedure catalogue, dossiers from the one-stop system, their imports and push tokens.
collections.push(Procedures, ProcedureImports, Dossiers, DossierImports, DossierTokens)
// Businesses ask – government answers: the private case, its files, the public answer.
collections.push(Questions, QuestionAttachments, QuestionAnswers)
// Information requests under the Law on Access to Information (the same case engine).
collections.push(InformationRequests)
// Legal support for businesses: agencies' guides (linking legal documents) and the consultants' directory.
collections.push(LegalGuides, LegalConsultants)
// Alert banners on every page (province-wide or per agency).
collections.push(Alerts)
// The province's e-commerce exchange: business accounts (a second auth collection), their booths,
// products and images, moderated by the Department of Industry and Trade (not agency-scoped).
collections.push(Businesses, MarketImages, Booths, Products)

/** Collections owned by an agency (tenant-scoped by the multi-tenant plugin). */
export const AGENCY_SCOPED: string[] = collections.filter(isAgencyScoped).map((c) => c.slug)
