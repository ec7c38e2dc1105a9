/** A page's search params as Next.js hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>

/**
 * One filter's value from the query string: the first of repeated keys, trimmed, cut to `max`
 * characters (bounded work on hostile input); empty → undefined. Callers still check the value
 * against what they allow.
 */
export function queryValue(sp: SearchParams, key: string, max = 200): string | undefined {
  const v = sp[key]
  return (Array.isArray(v) ? v[0] : v)?.trim().slice(0, max) || undefined
}
