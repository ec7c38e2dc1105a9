import { LOCALES, type Locale } from './locales'
import { ROUTES, type RouteNode } from './table'

/**
 * The route table as Next.js `rewrites()` / `redirects()` rules, so that a request for a portal
 * page needs no proxy invocation: the router matches these rules in memory (no JavaScript sandbox,
 * no NextRequest object, no I/O), where running `src/proxy.ts` cost about a quarter of a cached
 * page's time. The proxy keeps the work that needs run time: locale negotiation for paths without
 * a locale and agency domains (see `config.matcher` in src/proxy.ts).
 *
 * The rules are written to `next-rules.generated.json` by `npm run generate:routes` (next.config.js
 * reads that file; it cannot import TypeScript); `nextRules.test.ts` fails when the file is stale
 * and checks, with Next's own matcher, that the rules agree with `translateSegments()`.
 */
export interface NextRule {
  source: string
  destination: string
}
export interface NextRedirect extends NextRule {
  permanent: true
  /** Not for a path the proxy rewrote itself (an agency domain's page → the internal path). */
  missing: { type: 'header'; key: string }[]
}

/** The request header src/proxy.ts sets on its own rewrites. */
export const PROXY_REWRITE_HEADER = 'x-portal-rewritten'

/**
 * List pages whose unfiltered form is a cached page (ISR, revalidated by tag like detail pages)
 * and whose query-string variants render per request (from cached reads) in the sibling folder
 * `~filtered` (README "Building a list page"). The keys are the query parameters each page reads:
 * a URL carrying one of them is rewritten to `…/~filtered`, any other query string (utm_…, typos)
 * gets the cached page. A slug never contains `~`, so `~filtered` collides with no document.
 */
export const LIST_QUERY_KEYS = {
  news: ['page'],
  'legal-documents': ['type', 'issuer', 'field', 'year', 'status', 'sort', 'page'],
  plans: ['kind', 'level', 'status', 'area', 'page'],
  budget: ['year', 'family', 'agency', 'page'],
  transparency: ['kind', 'period'],
  questions: ['field', 'agency', 'page'],
  'public-services': ['q', 'agency', 'field', 'level', 'page'],
  invest: ['sector', 'area', 'zone', 'capital', 'status', 'page'],
  'legal-support': ['field'],
  marketplace: ['category', 'commune', 'stars', 'page'],
} satisfies Partial<Record<keyof typeof ROUTES, string[]>>

/**
 * The same for list pages one fixed segment below a section (`section/child` by route keys):
 * `/vi/ho-tro-phap-ly/tu-van-vien?field=land` → `/vi/legal-support/consultants/~filtered`.
 */
export const CHILD_LIST_QUERY_KEYS: Record<string, string[]> = {
  'legal-support/consultants': ['field'],
}

export const FILTERED_SEGMENT = '~filtered'

/** The route nodes of a `section/child` key, outermost first. */
function nodesOf(key: string): RouteNode[] {
  const [section, ...children] = key.split('/')
  let current: RouteNode = ROUTES[section as keyof typeof ROUTES]
  const out = [current]
  for (const child of children) {
    const next = current.children?.[child]
    if (!next) throw new Error(`no route ${key}`)
    out.push(next)
    current = next
  }
  return out
}

export interface NextConditionalRule extends NextRule {
  has: { type: 'query'; key: string }[]
}

/** `/vi/tin-tuc?page=2` → `/vi/news/~filtered?page=2`, for every list page, key and locale. */
export function listRewrites(): NextConditionalRule[] {
  const lists: [string, readonly string[]][] = [...Object.entries(LIST_QUERY_KEYS), ...Object.entries(CHILD_LIST_QUERY_KEYS)]
  return lists.flatMap(([key, queryKeys]) => {
    const nodes = nodesOf(key)
    return LOCALES.flatMap((locale) =>
      queryKeys.map((queryKey) => ({
        source: `/${locale}/${nodes.map((n) => n[locale]).join('/')}`,
        has: [{ type: 'query' as const, key: queryKey }],
        destination: `/${locale}/${nodes.map((n) => n.en).join('/')}/${FILTERED_SEGMENT}`,
      })),
    )
  })
}

type Step = { node: RouteNode } | { param: string }

/** Every chain of fixed segments the table allows, params in between (longest first). */
function chains(): Step[][] {
  const out: Step[][] = []
  const walk = (prefix: Step[], level: Record<string, RouteNode> | undefined, params: number) => {
    for (const node of Object.values(level ?? {})) {
      const chain = [...prefix, { node }]
      out.push(chain)
      walk(chain, node.children, params)
      if (node.afterParam) {
        const param = `p${params + 1}`
        walk([...chain, { param }], node.afterParam, params + 1)
      }
    }
  }
  walk([], ROUTES, 0)
  // More specific (longer) chains first: `/vi/co-quan/:p1/tin-tuc/…` before `/vi/co-quan/…`.
  return out.sort((a, b) => b.length - a.length)
}

const spell = (chain: Step[], pick: (node: RouteNode, index: number) => string) =>
  chain.map((step, index) => ('param' in step ? `:${step.param}` : pick(step.node, index))).join('/')

/** Vietnamese paths → the folders named by route key (English segments), as the proxy did. */
export function routeRewrites(): (NextRule | NextConditionalRule)[] {
  return chains()
    .filter((chain) => chain.some((step) => 'node' in step && step.node.vi !== step.node.en))
    .map((chain) => ({
      source: `/vi/${spell(chain, (node) => node.vi)}/:rest*`,
      destination: `/vi/${spell(chain, (node) => node.en)}/:rest*`,
    }))
}

/** A fixed segment spelt in the other locale (`/en/tin-tuc`, `/vi/co-quan/x/news`) → 308 to the right one. */
export function routeRedirects(): NextRedirect[] {
  const out: NextRedirect[] = []
  const seen = new Set<string>()
  for (const chain of chains()) {
    const nodes = chain.flatMap((step, index) => ('node' in step && step.node.vi !== step.node.en ? [index] : []))
    for (const locale of LOCALES) {
      const other: Locale = locale === 'vi' ? 'en' : 'vi'
      // Every combination where at least one fixed segment is in the other locale's spelling.
      for (let mask = 1; mask < 1 << nodes.length; mask++) {
        const wrong = new Set(nodes.filter((_, bit) => mask & (1 << bit)))
        const source = `/${locale}/${spell(chain, (node, index) => node[wrong.has(index) ? other : locale])}/:rest*`
        if (seen.has(source)) continue
        seen.add(source)
        out.push({
          source,
          destination: `/${locale}/${spell(chain, (node) => node[locale])}/:rest*`,
          permanent: true,
          missing: [{ type: 'header', key: PROXY_REWRITE_HEADER }],
        })
      }
    }
  }
  return out
}

export function nextRouteRules() {
  return { rewrites: [...listRewrites(), ...routeRewrites()], redirects: routeRedirects() }
}
