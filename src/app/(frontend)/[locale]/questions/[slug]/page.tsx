import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { RichTextBody } from '@/components/RichTextBody'
import { TranslationNotice } from '@/components/TranslationNotice'
import { AnswerMeta } from '@/components/questions/AnswerMeta'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { legalFieldLabel } from '@/collections/LegalDocuments/options'
import { getAnswerBySlug } from '@/data/questions'
import { getT } from '@/i18n'
import { documentPath } from '@/routes/documents'
import { questionPaths } from '@/routes/questions'

/** One answered question: the public wording, the answer, its facts, the legal documents it cites. */
const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'questions',
  path: (locale, { slug }: SlugParams) => questionPaths.answer(locale, slug),
  load: (locale, { slug }) => getAnswerBySlug(locale, slug),
  meta: (a) => ({ title: a.title.text, description: a.questionText?.text.slice(0, 200) ?? undefined }),
  render: (a, { locale, params: { slug } }) => {
    const t = getT(locale)
    return (
      <article>
        <TranslationNotice locale={locale} translation={a.translation} originalHref={questionPaths.answer('vi', slug)} />
        <p className="eyebrow">
          {t('questions.archive.code')}: {a.code}
        </p>
        <Lang as="h1" value={a.title} locale={locale} />
        <AnswerMeta locale={locale} facts={{ ...a, agencyName: a.agency?.name ?? null, fieldLabel: a.field ? legalFieldLabel(a.field, locale) : null }} />
        {a.questionText && (
          <section aria-labelledby="q-question">
            <h2 id="q-question">{t('questions.archive.question')}</h2>
            <Lang as="p" value={a.questionText} locale={locale} className="question-text" />
          </section>
        )}
        {a.answer && (
          <section aria-labelledby="q-answer" lang={a.answer.lang !== locale ? a.answer.lang : undefined}>
            <h2 id="q-answer" lang={a.answer.lang !== locale ? locale : undefined}>
              {t('questions.archive.answer')}
            </h2>
            {a.answer.lang !== locale && (
              <p className="note" lang={locale}>
                {t('questions.archive.vietnameseAnswer')}
              </p>
            )}
            <RichTextBody data={a.answer.value as Parameters<typeof RichTextBody>[0]['data']} locale={a.answer.lang} />
          </section>
        )}
        {a.relatedDocuments.length > 0 && (
          <section aria-labelledby="q-related">
            <h2 id="q-related">{t('questions.archive.related')}</h2>
            <ul>
              {a.relatedDocuments.map((d) => (
                <li key={d.slug}>
                  <Link href={documentPath(locale, 'legal-documents', d.slug) ?? '#'}>
                    {d.number ? `${d.number} ` : ''}
                    <Lang value={d.title} locale={locale} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>
          <Link href={questionPaths.archive(locale)}>{t('questions.title')}</Link>
        </p>
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
