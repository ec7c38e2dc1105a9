/**
 * English that is English: money at the scale a reader says it, units, form references
 * and commune / ward names. Pure; table-driven tests in english.test.ts.
 *
 *   formatMoney(52e12, 'en')            → 'VND 52 trillion'     (vi: '52 nghìn tỷ đồng')
 *   formatMoney(11.9e9, 'en')           → 'VND 11.9 billion'    (vi: '11,9 tỷ đồng')
 *   unitText('triệu đồng', 'en')        → { text: 'million VND', lang: 'en' }
 *   formReference('Biểu số 46/CK-NSNN') → 'Form 46/CK-NSNN'; 'Điều 4 khoản 4' → 'Article 4(4)'
 *   communeName('UBND phường Vũng Áng') → "Vung Ang Ward People's Committee"
 * Anything not recognised comes back as the Vietnamese text with lang 'vi', never half-translated.
 */
import type { Locale } from './format'
import { formatNumber, formatVnd } from './format'

export interface LangText {
  text: string
  lang: Locale
}

const SCALES: { value: number; en: string; vi: string }[] = [
  { value: 1e12, en: 'trillion', vi: 'nghìn tỷ' },
  { value: 1e9, en: 'billion', vi: 'tỷ' },
  { value: 1e6, en: 'million', vi: 'triệu' },
]

/**
 * An amount in đồng at the largest scale that keeps it ≥ 1 (million, billion, trillion), with at
 * most `fractionDigits` decimals (default 1); below a million, the full amount.
 */
export function formatMoney(vnd: number, locale: Locale | string, fractionDigits = 1): string {
  if (!Number.isFinite(vnd)) return '–'
  const en = locale === 'en' || String(locale).startsWith('en-')
  const abs = Math.abs(vnd)
  const scale = SCALES.find((s) => abs >= s.value * (1 - 0.05 / 10 ** fractionDigits))
  if (!scale) return formatVnd(vnd, en ? 'en' : 'vi')
  const n = formatNumber(vnd / scale.value, en ? 'en' : 'vi', fractionDigits)
  return en ? `VND ${n} ${scale.en}` : `${n} ${scale.vi} đồng`
}

/** An amount given in millions of đồng (the unit budget tables and investment data use). */
export function formatMoneyFromMillions(millions: number, locale: Locale | string, fractionDigits = 1): string {
  return formatMoney(millions * 1e6, locale, fractionDigits)
}

/** Fold Vietnamese to plain Latin letters (tones and đ), as English writes Vietnamese proper names. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase().normalize('NFC')

const UNITS: Record<string, string> = {
  'đồng': 'VND',
  'vnđ': 'VND',
  'vnd': 'VND',
  'nghìn đồng': 'thousand VND',
  'ngàn đồng': 'thousand VND',
  'triệu đồng': 'million VND',
  'tỷ đồng': 'billion VND',
  'usd': 'USD',
  'triệu usd': 'million USD',
  '%': '%',
  'ha': 'ha',
  'héc-ta': 'ha',
  'km': 'km',
  'người': 'people',
  'hồ sơ': 'applications',
  'văn bản': 'documents',
}

/** A table's unit in the page's language; an unknown unit stays Vietnamese (marked lang="vi"). */
export function unitText(unit: string, locale: Locale): LangText {
  if (locale === 'vi') return { text: unit, lang: 'vi' }
  const en = UNITS[norm(unit)]
  return en ? { text: en, lang: 'en' } : { text: unit, lang: 'vi' }
}

/**
 * A form or article reference of Vietnamese law in English: "Biểu số 46/CK-NSNN" → "Form 46/CK-NSNN",
 * "Mẫu số 02" → "Form 02", "Điều 4 khoản 4" → "Article 4(4)", "Điều 4" → "Article 4",
 * "Phụ lục 1" → "Appendix 1"; null when the reference has another shape.
 */
export function formReference(ref: string, locale: Locale): LangText {
  const text = ref.trim().replace(/\s+/g, ' ')
  if (locale === 'vi') return { text, lang: 'vi' }
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^(?:biểu|mẫu)(?: số)? ([\w./-]+)$/iu, (m) => `Form ${m[1]}`],
    [/^điều (\d+\w*),? khoản (\d+\w*)(?:,? điểm (\p{L}))?$/iu, (m) => `Article ${m[1]}(${m[2]})${m[3] ? `(${foldVietnamese(m[3]).toLowerCase()})` : ''}`],
    [/^khoản (\d+\w*),? điều (\d+\w*)$/iu, (m) => `Article ${m[2]}(${m[1]})`],
    [/^điều (\d+\w*)$/iu, (m) => `Article ${m[1]}`],
    [/^phụ lục(?: số)? ([\w./-]+)$/iu, (m) => `Appendix ${m[1]}`],
  ]
  for (const [re, make] of patterns) {
    const m = re.exec(text)
    if (m) return { text: make(m), lang: 'en' }
  }
  return { text, lang: 'vi' }
}

const COMMUNE_KINDS: [RegExp, string][] = [
  [/^phường /iu, 'Ward'],
  [/^xã /iu, 'Commune'],
  [/^thị trấn /iu, 'Township'],
  [/^thị xã /iu, 'Town'],
  [/^thành phố /iu, 'City'],
  [/^huyện /iu, 'District'],
]

/**
 * A commune / ward (or its People's Committee) in English: "UBND phường Vũng Áng" →
 * "Vung Ang Ward People's Committee", "xã Thạch Hà" → "Thach Ha Commune". Proper names are
 * written without tone marks, as English does; any other shape stays Vietnamese.
 */
export function communeName(name: string, locale: Locale): LangText {
  const text = name.trim().replace(/\s+/g, ' ')
  if (locale === 'vi') return { text, lang: 'vi' }
  let rest = text
  let committee = false
  const c = /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) /iu.exec(rest)
  if (c) {
    committee = true
    rest = rest.slice(c[0].length)
  }
  for (const [re, kind] of COMMUNE_KINDS) {
    const m = re.exec(rest)
    if (!m) continue
    const proper = rest.slice(m[0].length)
    if (!/^[\p{Lu}\d]/u.test(proper)) break
    const en = `${foldVietnamese(proper)} ${kind}`
    return { text: committee ? `${en} People's Committee` : en, lang: 'en' }
  }
  return { text, lang: 'vi' }
}
