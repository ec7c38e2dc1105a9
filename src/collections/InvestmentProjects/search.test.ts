import { describe, expect, it } from 'vitest'
import { richTextFromParagraphs } from '@/lib/richtext'
import { toSearchDocs as guideDocs } from '../InvestmentGuides/search'
import { toSearchDocs as zoneDocs } from '../Zones/search'
import { toSearchDocs } from './search'

describe('toSearchDocs (investors’ collections)', () => {
  it('indexes a project per locale from all-locale or single-locale documents', () => {
    const doc = {
      title: { vi: 'Cảng Vũng Áng', en: 'Vung Ang port' },
      summary: { vi: 'Bến cảng', en: 'Berths' },
      description: { vi: richTextFromParagraphs(['Mô tả']), en: richTextFromParagraphs(['Description']) },
      publishedAt: '2026-05-01T00:00:00Z',
    }
    expect(toSearchDocs(doc, 'en')).toEqual({ title: 'Vung Ang port', body: 'Berths\nDescription', year: 2026 })
    expect(toSearchDocs({ title: 'Cảng', summary: 'Bến' }, 'vi')).toEqual({ title: 'Cảng', body: 'Bến', year: undefined })
  })
  it('indexes zones and guides with their rich text', () => {
    expect(zoneDocs({ title: 'KKT', infrastructure: richTextFromParagraphs(['Cảng nước sâu']) }, 'vi')).toEqual({ title: 'KKT', body: 'Cảng nước sâu' })
    expect(guideDocs({ title: 'Thủ tục', steps: [{ title: 'Nộp hồ sơ', body: richTextFromParagraphs(['Trực tuyến']) }] }, 'vi').body).toBe('Nộp hồ sơ\nTrực tuyến')
  })
})
