import { Lang } from '@/components/Lang'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { availabilityLabel, categoryLabel, priceText, verifiedText } from '@/components/marketplace/format'
import { Stars } from '@/components/marketplace/Stars'
import { getProduct, type ProductDetail } from '@/data/marketplace'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'
import { marketplacePaths } from '@/routes/marketplace'

const { Page, generateStaticParams, generateMetadata } = detailPage<SlugParams, ProductDetail>({
  section: 'marketplace',
  path: (locale, { slug }) => marketplacePaths.product(locale, slug),
  load: (locale, { slug }) => getProduct(locale, slug),
  meta: (p, { locale }) => ({ title: p.name?.text ?? p.slug, description: p.description?.text.slice(0, 160) ?? categoryLabel(p.category, locale) }),
  // A product as the exchange knows it: no reviews and no offers (prices are indicative only);
  // the OCOP rating as an award only while its certificate is valid.
  jsonLd: (p, { locale, path }) => {
    const t = getT(locale)
    return {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: p.name?.text ?? p.slug,
      url: absoluteUrl(path),
      category: categoryLabel(p.category, locale),
      ...(p.description ? { description: p.description.text } : {}),
      ...(p.photos.length ? { image: p.photos.map((x) => absoluteUrl(x.url)) } : {}),
      ...(p.stars ? { award: t('marketplace.ocop', { count: p.stars }) } : {}),
      ...(p.origin ? { countryOfOrigin: 'VN' } : {}),
      ...(p.booth ? { brand: { '@type': 'Organization', name: p.booth.name, url: absoluteUrl(marketplacePaths.booth(locale, p.booth.slug)) } } : {}),
      inLanguage: locale,
    }
  },
  render: (p, { locale }) => {
    const t = getT(locale)
    return (
      <article className="product">
        <p>
          <a href={marketplacePaths.list(locale)}>{t('marketplace.backToList')}</a>
          {p.booth && (
            <>
              {' › '}
              <a href={marketplacePaths.booth(locale, p.booth.slug)}>{p.booth.name}</a>
            </>
          )}
        </p>
        <h1>
          <Lang value={p.name} locale={locale} />
        </h1>
        {p.booth?.verifiedOn && <p className="verified-badge">{verifiedText(p.booth.verifiedOn, locale)}</p>}
        {locale !== 'vi' && p.booth && !p.booth.hasEnglishProduct && <p className="translation-notice">{t('marketplace.noEnglishProduct')}</p>}
        {p.stars && (
          <p>
            <Stars stars={p.stars} locale={locale} />
          </p>
        )}
        {p.ratingLapsed && <p className="notice">{t('marketplace.ocopLapsed')}</p>}
        <Lang value={p.description} locale={locale} as="p" />
        <dl className="product-facts">
          <dt>{t('marketplace.category')}</dt>
          <dd>{categoryLabel(p.category, locale)}</dd>
          <dt>{t('marketplace.price')}</dt>
          <dd>{priceText(p, locale)}</dd>
          {p.availability && (
            <>
              <dt>{t('marketplace.availability')}</dt>
              <dd>{availabilityLabel(p.availability, locale)}</dd>
            </>
          )}
          {p.origin && (
            <>
              <dt>{t('marketplace.origin')}</dt>
              <Lang value={p.origin} locale={locale} as="dd" />
            </>
          )}
          {p.stars && p.certificateNumber && (
            <>
              <dt>{t('marketplace.stars')}</dt>
              <dd>
                {t('marketplace.certificate', { number: p.certificateNumber })}
                {p.certificateYear && <>, {t('marketplace.certificateYear', { year: p.certificateYear })}</>}
                {p.certificateExpires && <>, {t('marketplace.certificateExpires', { date: formatDate(p.certificateExpires, locale) })}</>}
              </dd>
            </>
          )}
        </dl>
        {p.photos.length > 0 && (
          <ul className="booth__photos">
            {p.photos.map((x) => (
              <li key={x.url}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={x.url} alt={x.alt?.text ?? ''} lang={x.alt && x.alt.lang !== locale ? x.alt.lang : undefined} width={x.width ?? undefined} height={x.height ?? undefined} loading="lazy" />
              </li>
            ))}
          </ul>
        )}
      </article>
    )
  },
})

export { generateStaticParams, generateMetadata }
export default Page
