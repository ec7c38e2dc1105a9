import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { isTranslatorOnly, keepTranslatable } from './translator'

const fields: Field[] = [
  { name: 'agency', type: 'relationship', relationTo: 'agencies' },
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  { type: 'row', fields: [{ name: 'topics', type: 'select', hasMany: true, options: ['a'] }, { name: 'summary', type: 'textarea', localized: true }] },
  { type: 'tabs', tabs: [{ name: 'meta', fields: [{ name: 'title', type: 'text', localized: true }, { name: 'image', type: 'upload', relationTo: 'media' }] }, { label: 'x', fields: [{ name: 'body', type: 'richText', localized: true }] }] },
  { name: 'translation', type: 'group', fields: [{ name: 'state', type: 'text' }] },
  { name: 'workflowState', type: 'select', options: ['draft', 'submitted'] },
  { name: 'relations', type: 'array', fields: [{ name: 'note', type: 'text', localized: true }] },
]

describe('keepTranslatable', () => {
  it('keeps localized fields and the workflow state, restores everything else', () => {
    const original = { agency: 1, title: 'Tin', slug: 'tin', topics: [], summary: 'Tóm tắt', meta: { title: 'M', image: 5 }, translation: { state: 'missing' }, workflowState: 'draft', relations: [] }
    const data = {
      agency: 2,
      title: 'News',
      slug: 'news',
      topics: ['a'],
      summary: 'Summary',
      meta: { title: 'Meta', image: 9 },
      body: { root: {} },
      translation: { state: 'current' },
      workflowState: 'submitted',
      relations: [{ note: 'x' }],
      _status: 'draft',
    }
    expect(keepTranslatable(fields, data, original)).toEqual({
      agency: 1,
      title: 'News',
      slug: 'tin',
      topics: [],
      summary: 'Summary',
      meta: { title: 'Meta', image: 5 },
      body: { root: {} },
      translation: { state: 'missing' },
      workflowState: 'submitted',
      relations: [],
      _status: 'draft',
    })
  })
})

describe('isTranslatorOnly', () => {
  const user = (roles: ('editor' | 'publisher' | 'translator')[], isAdmin = false) => ({ id: 1, collection: 'users', isAdmin, agencies: [{ agency: 7, roles }] })
  it.each([
    [user(['translator']), 7, true],
    [user(['translator', 'editor']), 7, false],
    [user(['publisher']), 7, false],
    [user(['translator'], true), 7, false],
    [user(['editor']), 8, true], // no authoring right in that agency (access rules refuse it anyway)
  ])('%j in agency %s → %s', (u, agency, expected) => {
    expect(isTranslatorOnly(u, agency)).toBe(expected)
  })
})
