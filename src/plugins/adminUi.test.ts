import { describe, expect, it } from 'vitest'
import type { CollectionConfig, Config, Field } from 'payload'
import { adminUi } from './adminUi'

const news: CollectionConfig = {
  slug: 'news',
  fields: [
    { name: 'title', type: 'text' },
    { name: 'featured', type: 'checkbox' },
    { name: 'meta', type: 'group', fields: [{ name: 'title', type: 'text' }, { name: 'description', type: 'textarea' }, { name: 'image', type: 'upload', relationTo: 'media' }] },
  ],
}
const users: CollectionConfig = {
  slug: 'users',
  admin: { group: { vi: 'Hệ thống', en: 'System' } },
  fields: [{ name: 'agencies', type: 'array', fields: [{ name: 'agency', type: 'text' }] }],
}

async function apply() {
  const out = (await adminUi({ collections: [news, users], globals: [] } as unknown as Config)) as Config
  const byName = (slug: string) => out.collections!.find((c) => c.slug === slug)!
  return { byName }
}
const field = (fields: Field[], name: string) => fields.find((f) => 'name' in f && f.name === name) as Field & { label?: unknown; fields?: Field[]; admin?: { components?: { Cell?: string } } }

describe('the Vietnamese admin labels', () => {
  it('labels the SEO plugin fields and the users’ agency memberships in both languages', async () => {
    const { byName } = await apply()
    const meta = field(byName('news').fields, 'meta')
    expect(field(meta.fields!, 'title').label).toEqual({ vi: 'Tiêu đề SEO', en: 'Meta title' })
    expect(field(meta.fields!, 'description').label).toEqual({ vi: 'Mô tả SEO', en: 'Meta description' })
    expect(field(meta.fields!, 'image').label).toEqual({ vi: 'Ảnh chia sẻ', en: 'Meta image' })
    expect(field(byName('news').fields, 'title').label).toBeUndefined() // only plugin fields are touched
    expect(field(byName('users').fields, 'agencies').label).toEqual({ vi: 'Cơ quan và vai trò', en: 'Agencies and roles' })
  })

  it('shows checkboxes as Có/Không in lists', async () => {
    const { byName } = await apply()
    expect(field(byName('news').fields, 'featured').admin?.components?.Cell).toBe('/components/admin/BooleanCell#BooleanCell')
  })

  it.each([
    ['an editor', { collection: 'users', agencies: [{ agency: 1, roles: ['editor'] }] }, true],
    ['a translator', { collection: 'users', agencies: [{ agency: 1, roles: ['translator'] }] }, true],
    ['a publisher', { collection: 'users', agencies: [{ agency: 1, roles: ['publisher'] }] }, false],
    ['an admin', { collection: 'users', isAdmin: true }, false],
  ])('System collections are hidden from %s: %s', async (_who, user, hidden) => {
    const { byName } = await apply()
    const fn = byName('users').admin!.hidden as (args: { user: unknown }) => boolean
    expect(fn({ user })).toBe(hidden)
    expect(byName('news').admin?.hidden).toBeUndefined()
  })
})

describe('JSON fields never load the CDN editor', () => {
  it('budget tables get the grid, other JSON fields a plain text box, hidden ones are left alone', async () => {
    const disclosures: CollectionConfig = {
      slug: 'budget-disclosures',
      fields: [
        { name: 'table', type: 'json' },
        { name: 'totalsMismatches', type: 'json', admin: { hidden: true } },
        { name: 'extra', type: 'code' },
      ],
    }
    const out = (await adminUi({ collections: [disclosures], globals: [] } as unknown as Config)) as Config
    const fields = out.collections![0]!.fields
    const component = (name: string) => (field(fields, name).admin as { components?: { Field?: string } } | undefined)?.components?.Field
    // the disclosure's own table is edited in the grid
    expect(component('table')).toEqual({ path: '/components/admin/json/BudgetTableField#BudgetTableField', clientProps: { editable: true } })
    expect(component('extra')).toBe('/components/admin/json/PlainJsonField#PlainJsonField')
    expect(component('totalsMismatches')).toBeUndefined()
  })
})

it("a source file's table is shown in the grid read-only", async () => {
  const files: CollectionConfig = { slug: 'budget-table-files', fields: [{ name: 'table', type: 'json' }] }
  const out = (await adminUi({ collections: [files], globals: [] } as unknown as Config)) as Config
  expect((field(out.collections![0]!.fields, 'table').admin as { components?: { Field?: unknown } }).components?.Field).toBe('/components/admin/json/BudgetTableField#BudgetTableField')
})

describe('"create new" in a relationship or upload drawer', () => {
  const workflowCollection: CollectionConfig = { slug: 'legal-documents', custom: { agencyScoped: true }, versions: { drafts: { autosave: true } }, fields: [{ name: 'title', type: 'text' }] }
  const media: CollectionConfig = { slug: 'media', upload: true, custom: { agencyScoped: true }, fields: [{ name: 'alt', type: 'text' }] }
  const host: CollectionConfig = {
    slug: 'news',
    fields: [
      { name: 'related', type: 'relationship', relationTo: 'legal-documents', hasMany: true },
      { name: 'either', type: 'relationship', relationTo: ['media', 'legal-documents'] },
      { name: 'image', type: 'upload', relationTo: 'media' },
      { name: 'kept', type: 'relationship', relationTo: 'legal-documents', admin: { allowCreate: true } },
      { name: 'group', type: 'group', fields: [{ name: 'nested', type: 'relationship', relationTo: 'legal-documents' }] },
      { type: 'tabs', tabs: [{ label: 'x', fields: [{ name: 'inTab', type: 'relationship', relationTo: 'legal-documents' }] }] },
    ],
  }
  it.each([
    ['a relationship to a workflow collection', 'related', false],
    ['a polymorphic relationship with a workflow collection among its targets', 'either', false],
    ['an upload to a collection without drafts (Payload create path, no workflow)', 'image', undefined],
    ['a field that chose for itself', 'kept', true],
  ])('%s: allowCreate %s', async (_what, name, allowCreate) => {
    const out = (await adminUi({ collections: [workflowCollection, media, host], globals: [] } as unknown as Config)) as Config
    const fields = out.collections!.find((c) => c.slug === 'news')!.fields
    expect((field(fields, name).admin as { allowCreate?: boolean } | undefined)?.allowCreate).toBe(allowCreate)
  })
  it('reaches nested groups and tabs', async () => {
    const out = (await adminUi({ collections: [workflowCollection, host], globals: [] } as unknown as Config)) as Config
    const fields = out.collections!.find((c) => c.slug === 'news')!.fields
    expect((field(field(fields, 'group').fields!, 'nested').admin as { allowCreate?: boolean }).allowCreate).toBe(false)
    const tabs = fields.find((f) => f.type === 'tabs') as unknown as { tabs: { fields: Field[] }[] }
    expect((field(tabs.tabs[0]!.fields, 'inTab').admin as { allowCreate?: boolean }).allowCreate).toBe(false)
  })
})

it('computed (read-only) dates are shown as text, editable dates keep the picker', async () => {
  const c: CollectionConfig = { slug: 'x', fields: [{ name: 'dueDate', type: 'date', admin: { readOnly: true } }, { name: 'documentDate', type: 'date' }] }
  const out = (await adminUi({ collections: [c], globals: [] } as unknown as Config)) as Config
  const fields = out.collections![0]!.fields
  expect((field(fields, 'dueDate').admin as { components?: { Field?: string } }).components?.Field).toBe('/components/admin/ReadOnlyDate#ReadOnlyDate')
  expect(field(fields, 'documentDate').admin).toBeUndefined()
})
