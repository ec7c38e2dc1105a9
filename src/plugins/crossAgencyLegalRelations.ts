import type { Config, Field, FilterOptions, Plugin, Where } from 'payload'
import { idOf } from '@/access/roles'

/**
 * Legal documents are cited across agencies: a provincial resolution rests on national laws entered
 * by the Department of Justice, a news item of one department links to a decision of the People's
 * Committee, a plan names its approving decision. The multi-tenant plugin narrows every relationship
 * to a tenant-scoped collection to the editing document's own agency; this plugin (placed after it)
 * replaces that narrowing for relationships to `legal-documents`: another agency's document may be
 * linked once it is PUBLISHED; the document's own agency's drafts may be linked too. Payload checks
 * the options on every save (with the user's read access as well), so a forged id of another
 * agency's draft is refused exactly like an id that does not exist, and the admin
 * picker offers the same choice.
 */
const TARGET = 'legal-documents'
const PUBLISHED: Where = { _status: { equals: 'published' } }

export const publishedOrSameAgency: FilterOptions = ({ data }) => {
  const agency = idOf((data as { agency?: number | string | { id: number | string } | null } | undefined)?.agency ?? null)
  return agency === null ? PUBLISHED : { or: [PUBLISHED, { agency: { equals: agency } }] }
}

function pointsOnlyAtLegalDocuments(relationTo: string | string[]): boolean {
  return Array.isArray(relationTo) ? relationTo.length > 0 && relationTo.every((r) => r === TARGET) : relationTo === TARGET
}

function lift(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'relationship' && pointsOnlyAtLegalDocuments(field.relationTo)) {
      return { ...field, filterOptions: publishedOrSameAgency } as Field
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
