import { describe, expect, it } from 'vitest'
import { flattenKeys, getT } from './index'
import en from './locales/en.json'
import vi from './locales/vi.json'

describe('UI string catalogues', () => {
  const viKeys = new Set(flattenKeys(vi))
  const enKeys = new Set(flattenKeys(en))

  it('every Vietnamese key exists in English', () => {
    expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([])
  })

  it('every English key exists in Vietnamese', () => {
    expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([])
  })

  it('has no empty strings', () => {
    const empty = (obj: Record<string, unknown>) =>
      flattenKeys(obj).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj) === '')
    expect(empty(vi)).toEqual([])
    expect(empty(en)).toEqual([])
  })

  it('interpolates per locale', () => {
    expect(getT('vi')('news.publishedOn', { date: '24/09/2016' })).toBe('Đăng ngày 24/09/2016')
    expect(getT('en')('news.publishedOn', { date: '24 September 2016' })).toBe('Published 24 September 2016')
  })

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
    const lookup = (obj: Record<string, unknown>, key: string) =>
      key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj) as string
    for (const key of viKeys) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(vi, key)))
    }
  })
})
