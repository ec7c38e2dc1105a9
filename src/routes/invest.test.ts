import { describe, expect, it } from 'vitest'
import { englishCoveragePath, investPaths } from './invest'
import { internalPath, localizePath } from './paths'

describe('investors’ section paths', () => {
  it.each([
    [investPaths.home('vi'), investPaths.home('en'), '/en/invest'],
    [investPaths.project('vi', 'cang-vung-ang'), investPaths.project('en', 'cang-vung-ang'), '/en/invest/cang-vung-ang'],
    [investPaths.enquirySent('vi', 'p'), investPaths.enquirySent('en', 'p'), '/en/invest/p/enquiry-sent'],
    [investPaths.zones('vi'), investPaths.zones('en'), '/en/invest/zones'],
    [investPaths.zone('vi', 'kkt-vung-ang'), investPaths.zone('en', 'kkt-vung-ang'), '/en/invest/zones/kkt-vung-ang'],
    [investPaths.guide('vi', 'chu-truong'), investPaths.guide('en', 'chu-truong'), '/en/invest/procedures/chu-truong'],
    [englishCoveragePath('vi'), englishCoveragePath('en'), '/en/transparency/english'],
  ])('%s ↔ %s (served from the %s folders)', (vi, en, internal) => {
    expect(localizePath(vi, 'en')).toBe(en)
    expect(localizePath(en, 'vi')).toBe(vi)
    expect(internalPath(en)).toBe(internal)
    expect(internalPath(vi)).toBe(internal.replace(/^\/en/, '/vi'))
  })
  it('spells Vietnamese paths in Vietnamese', () => {
    expect(investPaths.zone('vi', 'x')).toBe('/vi/dau-tu/khu-kinh-te/x')
    expect(investPaths.enquirySent('vi', 'x')).toBe('/vi/dau-tu/x/da-gui-cau-hoi')
    expect(englishCoveragePath('vi')).toBe('/vi/minh-bach/tieng-anh')
  })
})
