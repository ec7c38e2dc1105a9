import { RichText } from '@payloadcms/richtext-lexical/react'
import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency } from '@/components/agency/load'
import { detailPage } from '@/components/page/detailPage'
import { getNewsBySlug } from '@/data/news'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { agencySectionPath, type Locale } from '@/routes'

type Params = { locale: string; agency: string; slug: string }

/** A news item on its agency's site (404 when the item belongs to another agency). */
const { Page, generateStaticParams, generateMetadata } = detailPage({
  shell: 'own',
  path: (locale: Locale, p: Params, found) => agencySectionPath(locale, found?.agency.slug ?? p.agency, 'news', p.slug),
  load: async (_locale: Locale, p: Params) => {
    const { locale, agency, settings } = await loadAgency(p)
    const item = await getNewsBySlug(locale, p.slug)
    return item && item.agency?.slug === agency.slug ? { item, agency, settings } : null
  },
  meta: async ({ item }, { params }) => ({
    metadata: await agencyMetadata(params, () => ({ title: item.title, description: item.summary, section: 'news', rest: [params.slug], type: 'article' })),
  }),
  render: ({ item, agency, settings }, { locale, path }) => {
    const t = getT(locale)
    return (
      <AgencyShell locale={locale} agency={agency} settings={settings} path={path} current="news">
        <article className="article">
          <h1>{item.title}</h1>
          <p className="article__meta">{item.publishedAt && <time dateTime={item.publishedAt}>{t('news.publishedOn', { date: formatDate(item.publishedAt, locale) })}</time>}</p>
          {item.image && (
            // eslint-disable-next-line @next/next/no-img-element
            <img className="article__image" src={item.image.url} alt={item.image.alt} width={item.image.width ?? undefined} height={item.image.height ?? undefined} />
          )}
          {item.summary && <p className="article__summary">{item.summary}</p>}
          {/* eslint-disable-next-line @typescript-eslint/no-explicit-any */}
          {item.body ? <RichText data={item.body as any} className="prose" /> : null}
        </article>
      </AgencyShell>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
