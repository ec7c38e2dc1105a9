import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { getNewsBySlug } from '@/data/news'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const item = await getNewsBySlug(locale, slug)
  if (!item) return {}
  return pageMetadata({
    locale,
    path: sectionPath(locale, 'news', slug),
    title: item.title,
    description: item.summary,
    image: item.image,
    type: 'article',
    publishedTime: item.publishedAt,
    modifiedTime: item.updatedAt,
  })
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const item = await getNewsBySlug(locale, slug)
  if (!item) notFound()
  const t = getT(locale)
  return (
    <PageShell locale={locale} path={sectionPath(locale, 'news', slug)} current="news">
      <article className="article">
        <h1>{item.title}</h1>
        <p className="article__meta">
          {item.publishedAt && <time dateTime={item.publishedAt}>{t('news.publishedOn', { date: formatDate(item.publishedAt, locale) })}</time>}
          {item.agency?.name && <> · {t('news.by', { agency: item.agency.name })}</>}
        </p>
        {item.image && (
          // eslint-disable-next-line @next/next/no-img-element
          <img className="article__image" src={item.image.url} alt={item.image.alt} width={item.image.width ?? undefined} height={item.image.height ?? undefined} />
        )}
        {item.summary && <p className="article__summary">{item.summary}</p>}
        {/* eslint-disable-next-line @typescript-eslint/no-explicit-any */}
        {item.body ? <RichText data={item.body as any} className="prose" /> : null}
      </article>
    </PageShell>
  )
}
