import { describe, expect, it } from 'vitest'
import { analyze, exactTokens, fold, hasDiacritics, joinExact, joinFolded, looksLikeDocNumber, normalizeDocNumber } from './fold'

describe('fold', () => {
  const table: [string, string][] = [
    ['Đồng Nai', 'dong nai'],
    ['đường', 'duong'],
    ['ĐƯỜNG', 'duong'],
    ['dương', 'duong'],
    ['ư ơ â ă ê ô', 'u o a a e o'],
    ['Ư Ơ Â Ă Ê Ô', 'u o a a e o'],
    ['Hội đồng', 'hoi dong'], // ộ: circumflex + dot below
    ['những', 'nhung'], // ữ: horn + tilde
    ['đặc biệt', 'dac biet'], // ặ: breve + dot below
    ['Nghị quyết', 'nghi quyet'],
    ['ủy ban nhân dân tỉnh Hà Tĩnh', 'uy ban nhan dan tinh ha tinh'],
    ['quốc phòng', 'quoc phong'],
    ['ợ ừ ẫ ẩ ằ ẳ ỷ ỹ ỵ', 'o u a a a a y y y'],
    ['Nghị quyết 22/2016/NQ-HĐND', 'nghi quyet 22 2016 nq hdnd'],
    ['  a,  b;c...(d)  ', 'a b c d'],
    ['"Tỉnh" – “Hà Tĩnh”!', 'tinh ha tinh'],
    ['', ''],
  ]
  it.each(table)('fold(%j) = %j', (input, expected) => {
    expect(fold(input)).toBe(expected)
  })

  it('treats precomposed (NFC) and decomposed (NFD) input the same', () => {
    for (const s of ['Đồng Nai', 'Nghị quyết', 'đường', 'Hội đồng nhân dân', 'ữ ặ ộ']) {
      const nfd = s.normalize('NFD')
      expect(nfd).not.toBe(s.normalize('NFC'))
      expect(fold(nfd)).toBe(fold(s.normalize('NFC')))
    }
  })

  it('folds đ which has no Unicode decomposition', () => {
    expect('đ'.normalize('NFD')).toBe('đ')
    expect(fold('đ Đ')).toBe('d d')
  })
})

describe('exactTokens', () => {
  it('keeps diacritics distinct in an ASCII-safe encoding', () => {
    const [duong1] = exactTokens('đường')
    const [duong2] = exactTokens('dương')
    const [duong3] = exactTokens('duong')
    expect(new Set([duong1, duong2, duong3]).size).toBe(3)
    for (const t of [duong1, duong2, duong3]) expect(t).toMatch(/^[a-z]+$/)
  })
  it('is case-, normalization- and tone-placement-insensitive', () => {
    expect(exactTokens('ĐƯỜNG')).toEqual(exactTokens('đường'))
    expect(exactTokens('đường'.normalize('NFD'))).toEqual(exactTokens('đường'))
    expect(exactTokens('hoà')).toEqual(exactTokens('hòa'))
  })
  it('distinguishes every Vietnamese vowel modifier and tone', () => {
    const words = ['a', 'á', 'à', 'ả', 'ã', 'ạ', 'ă', 'â', 'ấ', 'ậ', 'ặ', 'e', 'ê', 'ệ', 'o', 'ô', 'ơ', 'ộ', 'ợ', 'u', 'ư', 'ữ']
    const enc = words.map((w) => exactTokens(w)[0])
    expect(new Set(enc).size).toBe(words.length)
  })
  it('hasDiacritics', () => {
    expect(hasDiacritics('đuong')).toBe(true)
    expect(hasDiacritics('Đ')).toBe(true)
    expect(hasDiacritics('tỉnh')).toBe(true)
    expect(hasDiacritics('tinh 22/2016')).toBe(false)
  })
})

describe('document numbers', () => {
  it('normalizes variants to one key', () => {
    const key = '22 2016 nq hdnd'
    for (const s of ['22/2016/NQ-HĐND', '22/2016/nq-hdnd', '22 2016 NQ HDND', 'Số: 22/2016/NQ-HĐND', ' 22 / 2016 / NQ - HĐND ']) {
      expect(normalizeDocNumber(s)).toBe(key)
    }
  })
  it('recognizes document-number queries', () => {
    for (const s of ['22/2016/NQ-HĐND', '22 2016 NQ HDND', '123/QĐ-UBND', 'số 45/2020/QĐ-UBND', '22/2016']) {
      expect(looksLikeDocNumber(s), s).toBe(true)
    }
    for (const s of ['nghi quyet 22 2016', 'dong nai', '2016', '22 2016', 'ủy ban nhân dân', '5 nguyên tắc quản lý']) {
      expect(looksLikeDocNumber(s), s).toBe(false)
    }
  })
})

describe('analyze (indexing path)', () => {
  it('agrees with fold() and exactTokens() on whole texts', () => {
    const texts = [
      'Nghị quyết 22/2016/NQ-HĐND của Hội đồng nhân dân tỉnh Hà Tĩnh',
      'ĐƯỜNG tỉnh lộ — dương; "Đồng Nai" (2024)',
      'Hội đồng'.normalize('NFD') + ' x\u0301 ' + '\u0301',
      '',
    ]
    for (const t of texts) {
      const words = analyze(t)
      expect(joinFolded(words)).toBe(fold(t))
      expect(joinExact(words)).toBe(exactTokens(t).join(' '))
    }
  })
})
