import Link from 'next/link'
import { redirect } from 'next/navigation'
import { FilterForm } from '@/components/FilterForm'
import { RESULTS_ID } from '@/components/FilterDisclosure'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { ViOnlyBadge } from '@/components/ViOnlyBadge'
import { pageLocale } from '@/components/page/locale'
import { AnswerMeta } from '@/components/questions/AnswerMeta'
import { LEGAL_FIELDS, legalFieldLabel } from '@/collections/LegalDocuments/options'
import { listAgencies } from '@/data/agencies'
import { listAnswers } from '@/data/questions'
import { archiveQuery, parseArchiveFilters } from '@/domain/questions'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes/locales'
import { legalSupportPaths } from '@/routes/legalSupport'
import { questionPaths } from '@/routes/questions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The unfiltered list is a cached page (ISR), expired by tag on publish and regenerated at most
// hourly; `searchParams` is empty here. Its query-string variants render per request in
// ./~filtered from cached, tag-revalidated reads (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

const FIELD_VALUES = LEGAL_FIELDS.map((f) => f.value)

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return {
    ...pageMetadata({ locale, path: questionPaths.archive(locale), title: t('questions.title'), description: t('questions.intro') }),
    alternates: { ...pageMetadata({ locale, path: questionPaths.archive(locale) }).alternates, types: { 'application/rss+xml': `${questionPaths.archive(locale)}/rss.xml` } },
  }
}

/** /vi/hoi-dap, /en/questions: answered questions, with field and agency filters in the URL. */
export default async function QuestionsArchive({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const query = await searchParams
  const filters = parseArchiveFilters(query, FIELD_VALUES)
  const home = questionPaths.archive(locale)
  const given = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x])))).toString()
  const canonical = archiveQuery(filters)
  if (given && `?${given}` !== canonical) redirect(`${home}${canonical}`)
  const [answers, agencies] = await Promise.all([listAnswers(locale, filters), listAgencies(locale)])
  const feedQuery = archiveQuery({ ...filters, page: 1 })
  return (
    <PageShell locale={locale} path={home} current="questions">
      <h1>{t('questions.title')}</h1>
      <p>{t('questions.intro')}</p>
      <p>
        <Link className="button" href={questionPaths.ask(locale)}>
          {t('questions.askLink')}
        </Link>{' '}
        <Link href={legalSupportPaths.home(locale)}>{t('legalSupport.title')}</Link>
      </p>
      <FilterForm
        locale={locale}
        action={home}
        legend={t('questions.archive.filters')}
        fields={[
          { name: 'field', label: t('questions.archive.field'), value: filters.field, options: LEGAL_FIELDS.map((f) => ({ value: f.value, label: f.label[locale] })) },
          { name: 'agency', label: t('questions.archive.agency'), value: filters.agency, options: agencies.map((a) => ({ value: a.slug, label: a.name ?? a.slug })) },
        ]}
      />
      <p role="status" id={RESULTS_ID} tabIndex={-1}>
        {t('questions.archive.count', { count: answers.totalDocs })}
      </p>
      {answers.items.length ? (
        <ol className="answer-list">
          {answers.items.map((a) => (
            <li key={a.slug}>
              <h2>
                <Link href={questionPaths.answer(locale, a.slug)}>
                  <Lang value={a.title} locale={locale} />
                </Link>
                <ViOnlyBadge locale={locale} lang={a.title.lang} />
              </h2>
              <AnswerMeta
                locale={locale}
                facts={{ ...a, agencyName: a.agency?.name ?? null, fieldLabel: a.field ? legalFieldLabel(a.field, locale) : null }}
              />
              {locale === 'en' && !a.answerTranslated && <p className="note">{t('questions.archive.vietnameseAnswer')}</p>}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('questions.archive.empty')}</p>
      )}
      <Pagination locale={locale} page={answers.page} totalPages={answers.totalPages} hrefFor={(page) => `${home}${archiveQuery({ ...filters, page })}`} />
      <p>
        <a href={`${home}/rss.xml${feedQuery}`} type="application/rss+xml">
          {feedQuery ? t('questions.archive.rssFiltered') : t('questions.archive.rss')}
        </a>
      </p>
    </PageShell>
  )
}
