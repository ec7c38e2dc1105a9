import { afterEach, describe, expect, it, vi } from 'vitest'
import { getT, reportMissingKey } from './index'

describe('missing UI strings are reported', () => {
  afterEach(() => vi.restoreAllMocks())

  it('outside production, asking for an unknown key throws', () => {
    expect(() => getT('en')('invest.noSuchKey')).toThrow(/missing key "invest.noSuchKey" in en.json/)
  })

  it('a known key does not', () => {
    expect(getT('en')('invest.title')).toBe('Invest in Ha Tinh')
  })

  it('in production the key is logged once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    reportMissingKey('en', 'x.y', 'log')
    reportMissingKey('en', 'x.y', 'log')
    expect(error).toHaveBeenCalledTimes(1)
    expect(error.mock.calls[0]![0]).toContain('"x.y"')
  })
})
