import { describe, expect, it } from 'vitest'
import { plainText, richTextFromParagraphs } from './richtext'

describe('plainText', () => {
  it('joins paragraphs and ignores structure', () => {
    expect(plainText(richTextFromParagraphs(['Điều 1. Mục tiêu', 'Điều 2. Đối tượng']))).toBe('Điều 1. Mục tiêu\nĐiều 2. Đối tượng')
  })
  it('is empty for empty or missing values', () => {
    expect(plainText(null)).toBe('')
    expect(plainText(richTextFromParagraphs(['  ']))).toBe('')
  })
})
