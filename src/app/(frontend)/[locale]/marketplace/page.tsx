import { RESULTS_ID } from '@/components/FilterDisclosure'
import { FilterForm } from '@/components/FilterForm'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { pageLocale } from '@/components/page/locale'
import { categoryLabel, priceText, verifiedText } from '@/components/marketplace/format'
import { Stars } from '@/components/marketplace/Stars'
import { allBooths, filterBooths, parseMarketFilters, type MarketFilters } from '@/data/marketplace'
import { MARKET_CATEGORIES } from '@/domain/marketplace'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes'
import { marketplacePaths } from '@/routes/marketplace'

// The unfiltered list is a cached page (ISR), expired by tag when a booth, product or business
// verification changes; its query-string variants (category, commune, stars, page) render per
// request in ./~filtered from the same cached, tag-revalidated read.
export const dynamic = 'force-static'
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: marketplacePaths.list(locale), title: t('marketplace.title'), description: t('marketplace.intro') })
}

function query(f: MarketFilters, page?: number): string {
  const q = new URLSearchParams()
  if (f.category) q.set('category', f.category)
  if (f.commune) q.set('commune', f.commune)
  if (f.stars) q.set('stars', String(f.stars))
  if (page && page > 1) q.set('page', String(page))
  const s = q.toString()
  return s ? `?${s}` : ''
}

export default async function MarketplacePage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const filters = parseMarketFilters(await searchParams)
  const path = marketplacePaths.list(locale)
  const booths = await allBooths(locale)
  const list = filterBooths(booths, filters)
  const communes = [...new Map(booths.filter((b) => b.commune).map((b) => [b.commune!.slug, b.commune!])).values()].sort((a, b) => (a.name?.text ?? a.slug).localeCompare(b.name?.text ?? b.slug, locale))
  const withCount = (label: string, n: number | undefined) => `${label} (${n ?? 0})`
  return (
    <PageShell locale={locale} path={path} current="marketplace">
      <h1>{t('marketplace.title')}</h1>
      <p>{t('marketplace.intro')}</p>
      <FilterForm
        locale={locale}
        action={path}
        legend={t('marketplace.legend')}
        fields={[
          {
            name: 'category',
            label: t('marketplace.category'),
            value: filters.category,
            options: MARKET_CATEGORIES.map((c) => ({ value: c.value, label: withCount(c.label[locale], list.counts.category[c.value]) })),
          },
          {
            name: 'commune',
            label: t('marketplace.commune'),
            value: filters.commune,
            options: communes.map((c) => ({ value: c.slug, label: withCount(c.name?.text ?? c.slug, list.counts.commune[c.slug]), lang: c.name?.lang })),
          },
          {
            name: 'stars',
            label: t('marketplace.stars'),
            value: filters.stars ? String(filters.stars) : undefined,
            options: [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: withCount(t('marketplace.starsAtLeast', { count: n }), list.counts.stars[String(n)]) })),
          },
        ]}
      />
      <p role="status" className="results-count" id={RESULTS_ID} tabIndex={-1}>
        {t('marketplace.results', { count: list.totalDocs })}
      </p>
      {list.totalDocs === 0 && <p>{t('marketplace.noResults')}</p>}
      <ul className="booth-list">
        {list.items.map((b) => (
          <li key={b.id}>
            <h2>
              <a href={marketplacePaths.booth(locale, b.slug)}>{b.name}</a>
            </h2>
            {b.verifiedOn && <p className="verified-badge">{verifiedText(b.verifiedOn, locale)}</p>}
            <p className="meta">
              {b.categories.map((c) => categoryLabel(c, locale)).join(', ')}
              {b.commune && (
                <>
                  {' · '}
                  <Lang value={b.commune.name} locale={locale} />
                </>
              )}
            </p>
            {locale !== 'vi' && !b.hasEnglish && <p className="translation-notice">{t('marketplace.noEnglish')}</p>}
            {b.products.length > 0 && (
              <ul className="product-list">
                {b.products.map((p) => (
                  <li key={p.id}>
                    <a href={marketplacePaths.product(locale, p.slug)}>
                      <Lang value={p.name} locale={locale} />
                    </a>
                    {p.stars && (
                      <>
                        {' · '}
                        <Stars stars={p.stars} locale={locale} />
                      </>
                    )}
                    {' · '}
                    {priceText(p, locale)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <Pagination locale={locale} page={list.page} totalPages={list.totalPages} hrefFor={(p) => `${path}${query(filters, p)}`} />
    </PageShell>
  )
}
