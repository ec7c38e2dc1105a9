import { unstable_cache } from 'next/cache'

/** Fallback lifetime of cached reads; tag revalidation on publish is the normal path. */
export const CACHE_SECONDS = 3600

/**
 * Wraps a read in the Next.js data cache under `name` + its arguments, tagged so that publishing
 * hooks can expire it. Arguments and results must be JSON-serialisable.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tagsFor: (...args: A) => string[],
): (...args: A) => Promise<R> {
  return (...args: A) =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: tagsFor(...args),
      revalidate: CACHE_SECONDS,
    })()
}
