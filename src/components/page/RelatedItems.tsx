import Link from 'next/link'
import { Lang } from '@/components/Lang'
import type { LText } from '@/lib/localeFallback'
import type { Locale } from '@/routes/locales'

export interface RelatedItem {
  href: string
  title: LText
  /** A short fact after the title (a year, a sector), already in the page's language. */
  meta?: string | null
}

/**
 * "Related items" at the foot of a detail page: a named section with a list of links, each title
 * keeping its own `lang` (a Vietnamese title on an English page). Not printed. Renders nothing
 * when there is nothing related.
 */
export function RelatedItems({ locale, id, heading, items }: { locale: Locale; id: string; heading: string; items: RelatedItem[] }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id} className="no-print">
      <h2 id={id}>{heading}</h2>
      <ul className="related-list">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} prefetch={false}>
              <Lang value={item.title} locale={locale} />
            </Link>
            {item.meta && <> · {item.meta}</>}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The first `count` items other than the page's own document. */
export function othersThan<T extends { slug: string }>(items: T[], slug: string, count = 3): T[] {
  return items.filter((i) => i.slug !== slug).slice(0, count)
}
