import { describe, expect, it } from 'vitest'
import { foldDiacritics, slugify, SLUG_PATTERN } from './slugify'

describe('slugify', () => {
  it.each([
    ['Thông báo về Đường Hàm Nghi', 'thong-bao-ve-duong-ham-nghi'],
    ['Nghị quyết 22/2016/NQ-HĐND', 'nghi-quyet-22-2016-nq-hdnd'],
    ['Sở Khoa học và Công nghệ', 'so-khoa-hoc-va-cong-nghe'],
    ['  Ủy ban nhân dân  xã Thạch Hạ!! ', 'uy-ban-nhan-dan-xa-thach-ha'],
    ['Phường Bắc Hồng — thị xã Hồng Lĩnh', 'phuong-bac-hong-thi-xa-hong-linh'],
    ['Ưu đãi đầu tư ở Vũng Áng', 'uu-dai-dau-tu-o-vung-ang'],
    ['ĐỒNG NAI', 'dong-nai'],
    ['Kỳ Anh; Hương Sơn & Hương Khê', 'ky-anh-huong-son-huong-khe'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    const slug = slugify(input)
    expect(slug).toBe(expected)
    if (slug) expect(slug).toMatch(SLUG_PATTERN)
  })

  it('folds decomposed (NFD) input the same as precomposed input', () => {
    const decomposed = 'Hà Tĩnh'.normalize('NFD')
    expect(decomposed).not.toBe('Hà Tĩnh')
    expect(slugify(decomposed)).toBe('ha-tinh')
  })

  it('keeps đ distinct from nothing: đ folds to d, not removed', () => {
    expect(foldDiacritics('đường Đồng')).toBe('duong Dong')
  })

  it('cuts long slugs on a word boundary', () => {
    const slug = slugify('quy hoạch '.repeat(30), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug).toMatch(SLUG_PATTERN)
  })
})
