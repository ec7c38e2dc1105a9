import { describe, expect, it } from 'vitest'
import { toSearchDocs as budgetDocs } from '../BudgetDisclosures/search'
import { APPENDIX_01_22_2016 } from '@/domain/budget/fixtures/resolution-22-2016'
import { toSearchDocs } from './search'

describe('search documents', () => {
  it('a plan is indexed with its kind, area and description in each locale', () => {
    const doc = { title: { vi: 'Quy hoạch tỉnh', en: 'Provincial master plan' }, kind: 'provincial-master', area: 'province', description: { vi: 'Mô tả', en: 'About' }, periodStart: 2021 }
    expect(toSearchDocs(doc, 'en')).toEqual({ title: 'Provincial master plan', body: 'Provincial master plan\nWhole province\nAbout', year: 2021, docType: 'provincial-master' })
    expect(toSearchDocs(doc, 'vi').body).toContain('Toàn tỉnh')
  })

  it('a budget disclosure is indexed with its family, number and the table’s line items', () => {
    const s = budgetDocs({ title: { vi: 'Dự toán 2018' }, family: 'estimate-approved', fiscalYear: 2018, documentNumber: '22/2016/NQ-HĐND', table: APPENDIX_01_22_2016 }, 'vi')
    expect(s).toMatchObject({ title: 'Dự toán 2018', year: 2018, docType: 'estimate-approved' })
    expect(s.body).toContain('22/2016/NQ-HĐND') // searchable text; the number belongs to the legal document
    expect(s.body).toContain('Dự toán được HĐND quyết định')
    expect(s.body).toContain('Đào tạo bồi dưỡng Lãnh đạo CIO')
  })
})
