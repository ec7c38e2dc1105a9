import Link from 'next/link'
import { Breadcrumb } from '@/components/Breadcrumb'
import { Lang } from '@/components/Lang'
import { RichTextBody } from '@/components/RichTextBody'
import { TranslationNotice } from '@/components/TranslationNotice'
import { GuideMeta } from '@/components/legalSupport/GuideMeta'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { getLegalGuide, getLegalGuidePreview, listLegalGuides } from '@/data/legalSupport'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes'
import { legalSupportPaths } from '@/routes/legalSupport'

/** One legal-support guide: its text, the legal documents it explains, other guides of its field. */
const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'legal-support',
  path: (locale, { slug }: SlugParams) => legalSupportPaths.guide(locale, slug),
  load: (locale, { slug }) => getLegalGuide(locale, slug),
  preview: (session, locale, { slug }) => getLegalGuidePreview(locale, slug, session),
  meta: (g) => ({ title: g.title.text, description: g.summary?.text ?? null, type: 'article', publishedTime: g.publishedAt, modifiedTime: g.updatedAt }),
  render: async (g, { locale, params: { slug } }) => {
    const t = getT(locale)
    const vietnamese = g.title.lang !== locale
    // Other guides of the same field (the list read is cached and tagged).
    const sameField = g.field ? (await listLegalGuides(locale, g.field)).filter((o) => o.slug !== slug).slice(0, 4) : []
    return (
      <article className="article">
        <Breadcrumb locale={locale} trail={[{ label: t('nav.legal-support'), href: legalSupportPaths.home(locale) }]} current={g.title} />
        <Lang as="h1" value={g.title} locale={locale} />
        {/* An English page showing the Vietnamese original says so (and links it); an outdated English edition too. */}
        <TranslationNotice locale={locale} translation={vietnamese ? { state: 'missing' } : g.translation} originalHref={legalSupportPaths.guide('vi', slug)} />
        <GuideMeta locale={locale} guide={g} />
        <Lang as="p" value={g.summary} locale={locale} className="article__summary" />
        {g.body && (
          <div lang={g.body.lang !== locale ? g.body.lang : undefined}>
            <RichTextBody data={g.body.value as Parameters<typeof RichTextBody>[0]['data']} locale={g.body.lang} className="prose" />
          </div>
        )}
        <section aria-labelledby="guide-documents">
          <h2 id="guide-documents">{t('legalSupport.documentsExplained')}</h2>
          {g.legalDocuments.length ? (
            <ul>
              {g.legalDocuments.map((d) => (
                <li key={d.slug}>
                  <Link href={sectionPath(locale, 'legal-documents', d.slug)}>{d.number}</Link>
                  {d.title && (
                    <>
                      {' — '}
                      <Lang value={d.title} locale={locale} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('legalSupport.noDocuments')}</p>
          )}
        </section>
        {sameField.length > 0 && (
          <section aria-labelledby="same-field-guides" className="no-print">
            <h2 id="same-field-guides">{t('legalSupport.sameField')}</h2>
            <ul className="related-list">
              {sameField.map((o) => (
                <li key={o.slug}>
                  <Link href={legalSupportPaths.guide(locale, o.slug)}>
                    <Lang value={o.title} locale={locale} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>
          <Link href={legalSupportPaths.consultants(locale)}>{t('legalSupport.consultants.link')}</Link>
        </p>
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
