import Link from 'next/link'
import { redirect } from 'next/navigation'
import { LEGAL_FIELDS, legalFieldLabel } from '@/collections/LegalDocuments/options'
import { FilterForm } from '@/components/FilterForm'
import { RESULTS_ID } from '@/components/FilterDisclosure'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { ViOnlyBadge } from '@/components/ViOnlyBadge'
import { docTypeLabel, localized } from '@/components/legal/view'
import { pageLocale } from '@/components/page/locale'
import { GuideMeta } from '@/components/legalSupport/GuideMeta'
import { legalIndex } from '@/data/legal'
import { legalCitations, listLegalGuides } from '@/data/legalSupport'
import { formatDate } from '@/domain/i18n-format'
import { fieldQuery, lawRelated, mostLinked, parseFieldFilter } from '@/domain/legalSupport'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { sectionPath } from '@/routes'
import { legalSupportPaths } from '@/routes/legalSupport'
import { isLocale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The unfiltered page is a cached page (ISR), expired by tag when a guide, an answer, a legal
// document or an agency is published, and regenerated at most hourly; `searchParams` is empty here.
// Its `?field=` variants render per request in ./~filtered from cached, tag-revalidated reads
// (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

const FIELD_VALUES = LEGAL_FIELDS.map((f) => f.value)
/** How many law-related answers and most-asked documents the page shows. */
const ANSWERS_SHOWN = 5
const DOCUMENTS_SHOWN = 5

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: legalSupportPaths.home(locale), title: t('legalSupport.title'), description: t('legalSupport.intro') })
}

/**
 * /vi/ho-tro-phap-ly, /en/legal-support: agencies' guides (filtered by field in the URL), the Q&A
 * answers that cite legal documents, the documents most asked about, and the way to the
 * consultants' directory.
 */
export default async function LegalSupportPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const query = await searchParams
  const filter = parseFieldFilter(query, FIELD_VALUES)
  const home = legalSupportPaths.home(locale)
  const given = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x])))).toString()
  if (given && `?${given}` !== fieldQuery(filter)) redirect(`${home}${fieldQuery(filter)}`)

  const [guides, citations, index] = await Promise.all([listLegalGuides(locale, filter.field), legalCitations(locale), legalIndex()])
  const answers = lawRelated(citations.answers, filter, ANSWERS_SHOWN)
  const byId = new Map(index.map((d) => [d.id, d]))
  const citing = [
    ...citations.answers.filter((a) => !filter.field || a.field === filter.field).map((a) => ({ kind: 'answer' as const, documents: a.documents })),
    ...citations.guides.filter((g) => !filter.field || g.field === filter.field).map((g) => ({ kind: 'guide' as const, documents: g.documents })),
  ]
  const asked = mostLinked(citing, new Set(byId.keys()), DOCUMENTS_SHOWN)
  const fieldLabel = filter.field ? legalFieldLabel(filter.field, locale) : null

  return (
    <PageShell locale={locale} path={home} current="legal-support">
      <h1>{t('legalSupport.title')}</h1>
      <p>{t('legalSupport.intro')}</p>
      <ul>
        <li>
          <Link href={legalSupportPaths.consultants(locale)}>{t('legalSupport.consultants.link')}</Link>
        </li>
        <li>
          <Link href={questionPaths.ask(locale)}>{t('legalSupport.askLink')}</Link>
        </li>
        <li>
          <Link href={sectionPath(locale, 'legal-documents')}>{t('legalSupport.documentsLink')}</Link>
        </li>
      </ul>
      <FilterForm
        locale={locale}
        action={home}
        legend={t('legalSupport.filters')}
        fields={[{ name: 'field', label: t('legalSupport.field'), value: filter.field, options: LEGAL_FIELDS.map((f) => ({ value: f.value, label: f.label[locale] })) }]}
      />

      <section aria-labelledby="guides">
        <h2 id="guides">{fieldLabel ? t('legalSupport.guidesInField', { field: fieldLabel }) : t('legalSupport.guides')}</h2>
        <p role="status" id={RESULTS_ID} tabIndex={-1}>
          {t('legalSupport.guideCount', { count: guides.length })}
        </p>
        {guides.length ? (
          <ul className="card-list">
            {guides.map((g) => (
              <li key={g.slug} className="card">
                <h3 className="card__title">
                  <Link href={legalSupportPaths.guide(locale, g.slug)}>
                    <Lang value={g.title} locale={locale} />
                  </Link>
                  <ViOnlyBadge locale={locale} lang={g.title.lang} />
                </h3>
                <GuideMeta locale={locale} guide={g} />
                <Lang value={g.summary} locale={locale} as="p" />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('legalSupport.noGuides')}</p>
        )}
      </section>

      <section aria-labelledby="law-answers">
        <h2 id="law-answers">{t('legalSupport.answers')}</h2>
        <p>{t('legalSupport.answersIntro')}</p>
        {answers.length ? (
          <ul className="related-list">
            {answers.map((a) => (
              <li key={a.slug}>
                <Link href={questionPaths.answer(locale, a.slug)}>
                  <Lang value={a.title} locale={locale} />
                </Link>
                <ViOnlyBadge locale={locale} lang={a.title.lang} />
                {a.field && <> · {legalFieldLabel(a.field, locale)}</>}
                {a.agency?.name && (
                  <>
                    {' · '}
                    <Lang value={a.agency.name} locale={locale} />
                  </>
                )}
                {a.answeredOn && (
                  <>
                    {' · '}
                    <time dateTime={a.answeredOn}>{formatDate(a.answeredOn, locale)}</time>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('legalSupport.noAnswers')}</p>
        )}
        <p>
          <Link href={`${questionPaths.archive(locale)}${fieldQuery(filter)}`}>{t('legalSupport.allAnswers')}</Link>
        </p>
      </section>

      <section aria-labelledby="most-asked">
        <h2 id="most-asked">{t('legalSupport.mostAsked')}</h2>
        {asked.length ? (
          <ol className="related-list">
            {asked.map((r) => {
              const d = byId.get(r.id)!
              const title = localized(d.title, locale)
              return (
                <li key={r.id}>
                  <Link href={sectionPath(locale, 'legal-documents', d.slug)}>
                    {docTypeLabel(d.docType, locale)} {d.number}
                  </Link>{' '}
                  — <span lang={title.lang}>{title.text}</span> ({t('legalSupport.citedBy', { answers: t('legalSupport.answerCount', { count: r.answers }), guides: t('legalSupport.guideCount', { count: r.guides }) })})
                </li>
              )
            })}
          </ol>
        ) : (
          <p>{t('legalSupport.noMostAsked')}</p>
        )}
      </section>
    </PageShell>
  )
}
