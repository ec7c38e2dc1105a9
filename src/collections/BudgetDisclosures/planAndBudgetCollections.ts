import type { CollectionConfig } from 'payload'
import { BudgetTableFiles } from '../BudgetTableFiles'
import { plansCollection } from '../Plans'
import { BudgetDisclosures } from '.'

/** Plans, budget disclosures and their table files, given the collections before them. */
export function budgetCollections(existing: readonly CollectionConfig[]): CollectionConfig[] {
  return [plansCollection({ withLegalDocuments: existing.some((c) => c.slug === 'legal-documents') }), BudgetDisclosures, BudgetTableFiles]
}
