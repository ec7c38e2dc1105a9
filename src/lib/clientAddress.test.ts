import { describe, expect, it } from 'vitest'
import { clientAddress, clientIp, DIRECT, trustedProxyHops } from './clientAddress'

const h = (map: Record<string, string>) => new Headers(map)

describe('trustedProxyHops (TRUST_PROXY)', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['false', 0],
    ['0', 0],
    ['no', 0],
    ['true', 1],
    ['TRUE', 1],
    ['1', 1],
    ['2', 2],
    ['-1', 0],
    ['1.5', 0],
    ['10.0.0.1', 0],
  ])('%j → %i', (value, hops) => {
    expect(trustedProxyHops(value)).toBe(hops)
  })
})

describe('clientIp / clientAddress', () => {
  it.each([
    // [headers, hops, clientIp, clientAddress]
    [{ 'x-forwarded-for': '198.51.100.66' }, 0, null, DIRECT], // not trusted: a client's own header means nothing
    [{ 'x-real-ip': '198.51.100.66' }, 0, null, DIRECT],
    [{}, 1, null, DIRECT],
    [{ 'x-forwarded-for': '198.51.100.66, 203.0.113.7' }, 1, '203.0.113.7', '203.0.113.7'], // left entries are the client's
    [{ 'x-forwarded-for': '198.51.100.66, 203.0.113.7' }, 2, '198.51.100.66', '198.51.100.66'],
    [{ 'x-forwarded-for': '203.0.113.7' }, 3, '203.0.113.7', '203.0.113.7'], // fewer entries than hops: the left-most
    [{ 'x-real-ip': ' 198.51.100.2 ' }, 1, '198.51.100.2', '198.51.100.2'],
    [{ 'x-forwarded-for': '203.0.113.7:51234' }, 1, '203.0.113.7', '203.0.113.7'],
    [{ 'x-forwarded-for': '[2001:db8::1]:443' }, 1, '2001:db8::1', '2001:0db8:0000:0000::/64'],
    [{ 'x-forwarded-for': '2001:db8:1:2:aaaa:bbbb:cccc:dddd' }, 1, '2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:0db8:0001:0002::/64'],
    [{ 'x-forwarded-for': '2001:db8:1:2::ffff' }, 1, '2001:db8:1:2::ffff', '2001:0db8:0001:0002::/64'], // same /64
    [{ 'x-forwarded-for': '::ffff:203.0.113.9' }, 1, '203.0.113.9', '203.0.113.9'],
    [{ 'x-forwarded-for': '<script>' }, 1, null, DIRECT],
    [{ 'x-forwarded-for': '999.1.1.1' }, 1, null, DIRECT],
    [{ 'x-forwarded-for': '1:2:3' }, 1, null, DIRECT],
    [{ 'x-forwarded-for': '1'.repeat(60) }, 1, null, DIRECT],
  ] as const)('%j with %i trusted hop(s) → %s / %s', (headers, hops, ip, address) => {
    expect(clientIp(h(headers), hops)).toBe(ip)
    expect(clientAddress(h(headers), hops)).toBe(address)
  })

  it('reads TRUST_PROXY from the environment on every call', () => {
    const saved = process.env.TRUST_PROXY
    try {
      delete process.env.TRUST_PROXY
      expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }))).toBe(DIRECT)
      process.env.TRUST_PROXY = 'true'
      expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
    } finally {
      if (saved === undefined) delete process.env.TRUST_PROXY
      else process.env.TRUST_PROXY = saved
    }
  })
})
