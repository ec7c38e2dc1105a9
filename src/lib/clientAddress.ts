/**
 * The client's address, the one function every rate limit and the audit log use.
 *
 * Next.js 15+ has no `request.ip`, and `next start` passes whatever `X-Forwarded-For` /
 * `X-Real-IP` a client sends through unchanged: trusting them by default lets anyone rotate the
 * header and escape every limit. They are trusted only when `TRUST_PROXY` says that many proxies
 * in front of the portal set them (the production nginx overwrites `X-Forwarded-For` with the
 * peer address, so `TRUST_PROXY=1`):
 *
 * - unset, empty, `false`, `0`: forwarded headers are ignored. Every visitor shares one address,
 *   `direct` (limits are then per target — e-mail, agency — within one shared budget), and the
 *   audit log stores no IP.
 * - `true` or `1`: one proxy: the right-most `X-Forwarded-For` entry (the one it appended or
 *   wrote), else `X-Real-IP`.
 * - `N` (2, 3 …): N proxies each append: the N-th entry from the right.
 *
 * Read on every call (tests and a changed environment need no restart).
 */
type HeaderBag = { get(name: string): string | null } | null | undefined

/** The shared address of every visitor when no trusted proxy names them. */
export const DIRECT = 'direct'

/** How many trusted proxies set the forwarded headers (0: none, headers ignored). */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  const v = (value ?? '').trim().toLowerCase()
  if (v === 'true' || v === 'yes') return 1
  const n = Number(v)
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 0
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/

function normaliseIp(raw: string | null | undefined): string | null {
  let s = (raw ?? '').trim()
  if (!s || s.length > 45) return null
  // "[2001:db8::1]:443" or "203.0.113.7:51234" (some proxies add the port)
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(s)
  if (bracketed) s = bracketed[1]!
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'))
  const v4 = IPV4.exec(s)
  if (v4) return v4.slice(1).every((p) => Number(p) <= 255) ? s : null
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(':')) return null
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s)
  if (mapped && IPV4.test(mapped[1]!)) return mapped[1]!
  return expandIpv6(s) ? s.toLowerCase() : null
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function expandIpv6(s: string): string[] | null {
  const halves = s.toLowerCase().split('::')
  if (halves.length > 2) return null
  const part = (h: string) => (h ? h.split(':') : [])
  const head = part(halves[0]!)
  const tail = halves.length === 2 ? part(halves[1]!) : []
  // An embedded IPv4 tail counts as two groups.
  const last = tail.length ? tail : head
  if (last.length && IPV4.test(last[last.length - 1]!)) {
    const [a, b, c, d] = last.pop()!.split('.').map(Number) as [number, number, number, number]
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16))
  }
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  return groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) ? groups : null
}

let warned = false

/**
 * The client's IP as the trusted front proxy reported it, or null (no trusted proxy, no header,
 * or not an IP address). For the audit log: a stored IP is never one the client typed itself.
 */
export function clientIp(headers: HeaderBag, hops = trustedProxyHops()): string | null {
  if (!headers) return null
  if (!hops) {
    // Once per process in production: a proxy seems to be there, but nobody said to trust it.
    if (!warned && process.env.NODE_ENV === 'production' && headers.get('x-forwarded-for')) {
      warned = true
      console.warn('[client address] X-Forwarded-For is ignored: set TRUST_PROXY if a front proxy you control sets it (see .env.example)')
    }
    return null
  }
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  if (forwarded.length) return normaliseIp(forwarded[Math.max(0, forwarded.length - hops)])
  return normaliseIp(headers.get('x-real-ip'))
}

/**
 * The address rate limits count by: the trusted client IP, with IPv6 reduced to its /64 (one
 * subscriber's network: rotating within it must not buy new limits); `direct` otherwise.
 */
export function clientAddress(headers: HeaderBag, hops = trustedProxyHops()): string {
  const ip = clientIp(headers, hops)
  if (!ip) return DIRECT
  if (!ip.includes(':')) return ip
  const groups = expandIpv6(ip)
  return groups ? `${groups.slice(0, 4).map((g) => g.padStart(4, '0')).join(':')}::/64` : ip
}
