import type { CollectionConfig, Field, GlobalConfig, Plugin } from 'payload'
import { agencyIdsWithRole, isAdmin, PUBLISHING_ROLES, type PortalUser } from '@/access/roles'

/**
 * The Vietnamese admin, applied after every other plugin so that fields the plugins
 * add are covered too: labels for the plugins' fields (SEO title/description/image, the users'
 * agency memberships), "Có/Không" instead of raw booleans in lists, JSON fields without the
 * CDN-loaded Monaco editor (budget tables as a readable grid with the totals check), and the
 * System group hidden from editors and translators (admins and publishers keep it).
 */
const BOOLEAN_CELL = '/components/admin/BooleanCell#BooleanCell'
const READ_ONLY_DATE = '/components/admin/ReadOnlyDate#ReadOnlyDate'
const PLAIN_JSON = '/components/admin/json/PlainJsonField#PlainJsonField'
const BUDGET_TABLE = '/components/admin/json/BudgetTableField#BudgetTableField'
/** JSON fields that hold a budget table (src/domain/budget): shown as a grid with the totals check. */
const BUDGET_TABLES: Record<string, string[]> = { 'budget-disclosures': ['table'], 'budget-table-files': ['table'] }
/** Tables editors edit in the grid (a source file's own table is what the file says: read-only). */
const EDITABLE_TABLES: Record<string, string[]> = { 'budget-disclosures': ['table'] }
/** A source file's table: what the file says, read on upload. */
const FILE_TABLE_HELP = {
  vi: 'Bảng đọc được từ tệp khi lưu; ô tổng không khớp với tổng các số hạng được tô đỏ. Sửa số liệu trong bảng của tài liệu công khai ngân sách, không phải ở đây.',
  en: 'The table read from the file on save; total cells that do not match the sum of their terms are shown in red. Correct figures in the budget disclosure’s table, not here.',
}
const BUDGET_TABLE_HELP = {
  vi: 'Chọn tệp CSV/XLSX ở trên để thay cả bảng, hoặc sửa từng ô, thêm/xóa dòng ngay trong bảng. Ô tổng không khớp với tổng các số hạng được tô đỏ và liệt kê ở đầu bảng.',
  en: 'Pick a CSV/XLSX file above to replace the whole table, or edit cells and add/remove rows in the grid. Total cells that do not match the sum of their terms are shown in red and listed above the table.',
}
const SYSTEM_GROUP = 'Hệ thống'

const PLUGIN_LABELS: Record<string, Record<string, { vi: string; en: string }>> = {
  // @payloadcms/plugin-seo's `meta` group
  meta: {
    title: { vi: 'Tiêu đề SEO', en: 'Meta title' },
    description: { vi: 'Mô tả SEO', en: 'Meta description' },
    image: { vi: 'Ảnh chia sẻ', en: 'Meta image' },
  },
}
const TOP_LABELS: Record<string, Record<string, { vi: string; en: string }>> = {
  users: { agencies: { vi: 'Cơ quan và vai trò', en: 'Agencies and roles' } },
}

/**
 * Collections whose documents go through the review workflow (agencyContent(): title-first create,
 * then autosaved drafts). Payload's "create new" in a relationship or upload drawer would bypass
 * both (an empty draft stored on opening, no title asked): such fields offer picking only, and
 * the editor creates the document from its own list.
 */
export function workflowSlugs(collections: readonly CollectionConfig[]): Set<string> {
  return new Set(collections.filter((c) => (c.custom as { agencyScoped?: boolean } | undefined)?.agencyScoped && c.versions && typeof c.versions === 'object' && c.versions.drafts).map((c) => c.slug))
}

function relabel(fields: Field[], labels: Record<string, { vi: string; en: string }> = {}, tables: string[] = [], workflow: Set<string> = new Set(), editableTables: string[] = []): Field[] {
  return fields.map((field) => {
    let out = field
    // Payload's JSON/code editor (Monaco) comes from a CDN: never load it.
    if ((out.type === 'json' || out.type === 'code') && !out.admin?.components?.Field && !out.admin?.hidden) {
      const table = tables.includes(out.name)
      const editable = editableTables.includes(out.name)
      const Field = table ? (editable ? { path: BUDGET_TABLE, clientProps: { editable: true } } : BUDGET_TABLE) : PLAIN_JSON
      out = {
        ...out,
        admin: { ...out.admin, ...(table ? { description: editable ? BUDGET_TABLE_HELP : FILE_TABLE_HELP } : {}), components: { ...out.admin?.components, Field } },
      } as Field
    }
    if ((out.type === 'relationship' || out.type === 'upload') && out.admin?.allowCreate === undefined) {
      const targets = Array.isArray(out.relationTo) ? out.relationTo : [out.relationTo]
      if (targets.some((slug) => workflow.has(slug))) out = { ...out, admin: { ...out.admin, allowCreate: false } } as Field
    }
    if ('name' in out && labels[out.name] && !('label' in out && out.label)) out = { ...out, label: labels[out.name] } as Field
    // Computed dates look read-only: text, no clear/calendar controls.
    if (out.type === 'date' && out.admin?.readOnly && !out.admin?.components?.Field) out = { ...out, admin: { ...out.admin, components: { ...out.admin?.components, Field: READ_ONLY_DATE } } }
    if (out.type === 'checkbox' && !out.admin?.components?.Cell) out = { ...out, admin: { ...out.admin, components: { ...out.admin?.components, Cell: BOOLEAN_CELL } } }
    if ('fields' in out && Array.isArray(out.fields)) {
      const nested = 'name' in out ? PLUGIN_LABELS[out.name] : undefined
      out = { ...out, fields: relabel(out.fields, nested, [], workflow) } as Field
    }
    if (out.type === 'blocks') out = { ...out, blocks: out.blocks.map((b) => ({ ...b, fields: relabel(b.fields, undefined, [], workflow) })) }
    if (out.type === 'tabs') out = { ...out, tabs: out.tabs.map((tab) => ({ ...tab, fields: relabel(tab.fields, 'name' in tab && tab.name ? PLUGIN_LABELS[tab.name] : undefined, [], workflow) })) }
    return out
  })
}

const isSystem = (group: unknown) => Boolean(group && typeof group === 'object' && (group as Record<string, string>).vi === SYSTEM_GROUP)

/** System collections are for admins and publishers; editors and translators never see them. */
const hiddenFromEditors = ({ user }: { user: unknown }) => {
  const u = user as PortalUser | null
  return !isAdmin(u) && agencyIdsWithRole(u, PUBLISHING_ROLES).length === 0
}

export const adminUi: Plugin = (config) => {
  const workflow = workflowSlugs(config.collections ?? [])
  return {
    ...config,
    collections: (config.collections ?? []).map(
      (c): CollectionConfig => ({
        ...c,
        fields: relabel(c.fields, TOP_LABELS[c.slug], BUDGET_TABLES[c.slug], workflow, EDITABLE_TABLES[c.slug]),
        admin: isSystem(c.admin?.group) && c.admin?.hidden === undefined ? { ...c.admin, hidden: hiddenFromEditors } : c.admin,
      }),
    ),
    globals: (config.globals ?? []).map(
      (g): GlobalConfig => ({
        ...g,
        fields: relabel(g.fields, undefined, [], workflow),
        admin: isSystem(g.admin?.group) && g.admin?.hidden === undefined ? { ...g.admin, hidden: hiddenFromEditors } : g.admin,
      }),
    ),
  }
}
