import { describe, expect, it } from 'vitest'
import { richTextFromParagraphs } from '@/lib/richtext'
import { pickRich, pickText, translationInfo } from './localized'

describe('pickText', () => {
  it('prefers the page locale, else the Vietnamese original marked vi', () => {
    expect(pickText('en', 'Port', 'Cảng')).toEqual({ text: 'Port', lang: 'en' })
    expect(pickText('en', '', 'Cảng')).toEqual({ text: 'Cảng', lang: 'vi' })
    expect(pickText('en', null, null)).toBeNull()
    expect(pickText('vi', 'Cảng', 'ignored')).toEqual({ text: 'Cảng', lang: 'vi' })
  })
})

describe('pickRich', () => {
  it('treats an empty editor state as missing', () => {
    const empty = { root: { children: [] } }
    const vi = richTextFromParagraphs(['Nội dung'])
    expect(pickRich('en', empty, vi)).toEqual({ value: vi, lang: 'vi' })
    expect(pickRich('en', null, empty)).toBeNull()
  })
})

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
