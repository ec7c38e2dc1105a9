import { describe, expect, it } from 'vitest'
import { queryValue } from './queryString'

describe('queryValue', () => {
  it('takes the first of repeated keys, trimmed; empty is undefined', () => {
    expect(queryValue({ a: ['  x ', 'y'] }, 'a')).toBe('x')
    expect(queryValue({ a: '   ' }, 'a')).toBeUndefined()
    expect(queryValue({}, 'a')).toBeUndefined()
  })
  it('cuts hostile lengths', () => {
    expect(queryValue({ a: 'z'.repeat(1000) }, 'a', 80)).toHaveLength(80)
    expect(queryValue({ a: 'z'.repeat(1000) }, 'a')).toHaveLength(200)
  })
})
