import { describe, expect, it } from 'vitest'
import { translationInfo } from './localized'

// pickText / pickRich are tested with the one localized read in src/lib/localeFallback.test.ts.
describe('translationInfo', () => {
  it('reads the stored group, ignoring junk', () => {
    expect(translationInfo({ translation: { state: 'outdated', viMaterialChangeAt: '2026-01-01T00:00:00Z' } })).toEqual({
      state: 'outdated',
      viMaterialChangeAt: '2026-01-01T00:00:00Z',
    })
    expect(translationInfo({ translation: { state: 'weird' } })).toBeNull()
    expect(translationInfo({})).toBeNull()
  })
})
