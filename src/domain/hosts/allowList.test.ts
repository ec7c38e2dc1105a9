import { describe, expect, it } from 'vitest'
import { buildHostAllowList, isAllowedOrigin, normaliseOrigin } from './allowList'

describe('the host allow-list built from agency domains', () => {
  const production = buildHostAllowList({
    publicUrl: 'https://hatinh.gov.vn',
    adminUrl: 'https://quantri.hatinh.gov.vn/',
    agencyDomains: ['sokhcn.hatinh.gov.vn', 'SoTC.HaTinh.gov.vn.', '', null, 'not a domain', 'javascript:alert(1)'],
    development: false,
  })

  it('lists PUBLIC_URL, ADMIN_URL, their www. twins and every valid agency domain on PUBLIC_URL’s scheme', () => {
    expect(production.origins).toEqual([
      'https://hatinh.gov.vn',
      'https://quantri.hatinh.gov.vn',
      'https://sokhcn.hatinh.gov.vn',
      'https://sotc.hatinh.gov.vn',
      'https://www.hatinh.gov.vn',
      'https://www.quantri.hatinh.gov.vn',
    ])
    expect(production.loopback).toBe(false)
  })

  it.each([
    // origin → allowed in production
    ['https://hatinh.gov.vn', true],
    ['https://HATINH.gov.vn:443', true],
    ['https://www.hatinh.gov.vn', true],
    ['https://quantri.hatinh.gov.vn', true],
    ['https://sokhcn.hatinh.gov.vn', true],
    ['https://sotc.hatinh.gov.vn', true],
    ['http://sokhcn.hatinh.gov.vn', false], // not PUBLIC_URL's scheme
    ['https://sokhcn.hatinh.gov.vn:8443', false],
    ['https://evil.example', false],
    ['https://hatinh.gov.vn.evil.example', false],
    ['https://evilhatinh.gov.vn', false],
    ['http://127.0.0.1:3000', false], // no loopback in production
    ['http://localhost:3000', false],
    ['null', false],
    ['', false],
    [null, false],
    ['file:///etc/passwd', false],
  ])('production: %s → %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, production)).toBe(allowed)
  })

  it('a new agency domain is trusted as soon as the list is rebuilt from the data', () => {
    const before = buildHostAllowList({ publicUrl: 'https://hatinh.gov.vn', agencyDomains: [] })
    const after = buildHostAllowList({ publicUrl: 'https://hatinh.gov.vn', agencyDomains: ['soyte.hatinh.gov.vn'] })
    expect(isAllowedOrigin('https://soyte.hatinh.gov.vn', before)).toBe(false)
    expect(isAllowedOrigin('https://soyte.hatinh.gov.vn', after)).toBe(true)
  })

  it.each([
    // publicUrl, development, origin → allowed
    ['http://localhost:3000', true, 'http://127.0.0.1:3000', true],
    ['http://localhost:3000', true, 'http://localhost:4000', true],
    ['http://localhost:3000', true, 'http://[::1]:3000', true],
    ['https://hatinh.gov.vn', true, 'http://127.0.0.1:3700', true], // development: local addresses
    ['http://127.0.0.1:3700', false, 'http://localhost:3700', true], // a loopback PUBLIC_URL: a local server
    ['https://hatinh.gov.vn', false, 'http://localhost:3700', false],
    [undefined, false, 'http://localhost:3000', false],
    ['not a url', true, 'http://localhost:3000', true],
  ] as const)('PUBLIC_URL %s, development %s: %s → %s', (publicUrl, development, origin, allowed) => {
    expect(isAllowedOrigin(origin, buildHostAllowList({ publicUrl, development }))).toBe(allowed)
  })

  it('agency domains follow a non-default PUBLIC_URL port (a test server behind /etc/hosts)', () => {
    const list = buildHostAllowList({ publicUrl: 'http://localhost:3700', agencyDomains: ['sokhcn.hatinh.gov.vn'] })
    expect(list.origins).toContain('http://sokhcn.hatinh.gov.vn')
    expect(list.origins).toContain('http://sokhcn.hatinh.gov.vn:3700')
  })

  it('normalises origins', () => {
    expect(normaliseOrigin('HTTPS://Hatinh.gov.vn:443/admin')).toBe('https://hatinh.gov.vn')
    expect(normaliseOrigin('http://localhost:80')).toBe('http://localhost')
    expect(normaliseOrigin('ftp://x.vn')).toBeNull()
  })
})
