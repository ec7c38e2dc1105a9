import Link from 'next/link'
import type { NewsCard } from '@/data/news'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath, type Locale } from '@/routes'

export function NewsList({ locale, items, headingLevel = 2 }: { locale: Locale; items: NewsCard[]; headingLevel?: 2 | 3 }) {
  const t = getT(locale)
  if (items.length === 0) return <p>{t('news.empty')}</p>
  const H = `h${headingLevel}` as 'h2' | 'h3'
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={item.id} className="card">
          {item.image && (
            // Plain <img>: sizes are pre-generated WebP on our own host; no optimiser round-trip.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={item.image.url} alt={item.image.alt} width={item.image.width ?? undefined} height={item.image.height ?? undefined} loading="lazy" decoding="async" />
          )}
          <H className="card__title">
            <Link prefetch={false} href={sectionPath(locale, 'news', item.slug)}>{item.title}</Link>
          </H>
          {item.publishedAt && (
            <p className="card__meta">
              <time dateTime={item.publishedAt}>{t('news.publishedOn', { date: formatDate(item.publishedAt, locale) })}</time>
              {item.agency?.name ? ` · ${item.agency.name}` : ''}
            </p>
          )}
          {item.summary && <p>{item.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
