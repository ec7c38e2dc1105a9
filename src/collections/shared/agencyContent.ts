import type { CollectionConfig } from 'payload'
import { agencyContentAccess } from '@/access/content'
import { enforcePublishRights } from '@/hooks/enforcePublishRights'
import { revalidateDeleted, revalidateDoc } from '@/hooks/revalidate'
import { translationFields } from '@/fields/translation'
import { trackTranslation } from '@/hooks/trackTranslation'
import { changeTrackingFields, trackChanges } from '@/fields/changeTracking'
import { previousSlugsField, rememberPreviousSlug } from '@/fields/previousSlugs'
import { setPublishedAt } from '@/hooks/setPublishedAt'
import { guardTrash } from '@/hooks/guardTrash'
// AGENCY: editorial workflow, translator scope, audit log.
import { workflowStateField } from '@/fields/workflowState'
import { auditChange, auditDelete } from '@/hooks/audit'
import { translatorScope } from '@/hooks/translatorScope'
import { notifyPublishers, syncWorkflowState } from '@/hooks/workflow'
import { syncSearchAfterChange, syncSearchAfterDelete } from '@/search/sync'

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
    custom: { ...config.custom, agencyScoped: true, translationTracked: true },
    // English-edition state: `translation` group + Vietnamese source panel.
    fields: [...config.fields, ...translationFields(), ...publicationRecordFields(config), workflowStateField()],
    hooks: {
      ...config.hooks,
      // LEGAL: publishedAt stamp and old-slug redirects; `trackChanges` stays LAST (it resets the
      // per-save `changeKind` that `trackTranslation` reads).
      beforeChange: [enforcePublishRights, translatorScope, syncWorkflowState, guardTrash, setPublishedAt, rememberPreviousSlug, ...(config.hooks?.beforeChange ?? []), trackTranslation, trackChanges],
      // SEARCH: the index is written before the caches (incl. the `search` tag) are expired.
      afterChange: [...(config.hooks?.afterChange ?? []), syncSearchAfterChange, revalidateDoc, auditChange, notifyPublishers],
      afterDelete: [...(config.hooks?.afterDelete ?? []), syncSearchAfterDelete, revalidateDeleted, auditDelete],
    },
  }
}

/**
 * Publication record: public change history on every publishable collection; `publishedAt` (stamped on
 * first publication) unless the collection defines its own; remembered old slugs when it has one.
 */
function publicationRecordFields(config: CollectionConfig): CollectionConfig['fields'] {
  const names = new Set(config.fields.map((f) => ('name' in f ? f.name : undefined)))
  return [
    ...(names.has('publishedAt')
      ? []
      : [{ name: 'publishedAt', type: 'date', index: true, label: { vi: 'Ngày đăng', en: 'Published on' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } } as const]),
    ...(names.has('slug') ? [previousSlugsField()] : []),
    ...changeTrackingFields(),
  ]
}

/** Collections whose documents belong to one agency (the multi-tenant plugin scopes them). */
export function isAgencyScoped(collection: CollectionConfig): boolean {
  return Boolean(collection.custom?.agencyScoped)
}
