import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'
import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency } from '@/components/agency/load'
import { getNewsBySlug } from '@/data/news'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { agencySectionPath, isLocale } from '@/routes'

type Props = { params: Promise<{ locale: string; agency: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  const p = await params
  if (!isLocale(p.locale)) return {}
  const item = await getNewsBySlug(p.locale, p.slug)
  if (!item) return {}
  return agencyMetadata(p, (agency) => (item.agency?.slug === agency.slug ? { title: item.title, description: item.summary, section: 'news', rest: [p.slug], type: 'article' } : {}))
}

/** A news item on its agency's site (404 when the item belongs to another agency). */
export default async function AgencyNewsArticlePage({ params }: Props) {
  const p = await params
  const { locale, agency, settings } = await loadAgency(p)
  const item = await getNewsBySlug(locale, p.slug)
  if (!item || item.agency?.slug !== agency.slug) notFound()
  const t = getT(locale)
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={agencySectionPath(locale, agency.slug, 'news', p.slug)} current="news">
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
}
