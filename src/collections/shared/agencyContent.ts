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
// Editorial workflow, translator scope, audit log.
import { reviewFields, workflowStateField } from '@/fields/workflowState'
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
    admin: withWorkflowAdmin(config.admin),
    custom: { ...config.custom, agencyScoped: true, translationTracked: true },
    // English-edition state: `translation` group + Vietnamese source panel.
    // The workflow state first in the sidebar, the review notice first in the form.
    fields: [workflowStateField(), ...reviewFields(), ...config.fields, ...translationFields(), ...publicationRecordFields(config)],
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

const WORKFLOW_BUTTONS = '/components/admin/workflow/WorkflowButtons#WorkflowButtons'
const NEW_ITEM_VIEW = '/components/admin/create/NewItemView#NewItemView'

/**
 * The workflow as buttons by role (in place of Payload's Publish button) and the
 * workflow state as a list column (filterable like every select field), and a create view that
 * stores nothing until the editor has typed a title.
 */
function withWorkflowAdmin(admin: CollectionConfig['admin']): CollectionConfig['admin'] {
  const columns = admin?.defaultColumns
  return {
    ...admin,
    ...(columns && !columns.includes('workflowState') ? { defaultColumns: [...columns, 'workflowState'] } : {}),
    components: {
      ...admin?.components,
      edit: { ...admin?.components?.edit, PublishButton: WORKFLOW_BUTTONS },
      // "Tạo mới" asks for the title first: nothing is stored by merely opening it.
      views: { ...admin?.components?.views, newItem: { Component: NEW_ITEM_VIEW, path: '/create', exact: true } },
    },
  }
}

/** Collections whose documents belong to one agency (the multi-tenant plugin scopes them). */
export function isAgencyScoped(collection: CollectionConfig): boolean {
  return Boolean(collection.custom?.agencyScoped)
}
