import { Lang } from '@/components/Lang'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { availabilityLabel, categoryLabel, priceText, verifiedText } from '@/components/marketplace/format'
import { Stars } from '@/components/marketplace/Stars'
import { getBooth, type BoothDetail } from '@/data/marketplace'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'
import { marketplacePaths } from '@/routes/marketplace'

const { Page, generateStaticParams, generateMetadata } = detailPage<SlugParams, BoothDetail>({
  section: 'marketplace',
  path: (locale, { slug }) => marketplacePaths.booth(locale, slug),
  load: (locale, { slug }) => getBooth(locale, slug),
  meta: (b) => ({ title: b.name, description: b.description?.text.slice(0, 160) ?? b.name }),
  // A local business as the exchange knows it: no reviews, no offers (the prices are indicative).
  jsonLd: (b, { locale, path }) => ({
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: b.name,
    ...(b.legalName ? { legalName: b.legalName } : {}),
    url: absoluteUrl(path),
    ...(b.description ? { description: b.description.text } : {}),
    ...(b.logo ? { logo: absoluteUrl(b.logo.url) } : {}),
    ...(b.photos.length ? { image: b.photos.map((p) => absoluteUrl(p.url)) } : {}),
    ...(b.phone ? { telephone: b.phone } : {}),
    address: { '@type': 'PostalAddress', ...(b.address ? { streetAddress: b.address } : {}), ...(b.commune?.name ? { addressLocality: b.commune.name.text } : {}), addressRegion: 'Hà Tĩnh', addressCountry: 'VN' },
    ...(b.website || b.marketplaceLinks.length ? { sameAs: [b.website, ...b.marketplaceLinks.map((l) => l.url)].filter(Boolean) } : {}),
    ...(b.openingHours ? { openingHours: b.openingHours.text } : {}),
    inLanguage: locale,
  }),
  render: (b, { locale }) => {
    const t = getT(locale)
    return (
      <article className="booth">
        <p>
          <a href={marketplacePaths.list(locale)}>{t('marketplace.backToList')}</a>
        </p>
        {/* Images are already resized by Payload (market-images sizes); no Next image optimizer here. */}
        {b.logo && (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={b.logo.url} alt={b.logo.alt?.text ?? ''} lang={b.logo.alt && b.logo.alt.lang !== locale ? b.logo.alt.lang : undefined} width={b.logo.width ?? undefined} height={b.logo.height ?? undefined} className="booth__logo" />
        )}
        <h1>{b.name}</h1>
        {b.verifiedOn && <p className="verified-badge">{verifiedText(b.verifiedOn, locale)}</p>}
        {locale !== 'vi' && !b.hasEnglish && <p className="translation-notice">{t('marketplace.noEnglish')}</p>}
        <Lang value={b.description} locale={locale} as="p" />
        <dl className="booth-facts">
          <dt>{t('marketplace.category')}</dt>
          <dd>{b.categories.map((c) => categoryLabel(c, locale)).join(', ')}</dd>
          {b.commune && (
            <>
              <dt>{t('marketplace.commune')}</dt>
              <Lang value={b.commune.name} locale={locale} as="dd" />
            </>
          )}
          {b.address && (
            <>
              <dt>{t('marketplace.address')}</dt>
              <dd>{b.address}</dd>
            </>
          )}
          {b.phone && (
            <>
              <dt>{t('marketplace.phone')}</dt>
              <dd>
                <a href={`tel:${b.phone.replace(/[^+0-9]/g, '')}`}>{b.phone}</a>
              </dd>
            </>
          )}
          {b.openingHours && (
            <>
              <dt>{t('marketplace.openingHours')}</dt>
              <Lang value={b.openingHours} locale={locale} as="dd" />
            </>
          )}
          {b.website && (
            <>
              <dt>{t('marketplace.website')}</dt>
              <dd>
                <a href={b.website} rel="external noopener nofollow">
                  {b.website}
                </a>
              </dd>
            </>
          )}
          {b.marketplaceLinks.length > 0 && (
            <>
              <dt>{t('marketplace.elsewhere')}</dt>
              <dd>
                <ul>
                  {b.marketplaceLinks.map((l) => (
                    <li key={l.url}>
                      <a href={l.url} rel="external noopener nofollow">
                        {l.platform}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        {b.photos.length > 0 && (
          <ul className="booth__photos">
            {b.photos.map((p) => (
              <li key={p.url}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={p.url} alt={p.alt?.text ?? ''} lang={p.alt && p.alt.lang !== locale ? p.alt.lang : undefined} width={p.width ?? undefined} height={p.height ?? undefined} loading="lazy" />
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="products-heading">
          <h2 id="products-heading">{t('marketplace.products')}</h2>
          {b.products.length === 0 && <p>{t('marketplace.noProducts')}</p>}
          <ul className="product-list">
            {b.products.map((p) => (
              <li key={p.id}>
                <a href={marketplacePaths.product(locale, p.slug)}>
                  <Lang value={p.name} locale={locale} />
                </a>
                <p className="meta">
                  {categoryLabel(p.category, locale)}
                  {p.stars && (
                    <>
                      {' · '}
                      <Stars stars={p.stars} locale={locale} />
                    </>
                  )}
                  {' · '}
                  {priceText(p, locale)}
                  {p.availability && <> · {availabilityLabel(p.availability, locale)}</>}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </article>
    )
  },
})

export { generateMetadata, generateStaticParams }
export default Page
