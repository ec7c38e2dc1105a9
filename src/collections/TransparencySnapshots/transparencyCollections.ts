import type { CollectionConfig } from 'payload'
import { disclosureCatalogue } from '../DisclosureCatalogue'
import { TransparencySnapshots } from '.'

/** The transparency collections, given the rest of the portal's collections. */
export function transparencyCollections(existing: readonly CollectionConfig[]): CollectionConfig[] {
  return [disclosureCatalogue({ withLegalDocuments: existing.some((c) => c.slug === 'legal-documents') }), TransparencySnapshots]
}
