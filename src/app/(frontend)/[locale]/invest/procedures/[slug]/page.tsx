import '@/components/invest/invest.css'
import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { TranslationNotice } from '@/components/TranslationNotice'
import { RichBlock } from '@/components/invest/RichBlock'
import { getGuideBySlug } from '@/data/invest'
import { getT } from '@/i18n'
import { documentPath } from '@/routes/documents'
import { investPaths } from '@/routes/invest'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'invest',
  path: (locale, { slug }: SlugParams) => investPaths.guide(locale, slug),
  load: (locale, { slug }) => getGuideBySlug(locale, slug),
  meta: (guide) => ({ title: guide.title.text, description: guide.summary?.text ?? null }),
  render: (guide, { locale, params: { slug } }) => {
    const t = getT(locale)
    return (
      <>
        <p>
          <Link href={investPaths.guides(locale)}>{t('invest.allGuides')}</Link>
        </p>
        <article className="article">
          <Lang value={guide.title} locale={locale} as="h1" />
          <TranslationNotice locale={locale} translation={guide.translation} originalHref={investPaths.guide('vi', slug)} />
          <Lang value={guide.summary} locale={locale} as="p" className="article__summary" />
          <section aria-labelledby="steps">
            <h2 id="steps">{t('invest.fields.steps')}</h2>
            <ol className="steps">
              {guide.steps.map((step, i) => (
                <li key={i}>
                  <h3>
                    {t('invest.fields.step', { n: i + 1 })}
                    {step.title && (
                      <>
                        {': '}
                        <Lang value={step.title} locale={locale} />
                      </>
                    )}
                  </h3>
                  <RichBlock value={step.body} locale={locale} />
                  <dl className="facts">
                    {step.timeLimit && (
                      <>
                        <dt>{t('invest.fields.timeLimit')}</dt>
                        <Lang value={step.timeLimit} locale={locale} as="dd" />
                      </>
                    )}
                    {step.authority && (
                      <>
                        <dt>{t('invest.fields.authority')}</dt>
                        <Lang value={step.authority} locale={locale} as="dd" />
                      </>
                    )}
                  </dl>
                </li>
              ))}
            </ol>
          </section>
          {guide.legalDocuments.length > 0 && (
            <section aria-labelledby="legal">
              <h2 id="legal">{t('invest.fields.legalDocuments')}</h2>
              <ul>
                {guide.legalDocuments.map((d) => (
                  <li key={d.slug}>
                    <Link href={documentPath(locale, 'legal-documents', d.slug) ?? '#'}>
                      {d.number && <span lang="vi">{d.number}</span>}
                      {d.number && d.title && ' — '}
                      <Lang value={d.title} locale={locale} />
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {guide.publicServices.length > 0 && (
            <section aria-labelledby="services">
              <h2 id="services">{t('invest.fields.publicServices')}</h2>
              <ul>
                {guide.publicServices.map((s) => (
                  <li key={s.url}>
                    <a href={s.url} rel="external">
                      {s.label ? <Lang value={s.label} locale={locale} /> : s.url}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </article>
      </>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
