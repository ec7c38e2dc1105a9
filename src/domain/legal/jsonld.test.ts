import { describe, expect, it } from 'vitest'
import type { EffectStatus } from './effect'
import { dublinCoreMeta, legalForce, legislationJsonLd, safeJsonLd, type LegalDocMeta } from './jsonld'

const doc: LegalDocMeta = {
  id: 'doc-1',
  number: '22/2016/NQ-HĐND',
  title: { vi: 'Nghị quyết về phí và lệ phí', en: 'Resolution on fees and charges' },
  abstract: { vi: 'Quy định mức thu phí' },
  docType: 'resolution',
  issuer: { vi: 'HĐND tỉnh Hà Tĩnh', en: 'Hà Tĩnh Provincial People’s Council' },
  issueDate: '2016-09-24',
  effectiveDate: '2016-10-04',
  updatedAt: '2024-03-01T08:00:00+07:00',
  status: 'partly-expired',
  files: [{ url: 'https://hatinh.gov.vn/f/22.pdf', name: '22-2016-nq-hdnd.pdf', sizeBytes: 1024 }],
}

describe('legislationJsonLd', () => {
  it('builds a schema.org Legislation object (en)', () => {
    expect(legislationJsonLd(doc, { url: 'https://hatinh.gov.vn/en/legal/22-2016-nq-hdnd', locale: 'en' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://hatinh.gov.vn/en/legal/22-2016-nq-hdnd',
      url: 'https://hatinh.gov.vn/en/legal/22-2016-nq-hdnd',
      name: 'Resolution on fees and charges',
      legislationIdentifier: '22/2016/NQ-HĐND',
      legislationType: 'Resolution',
      legislationDate: '2016-09-24',
      legislationLegalForce: 'https://schema.org/PartiallyInForce',
      legislationJurisdiction: 'Hà Tĩnh, Việt Nam',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Hà Tĩnh Provincial People’s Council' },
      abstract: 'Quy định mức thu phí',
      inLanguage: 'en',
      datePublished: '2016-09-24',
      temporalCoverage: '2016-10-04/..',
      dateModified: '2024-03-01T08:00:00+07:00',
      encoding: [
        { '@type': 'MediaObject', contentUrl: 'https://hatinh.gov.vn/f/22.pdf', name: '22-2016-nq-hdnd.pdf', encodingFormat: 'application/pdf', contentSize: '1024 B' },
      ],
    })
  })
  it('vi labels; omits absent fields; falls back to vi title and says so', () => {
    const minimal: LegalDocMeta = { id: 'x', title: { vi: 'Quyết định' }, docType: 'decision', expiryDate: '2020-01-01', effectiveDate: '2019-01-01' }
    const vi = legislationJsonLd(minimal, { url: 'u', locale: 'vi' })
    expect(vi.legislationType).toBe('Quyết định')
    expect(vi.expires).toBe('2020-01-01')
    expect(vi.temporalCoverage).toBe('2019-01-01/2020-01-01')
    for (const k of ['legislationLegalForce', 'legislationPassedBy', 'abstract', 'encoding', 'dateModified']) expect(vi).not.toHaveProperty(k)
    const en = legislationJsonLd(minimal, { url: 'u', locale: 'en' })
    expect(en.name).toBe('Quyết định')
    expect(en.inLanguage).toBe('vi')
    expect(en.legislationType).toBe('Decision')
  })
  const force: [EffectStatus, string][] = [
    ['in-force', 'InForce'],
    ['partly-expired', 'PartiallyInForce'],
    ['expired', 'NotInForce'],
    ['not-yet-in-force', 'NotInForce'],
    ['suspended', 'NotInForce'],
  ]
  it.each(force)('legal force %s → %s', (status, value) => {
    expect(legalForce(status)).toBe(`https://schema.org/${value}`)
    expect(legislationJsonLd({ ...doc, status }, { url: 'u', locale: 'vi' }).legislationLegalForce).toBe(`https://schema.org/${value}`)
  })
})

describe('dublinCoreMeta', () => {
  it('vi', () => {
    expect(dublinCoreMeta(doc, 'vi')).toEqual([
      { name: 'DC.title', content: 'Nghị quyết về phí và lệ phí' },
      { name: 'DC.creator', content: 'HĐND tỉnh Hà Tĩnh' },
      { name: 'DC.date', content: '2016-09-24' },
      { name: 'DC.description', content: 'Quy định mức thu phí' },
      { name: 'DC.identifier', content: '22/2016/NQ-HĐND' },
      { name: 'DC.type', content: 'Nghị quyết' },
      { name: 'DC.language', content: 'vi' },
    ])
  })
  it('omits empty entries, identifier falls back to id', () => {
    expect(dublinCoreMeta({ id: 'abc', title: 'Plain title' }, 'en')).toEqual([
      { name: 'DC.title', content: 'Plain title' },
      { name: 'DC.identifier', content: 'abc' },
      { name: 'DC.language', content: 'en' },
    ])
  })
})

describe('safeJsonLd', () => {
  const cases: unknown[] = [
    { name: '</script><script>alert(1)</script>' },
    { a: '<!-- x -->', b: 'R&D > 1', c: 'line\u2028sep\u2029' },
    ['Hà Tĩnh', 1, null, true],
    'plain',
  ]
  it.each(cases)('%j is script-safe and round-trips', (obj) => {
    const s = safeJsonLd(obj)
    expect(s).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(s)).toEqual(obj)
  })
  it('escapes < as \\u003c exactly', () => {
    expect(safeJsonLd({ x: '</script>' })).toBe('{"x":"\\u003c/script\\u003e"}')
  })
})
