// The query-string variants of the directory (the field filter): next.config.js rewrites a URL
// carrying one of the keys in CHILD_LIST_QUERY_KEYS (src/routes/nextRules.ts) here; it renders per
// request from cached, tag-revalidated reads. The unfiltered directory is the cached page beside it.
export { default, generateMetadata } from '../page'
export const dynamic = 'force-dynamic'
