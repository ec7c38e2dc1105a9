import { RatingBox } from '@/components/ratings/RatingBox'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import Link from 'next/link'
import { Breadcrumb } from '@/components/Breadcrumb'
import { RichTextBody } from '@/components/RichTextBody'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getNewsBySlug, getNewsPreview, listNews } from '@/data/news'
import { formatDate, formatDateTime } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'news',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'news', slug),
  load: (locale, { slug }) => getNewsBySlug(locale, slug),
  preview: (session, locale, { slug }) => getNewsPreview(locale, slug, session),
  moved: 'news',
  meta: (item) => ({
    title: item.title,
    description: item.summary,
    image: item.image,
    type: 'article',
    publishedTime: item.publishedAt,
    modifiedTime: item.lastMaterialChange ?? item.publishedAt,
  }),
  render: async (item, { locale, params: { slug } }) => {
    const t = getT(locale)
    const lang = item.hasTranslation || locale === 'vi' ? undefined : 'vi'
    // Related items: the newest other news in this language (the list read is cached and tagged).
    const related = (await listNews(locale, { limit: 4 })).items.filter((n) => n.slug !== slug).slice(0, 3)
    return (
      <article className="article">
        <Breadcrumb locale={locale} trail={[{ label: t('nav.news'), href: sectionPath(locale, 'news') }]} current={{ text: item.title, lang: lang ? 'vi' : locale }} />
        <h1 lang={lang}>{item.title}</h1>
        {!lang && <TranslationNotice locale={locale} translation={item.translation} originalHref={sectionPath('vi', 'news', slug)} />}
        {lang && (
          <div className="notice notice--info" role="note">
            <p>{t('news.vietnameseOnly')}</p>
            <p>
              <a href={sectionPath('vi', 'news', slug)} hrefLang="vi">
                {t('news.readInVietnamese')}
              </a>
            </p>
          </div>
        )}
        <p className="article__meta">
          {item.publishedAt && <time dateTime={item.publishedAt}>{t('news.publishedOn', { date: formatDate(item.publishedAt, locale) })}</time>}
          {item.lastMaterialChange && (
            <>
              {' · '}
              <a href="#history">
                <time dateTime={item.lastMaterialChange}>{t('news.lastUpdated', { date: formatDate(item.lastMaterialChange, locale) })}</time>
              </a>
            </>
          )}
          {item.agency?.name && <> · {t('news.by', { agency: item.agency.name })}</>}
          {item.authorName && <> · {t('news.author', { name: item.authorName })}</>}
        </p>
        {item.image && (
          // eslint-disable-next-line @next/next/no-img-element
          <img className="article__image" src={item.image.url} alt={item.image.alt} width={item.image.width ?? undefined} height={item.image.height ?? undefined} />
        )}
        {item.summary && (
          <p className="article__summary" lang={lang}>
            {item.summary}
          </p>
        )}
        {item.body ? (
          <div lang={lang}>
            <RichTextBody data={item.body as SerializedEditorState} locale={locale} className="prose" />
          </div>
        ) : null}
        {item.relatedDocuments.length > 0 && (
          <section aria-labelledby="related">
            <h2 id="related">{t('news.relatedDocuments')}</h2>
            <ul>
              {item.relatedDocuments.map((d) => (
                <li key={d.slug}>
                  <Link href={sectionPath(locale, 'legal-documents', d.slug)}>{d.number}</Link>
                  {d.title && <> — {d.title}</>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {related.length > 0 && (
          <section aria-labelledby="related-news" className="no-print">
            <h2 id="related-news">{t('news.relatedNews')}</h2>
            <ul className="related-list">
              {related.map((n) => (
                <li key={n.slug}>
                  <Link href={sectionPath(locale, 'news', n.slug)}>{n.title}</Link>
                  {n.publishedAt && (
                    <>
                      {' · '}
                      <time dateTime={n.publishedAt}>{formatDate(n.publishedAt, locale)}</time>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {item.changeLog.length > 0 && (
          <section aria-labelledby="history-heading" id="history">
            <h2 id="history-heading">{t('news.historyHeading')}</h2>
            <ul className="change-log">
              {item.changeLog.map((c) => (
                <li key={c.at}>
                  <time dateTime={c.at}>{formatDateTime(c.at, locale)}</time>
                  {c.note && <>: {c.note}</>}
                </li>
              ))}
              {item.publishedAt && (
                <li>
                  <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt, locale)}</time>: {t('news.firstPublished')}
                </li>
              )}
            </ul>
          </section>
        )}
        <RatingBox locale={locale} section="news" slug={slug} />
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
