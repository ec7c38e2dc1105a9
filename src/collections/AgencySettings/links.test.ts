import { describe, expect, it } from 'vitest'
import { isSafeNavUrl } from './links'

describe('isSafeNavUrl', () => {
  it.each([
    ['/vi/co-quan/so-a/tin-tuc', true],
    ['https://dichvucong.hatinh.gov.vn', true],
    ['http://example.vn/a?b=c', true],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['mailto:a@b.vn', false],
    ['', false],
    ['/a b', false],
    [42, false],
  ])('%s → %s', (value, expected) => {
    expect(isSafeNavUrl(value)).toBe(expected)
  })
})
