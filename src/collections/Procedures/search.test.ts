import { describe, expect, it } from 'vitest'
import { toSearchDocs } from './search'

describe('procedures in site search', () => {
  it('indexes the code in every spelling and the name in the locale', () => {
    const doc = { code: '1.001234', name: { vi: 'Cấp giấy phép hoạt động', en: 'Operating licence' }, field: 'science', level: 'full' }
    const vi = toSearchDocs(doc, 'vi')
    expect(vi.title).toBe('Cấp giấy phép hoạt động')
    expect(vi.docNumber).toBe('1.001234')
    expect(vi.body).toContain('1001234')
    expect(vi.body).toContain('Khoa học và công nghệ')
    expect(toSearchDocs(doc, 'en').title).toBe('Operating licence')
  })
})
