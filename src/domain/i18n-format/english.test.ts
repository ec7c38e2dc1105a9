import { describe, expect, it } from 'vitest'
import { communeName, foldVietnamese, formatMoney, formatMoneyFromMillions, formReference, unitText } from './english'

describe('formatMoney: the scale a reader says (vi / en)', () => {
  const cases: [number, string, string][] = [
    [52e12, '52 nghìn tỷ đồng', 'VND 52 trillion'],
    [11.9e9, '11,9 tỷ đồng', 'VND 11.9 billion'],
    [11_940_000_000, '11,9 tỷ đồng', 'VND 11.9 billion'],
    [1.25e12, '1,3 nghìn tỷ đồng', 'VND 1.3 trillion'],
    [999_990_000_000, '1 nghìn tỷ đồng', 'VND 1 trillion'],
    [850e6, '850 triệu đồng', 'VND 850 million'],
    [54_990e6, '55 tỷ đồng', 'VND 55 billion'],
    [1_800_000e6, '1,8 nghìn tỷ đồng', 'VND 1.8 trillion'],
    [2_500_000, '2,5 triệu đồng', 'VND 2.5 million'],
    [500_000, '500.000 đồng', 'VND 500,000'],
    [0, '0 đồng', 'VND 0'],
    [-3.2e9, '-3,2 tỷ đồng', 'VND -3.2 billion'],
    [Number.NaN, '–', '–'],
  ]
  it.each(cases)('%d → %s | %s', (vnd, vi, en) => {
    expect(formatMoney(vnd, 'vi')).toBe(vi)
    expect(formatMoney(vnd, 'en')).toBe(en)
  })
  it('takes amounts in millions (budget tables, investment capital)', () => {
    expect(formatMoneyFromMillions(52_000_000, 'en')).toBe('VND 52 trillion')
    expect(formatMoneyFromMillions(11_900, 'en')).toBe('VND 11.9 billion')
    expect(formatMoneyFromMillions(11_900, 'vi')).toBe('11,9 tỷ đồng')
  })
  it('honours a precision', () => {
    expect(formatMoney(11_946_000_000, 'en', 2)).toBe('VND 11.95 billion')
  })
})

describe('unitText', () => {
  const cases: [string, string, 'vi' | 'en'][] = [
    ['triệu đồng', 'million VND', 'en'],
    ['Triệu đồng', 'million VND', 'en'],
    ['nghìn đồng', 'thousand VND', 'en'],
    ['tỷ đồng', 'billion VND', 'en'],
    ['đồng', 'VND', 'en'],
    ['%', '%', 'en'],
    ['lượt khách', 'lượt khách', 'vi'],
  ]
  it.each(cases)('%s → %s (%s)', (unit, text, lang) => {
    expect(unitText(unit, 'en')).toEqual({ text, lang })
    expect(unitText(unit, 'vi')).toEqual({ text: unit, lang: 'vi' })
  })
})

describe('formReference', () => {
  const cases: [string, string, 'vi' | 'en'][] = [
    ['Biểu số 46/CK-NSNN', 'Form 46/CK-NSNN', 'en'],
    ['Mẫu số 02', 'Form 02', 'en'],
    ['biểu 54', 'Form 54', 'en'],
    ['Điều 4 khoản 4', 'Article 4(4)', 'en'],
    ['Điều 4, khoản 2, điểm đ', 'Article 4(2)(d)', 'en'],
    ['Khoản 3 Điều 15', 'Article 15(3)', 'en'],
    ['Điều 15', 'Article 15', 'en'],
    ['Phụ lục 1', 'Appendix 1', 'en'],
    ['Công văn hướng dẫn', 'Công văn hướng dẫn', 'vi'],
  ]
  it.each(cases)('%s → %s', (ref, text, lang) => {
    expect(formReference(ref, 'en')).toEqual({ text, lang })
    expect(formReference(ref, 'vi')).toEqual({ text: ref, lang: 'vi' })
  })
})

describe('communeName', () => {
  const cases: [string, string, 'vi' | 'en'][] = [
    ['UBND phường Vũng Áng', "Vung Ang Ward People's Committee", 'en'],
    ['Ủy ban nhân dân xã Thạch Hà', "Thach Ha Commune People's Committee", 'en'],
    ['phường Bắc Hồng Lĩnh', 'Bac Hong Linh Ward', 'en'],
    ['Xã Đức Thọ', 'Duc Tho Commune', 'en'],
    ['thị trấn Nghèn', 'Nghen Township', 'en'],
    ['Khu kinh tế Vũng Áng', 'Khu kinh tế Vũng Áng', 'vi'],
    ['phường mới', 'phường mới', 'vi'],
  ]
  it.each(cases)('%s → %s', (name, text, lang) => {
    expect(communeName(name, 'en')).toEqual({ text, lang })
    expect(communeName(name, 'vi').lang).toBe('vi')
  })
  it('folds tones and đ', () => expect(foldVietnamese('Đồng Lộc, Hà Tĩnh')).toBe('Dong Loc, Ha Tinh'))
})
