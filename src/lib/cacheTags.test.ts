import { describe, expect, it } from 'vitest'
import { tagsForDocChange } from './cacheTags'

const published = { id: 7, slug: 'tin-a', agency: 1, _status: 'published' as const }

describe('tagsForDocChange', () => {
  it('publishing a document revalidates its page, lists, agency, feeds, sitemap and search', () => {
    expect(tagsForDocChange('news', published, { ...published, _status: 'draft' }, { hasDrafts: true })).toEqual([
      'agency:1',
      'collection:news',
      'doc:news:7',
      'feed:news:en',
      'feed:news:vi',
      'search',
      'sitemap',
      'slug:news:tin-a',
    ])
  })

  it('unpublishing revalidates the same tags so the page disappears', () => {
    const tags = tagsForDocChange('news', { ...published, _status: 'draft' }, published, { hasDrafts: true })
    expect(tags).toContain('slug:news:tin-a')
    expect(tags).toContain('collection:news')
    expect(tags).toContain('sitemap')
  })

  it('a slug change revalidates the old and the new URL', () => {
    const tags = tagsForDocChange('news', { ...published, slug: 'tin-b' }, published, { hasDrafts: true })
    expect(tags).toContain('slug:news:tin-a')
    expect(tags).toContain('slug:news:tin-b')
  })

  it('moving a document to another agency revalidates both agencies', () => {
    const tags = tagsForDocChange('news', { ...published, agency: { id: 2 } }, published, { hasDrafts: true })
    expect(tags).toContain('agency:1')
    expect(tags).toContain('agency:2')
  })

  it('a draft saved on a never-published document revalidates nothing', () => {
    const draft = { ...published, _status: 'draft' as const }
    expect(tagsForDocChange('news', draft, draft, { hasDrafts: true })).toEqual([])
    expect(tagsForDocChange('news', draft, null, { hasDrafts: true })).toEqual([])
  })

  it('collections without drafts are always public', () => {
    expect(tagsForDocChange('agencies', { id: 3, slug: 'so-tc' }, null, { hasDrafts: false })).toContain('doc:agencies:3')
  })
})
