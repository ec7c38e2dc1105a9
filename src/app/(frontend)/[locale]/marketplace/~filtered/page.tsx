// The query-string variants of the marketplace list (category, commune, stars, page): next.config.js
// rewrites a URL carrying one of the keys in LIST_QUERY_KEYS (src/routes/nextRules.ts) here; it
// renders per request from cached, tag-revalidated reads. The unfiltered list is the cached page beside it.
export { default, generateMetadata } from '../page'
export const dynamic = 'force-dynamic'
