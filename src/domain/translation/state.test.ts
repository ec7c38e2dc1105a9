import { describe, expect, it } from 'vitest'
import {
  applyEdit,
  replayEdits,
  translationState,
  type TranslationEdit,
  type TranslationMeta,
  type TranslationState,
} from './state'

const T1 = '2024-03-01T08:00:00+07:00'
const T2 = '2024-03-02T08:00:00+07:00'
const T3 = '2024-03-03T08:00:00+07:00'
const vi = (at: string, change?: 'minor' | 'material', hasEnglishAfter = true): TranslationEdit => ({ locale: 'vi', at, change, hasEnglishAfter })
const en = (at: string, change?: 'minor' | 'material', hasEnglishAfter = true): TranslationEdit => ({ locale: 'en', at, change, hasEnglishAfter })

describe('translationState', () => {
  const cases: [string, TranslationMeta, TranslationState][] = [
    ['no English', { hasEnglish: false, enUpdatedAt: T3 }, 'missing'],
    ['English, never a material change', { hasEnglish: true, enUpdatedAt: T1 }, 'current'],
    ['legacy English without timestamp, no vi change', { hasEnglish: true }, 'current'],
    ['English without timestamp after vi change', { hasEnglish: true, viMaterialChangeAt: T1 }, 'outdated'],
    ['vi changed after English', { hasEnglish: true, enUpdatedAt: T1, viMaterialChangeAt: T2 }, 'outdated'],
    ['English after vi change', { hasEnglish: true, enUpdatedAt: T2, viMaterialChangeAt: T1 }, 'current'],
    ['same instant counts as current', { hasEnglish: true, enUpdatedAt: T1, viMaterialChangeAt: T1 }, 'current'],
    ['offsets honoured (01:00Z is after 07:30+07:00)', { hasEnglish: true, enUpdatedAt: '2024-03-01T07:30:00+07:00', viMaterialChangeAt: '2024-03-01T01:00:00Z' }, 'outdated'],
  ]
  it.each(cases)('%s', (_n, meta, state) => {
    expect(translationState(meta)).toBe(state)
  })
})

describe('applyEdit transitions', () => {
  const current: TranslationMeta = { hasEnglish: true, enUpdatedAt: T1 }
  type Case = [string, TranslationMeta, TranslationEdit[], TranslationState]
  const cases: Case[] = [
    ['minor vi edit keeps current', current, [vi(T2, 'minor')], 'current'],
    ['material vi edit makes outdated', current, [vi(T2, 'material')], 'outdated'],
    ['unlabelled vi edit is treated as material', current, [vi(T2)], 'outdated'],
    ['English edit afterwards makes current', current, [vi(T2, 'material'), en(T3)], 'current'],
    ['material English edit afterwards makes current', current, [vi(T2, 'material'), en(T3, 'material')], 'current'],
    ['minor English touch-up does not certify', current, [vi(T2, 'material'), en(T3, 'minor')], 'outdated'],
    ['first English translation', { hasEnglish: false }, [vi(T1, 'material', false), en(T2, 'minor')], 'current'],
    ['first English via a vi-form save counts too', { hasEnglish: false }, [vi(T1, 'material', true)], 'current'],
    ['removing English → missing', current, [en(T2, undefined, false)], 'missing'],
    ['re-adding English after removal → current', current, [vi(T2, 'material'), en(T2, undefined, false), en(T3, 'minor')], 'current'],
    ['out-of-order older English edit does not rewind', { hasEnglish: true, enUpdatedAt: T3, viMaterialChangeAt: T2 }, [en(T1)], 'current'],
    ['out-of-order older material vi edit does not rewind', { hasEnglish: true, enUpdatedAt: T2, viMaterialChangeAt: T3 }, [vi(T1, 'material')], 'outdated'],
  ]
  it.each(cases)('%s', (_n, start, edits, state) => {
    expect(translationState(replayEdits(edits, start))).toBe(state)
  })

  it('records exact timestamps and does not mutate input', () => {
    const start: TranslationMeta = Object.freeze({ hasEnglish: true, enUpdatedAt: T1 }) as TranslationMeta
    const a = applyEdit(start, vi(T2, 'material'))
    expect(a).toEqual({ hasEnglish: true, enUpdatedAt: T1, viMaterialChangeAt: T2 })
    const b = applyEdit(a, en(T3))
    expect(b).toEqual({ hasEnglish: true, enUpdatedAt: T3, viMaterialChangeAt: T2 })
    expect(applyEdit(b, en(T3, undefined, false))).toEqual({ hasEnglish: false, viMaterialChangeAt: T2 })
    expect(start).toEqual({ hasEnglish: true, enUpdatedAt: T1 })
  })

  it('rejects invalid timestamps', () => {
    expect(() => applyEdit({ hasEnglish: true }, vi('yesterday', 'material'))).toThrow(RangeError)
  })
})
