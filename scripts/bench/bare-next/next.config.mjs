// A bare Next.js 16 app for `npm run bench:load`: it serves the portal pages captured by the
// benchmark (BENCH_PAGES, a JSON file) from Next's static route cache — the cost of Next's own
// cached path with no proxy, no instrumentation and no Payload.
const config = {
  poweredByHeader: false,
}
export default config
