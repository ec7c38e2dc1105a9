import type { HostMap } from './hosts'

/**
 * The proxy's copy of the host → agency map, fetched from `/api/agencies/host-map` and kept for
 * a short time. A stale copy keeps serving while a fresh one is fetched in the background; when
 * the endpoint cannot be reached the last copy (or an empty map: everything is the provincial
 * portal) is used.
 */
export interface HostMapClientOptions {
  url: () => string | null
  ttlMs?: number
  timeoutMs?: number
  fetchImpl?: typeof fetch
  now?: () => number
}

export function createHostMapClient({ url, ttlMs = 30_000, timeoutMs = 1500, fetchImpl = fetch, now = Date.now }: HostMapClientOptions) {
  let map: HostMap | null = null
  let fetchedAt = 0
  let pending: Promise<HostMap> | null = null

  async function refresh(): Promise<HostMap> {
    const target = url()
    if (!target) return (map ??= {})
    try {
      const res = await fetchImpl(target, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } })
      if (!res.ok) throw new Error(`host map: HTTP ${res.status}`)
      const body = (await res.json()) as unknown
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('host map: not an object')
      map = Object.fromEntries(Object.entries(body as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'))
    } catch {
      map ??= {}
    }
    fetchedAt = now()
    return map
  }

  return {
    async get(): Promise<HostMap> {
      const fresh = map !== null && now() - fetchedAt < ttlMs
      if (fresh) return map!
      pending ??= refresh().finally(() => {
        pending = null
      })
      // A stale map answers at once; only the very first request waits for the fetch.
      return map ?? pending
    },
  }
}

/** Hosts that are always the provincial portal (no map lookup): PUBLIC_URL's, INTERNAL_URL's, loopback. */
export function portalHosts(env: Record<string, string | undefined> = process.env): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]'])
  for (const value of [env.PUBLIC_URL, env.INTERNAL_URL]) {
    try {
      if (value) hosts.add(new URL(value).hostname.toLowerCase())
    } catch {
      // not a URL: ignored
    }
  }
  return hosts
}

/** Where the proxy fetches the host map: INTERNAL_URL, else PUBLIC_URL, else the request's own origin. */
export function hostMapUrl(origin: string, env: Record<string, string | undefined> = process.env): string {
  const base = (env.INTERNAL_URL || env.PUBLIC_URL || origin).replace(/\/+$/, '')
  return `${base}/api/agencies/host-map`
}
