import { registerSearchSources, type SearchSource } from '@/search/sources'
import { toSearchDocs as agencyDocs } from './Agencies/search'
import { toSearchDocs as budgetDocs } from './BudgetDisclosures/search'
import { toSearchDocs as projectDocs } from './InvestmentProjects/search'
import { toSearchDocs as legalDocs } from './LegalDocuments/search'
import { toSearchDocs as guideDocs } from './LegalGuides/search'
import { toSearchDocs as newsDocs } from './News/search'
import { toSearchDocs as planDocs } from './Plans/search'
import { toSearchDocs as procedureDocs } from './Procedures/search'
import { toSearchDocs as answerDocs } from './QuestionAnswers/search'

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)

/**
 * What each searchable collection puts in the site search index (its `search.ts`), registered
 * into the search layer's registry. A new searchable collection adds its line here and its key
 * to SEARCH_SECTIONS (src/search/sources).
 */
export const SEARCH_SOURCES: SearchSource[] = [
  { collection: 'news', toSearchDocs: newsDocs, shared: [] },
  {
    collection: 'legal-documents',
    toSearchDocs: legalDocs,
    agencyRef: (d) => d.issuingAgency ?? d.agency,
    issuerAgencyRef: (d) => d.issuingAgency,
    date: (d) => str(d.issueDate) ?? str(d.publishedAt),
    shared: ['number', 'docType', 'issueDate', 'issuingAgency', 'centralIssuer'],
  },
  { collection: 'plans', toSearchDocs: planDocs, shared: ['kind', 'level', 'area', 'periodStart', 'periodEnd'] },
  {
    collection: 'budget-disclosures',
    toSearchDocs: budgetDocs,
    date: (d) => str(d.publishedAt) ?? str(d.documentDate),
    shared: ['family', 'formCode', 'documentNumber', 'fiscalYear', 'documentDate'],
  },
  { collection: 'investment-projects', toSearchDocs: projectDocs, shared: ['sector'] },
  { collection: 'procedures', toSearchDocs: procedureDocs, date: () => undefined, shared: ['code', 'field', 'level'] },
  // Answered questions: the public wording and the answer only (never the asker's data, which is
  // not in this collection at all).
  { collection: 'question-answers', toSearchDocs: answerDocs, date: (d) => str(d.answeredOn) ?? str(d.publishedAt), shared: ['field', 'answeredOn'] },
  // Legal-support guides (the consultants' directory is not indexed: its contacts stay on its page).
  { collection: 'legal-guides', toSearchDocs: guideDocs, shared: ['field'] },
  // An agency is filed under itself (the agency filter then finds its own page too).
  { collection: 'agencies', toSearchDocs: agencyDocs, agencyRef: (d) => d.id, date: () => undefined, shared: [] },
]

registerSearchSources(SEARCH_SOURCES)
