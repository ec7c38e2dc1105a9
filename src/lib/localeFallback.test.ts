import { describe, expect, it } from 'vitest'
import type { FlattenedBlock, FlattenedField } from 'payload'
import { richTextFromParagraphs } from '@/lib/richtext'
import { inLocale, pickRich, pickText, splitLocales, type FieldSchema } from './localeFallback'

describe('pickText', () => {
  it('prefers the page locale, else the Vietnamese original marked vi', () => {
    expect(pickText('en', 'Port', 'Cảng')).toEqual({ text: 'Port', lang: 'en' })
    expect(pickText('en', '', 'Cảng')).toEqual({ text: 'Cảng', lang: 'vi' })
    expect(pickText('en', '   ', 'Cảng')).toEqual({ text: 'Cảng', lang: 'vi' })
    expect(pickText('en', null, null)).toBeNull()
    expect(pickText('vi', 'Cảng', 'ignored')).toEqual({ text: 'Cảng', lang: 'vi' })
    expect(pickText('vi', '', 'Cảng')).toBeNull()
    expect(pickText('vi', undefined, undefined)).toBeNull()
  })
})

describe('pickRich', () => {
  it('treats an empty editor state as missing', () => {
    const empty = { root: { children: [] } }
    const vi = richTextFromParagraphs(['Nội dung'])
    const en = richTextFromParagraphs(['Content'])
    expect(pickRich('en', en, vi)).toEqual({ value: en, lang: 'en' })
    expect(pickRich('en', empty, vi)).toEqual({ value: vi, lang: 'vi' })
    expect(pickRich('en', null, empty)).toBeNull()
    expect(pickRich('vi', null, vi)).toBeNull()
  })
})

// A hand-written field list shaped like Payload's flattened fields (only what the split reads).
const f = (field: Record<string, unknown>) => field as unknown as FlattenedField
const AGENCY: FlattenedField[] = [f({ name: 'slug', type: 'text' }), f({ name: 'name', type: 'text', localized: true })]
const QUOTE = { slug: 'quote', fields: [], flattenedFields: [f({ name: 'text', type: 'text', localized: true }), f({ name: 'by', type: 'text' })] } satisfies FlattenedBlock
const schema: FieldSchema = {
  collection: (slug) => (slug === 'agencies' ? AGENCY : undefined),
  block: (slug) => (slug === 'quote' ? QUOTE : undefined),
}
const FIELDS: FlattenedField[] = [
  f({ name: 'slug', type: 'text' }),
  f({ name: 'title', type: 'text', localized: true }),
  f({ name: 'body', type: 'richText', localized: true }),
  f({ name: 'plain', type: 'richText' }),
  f({ name: 'contacts', type: 'group', flattenedFields: [f({ name: 'office', type: 'text', localized: true }), f({ name: 'phone', type: 'text' })] }),
  f({ name: 'steps', type: 'array', flattenedFields: [f({ name: 'title', type: 'text', localized: true })] }),
  // A localized array: its rows are stored per locale, their fields are not localized again.
  f({ name: 'links', type: 'array', localized: true, flattenedFields: [f({ name: 'label', type: 'text', localized: true })] }),
  f({ name: 'layout', type: 'blocks', blocks: [], blockReferences: ['quote'] }),
  f({ name: 'agency', type: 'relationship', relationTo: 'agencies' }),
  f({ name: 'agencies', type: 'relationship', relationTo: 'agencies', hasMany: true }),
  f({ name: 'owner', type: 'relationship', relationTo: ['agencies', 'users'] }),
  f({ name: 'news', type: 'join', collection: 'agencies' }),
]

describe('inLocale / splitLocales', () => {
  const vi = richTextFromParagraphs(['Nội dung'])
  const plain = richTextFromParagraphs(['Chung'])
  const doc = {
    id: 7,
    slug: 'cang',
    title: { vi: 'Cảng', en: 'Port' },
    body: { vi },
    plain,
    contacts: { office: { vi: 'Văn phòng' }, phone: '0239' },
    steps: [{ id: 'a', title: { vi: 'Bước 1', en: 'Step 1' } }, { id: 'b', title: { vi: 'Bước 2' } }],
    links: { vi: [{ id: 'x', label: 'Liên kết' }], en: [{ id: 'y', label: 'Link' }] },
    layout: [{ blockType: 'quote', text: { vi: 'Câu', en: 'Quote' }, by: 'A' }, { blockType: 'unknown', text: { vi: 'giữ nguyên' } }],
    agency: { id: 1, slug: 'so-a', name: { vi: 'Sở A', en: 'Department A' } },
    agencies: [2, { id: 3, slug: 'so-c', name: { vi: 'Sở C' } }],
    owner: { relationTo: 'agencies', value: { id: 4, slug: 'so-d', name: { vi: 'Sở D', en: 'Department D' } } },
    news: { docs: [{ id: 5, slug: 'so-e', name: { en: 'Department E' } }], hasNextPage: false },
    notAField: { vi: 'kept as it is' },
  }

  it('gives each locale its own values, field by field, and leaves the rest untouched', () => {
    expect(inLocale(doc, FIELDS, 'en', schema)).toEqual({
      id: 7,
      slug: 'cang',
      title: 'Port',
      body: undefined,
      plain,
      contacts: { office: undefined, phone: '0239' },
      steps: [{ id: 'a', title: 'Step 1' }, { id: 'b', title: undefined }],
      links: [{ id: 'y', label: 'Link' }],
      layout: [{ blockType: 'quote', text: 'Quote', by: 'A' }, { blockType: 'unknown', text: { vi: 'giữ nguyên' } }],
      agency: { id: 1, slug: 'so-a', name: 'Department A' },
      agencies: [2, { id: 3, slug: 'so-c', name: undefined }],
      owner: { relationTo: 'agencies', value: { id: 4, slug: 'so-d', name: 'Department D' } },
      news: { docs: [{ id: 5, slug: 'so-e', name: 'Department E' }], hasNextPage: false },
      notAField: { vi: 'kept as it is' },
    })
    const both = splitLocales(doc, FIELDS, schema) as Record<'vi' | 'en', typeof doc>
    expect(both.vi).toMatchObject({ title: 'Cảng', body: vi, contacts: { office: 'Văn phòng' }, links: [{ label: 'Liên kết' }], agency: { name: 'Sở A' } })
    expect(both.vi.steps.map((s) => s.title)).toEqual(['Bước 1', 'Bước 2'])
  })

  it('does not change the document it reads, and passes ids and nulls through', () => {
    const copy = structuredClone(doc)
    inLocale(doc, FIELDS, 'en', schema)
    expect(doc).toEqual(copy)
    expect(inLocale({ id: 1, title: null, agency: 9, steps: null }, FIELDS, 'en', schema)).toEqual({ id: 1, title: null, agency: 9, steps: null })
    expect(inLocale(null, FIELDS, 'en', schema)).toBeNull()
  })
})
