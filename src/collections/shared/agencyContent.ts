import type { CollectionConfig } from 'payload'
import { agencyContentAccess } from '@/access/content'
import { enforcePublishRights } from '@/hooks/enforcePublishRights'
import { revalidateDeleted, revalidateDoc } from '@/hooks/revalidate'

/**
 * The common shape of every agency-owned, publishable collection (news, legal documents, plans,
 * budget disclosures, …): tenant-scoped (the multi-tenant plugin adds the `agency` field), the
 * shared access rules, drafts with autosave and scheduled publishing, trash, the publish-rights
 * check and cache revalidation. Workflow-wide hooks belong here, once, not in each collection.
 */
export function agencyContent(config: CollectionConfig): CollectionConfig {
  return {
    trash: true,
    versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
    ...config,
    access: { ...agencyContentAccess, ...config.access },
    custom: { ...config.custom, agencyScoped: true },
    hooks: {
      ...config.hooks,
      beforeChange: [enforcePublishRights, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), revalidateDoc],
      afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateDeleted],
    },
  }
}

/** Collections whose documents belong to one agency (the multi-tenant plugin scopes them). */
export function isAgencyScoped(collection: CollectionConfig): boolean {
  return Boolean(collection.custom?.agencyScoped)
}
