import type { Config, Field, Plugin } from 'payload'

/**
 * Legal documents are cited across agencies: a provincial resolution rests on national laws entered
 * by the Department of Justice, a news item of one department links to a decision of the People's
 * Committee, a plan names its approving decision. The multi-tenant plugin narrows every relationship
 * to a tenant-scoped collection to the editing document's own agency; this plugin (placed after it)
 * lifts that narrowing for relationships to `legal-documents`. Read access still applies: editors
 * pick among published documents and their own agencies' drafts.
 */
const TARGET = 'legal-documents'

function pointsOnlyAtLegalDocuments(relationTo: string | string[]): boolean {
  return Array.isArray(relationTo) ? relationTo.length > 0 && relationTo.every((r) => r === TARGET) : relationTo === TARGET
}

function lift(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'relationship' && pointsOnlyAtLegalDocuments(field.relationTo)) {
      const { filterOptions: _tenantFilter, ...rest } = field
      return rest as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: lift(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: lift(tab.fields) })) }
    if (field.type === 'blocks' && field.blocks) return { ...field, blocks: field.blocks.map((b) => ({ ...b, fields: lift(b.fields) })) }
    return field
  })
}

export const crossAgencyLegalRelations: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({ ...c, fields: lift(c.fields) })),
})
