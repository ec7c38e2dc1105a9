import Link from 'next/link'
import { LEGAL_FIELDS } from '@/collections/LegalDocuments/options'
import { LegalFinder } from '@/components/legal/LegalFinder'
import { withStatuses } from '@/components/legal/view'
import { PageShell } from '@/components/PageShell'
import { legalIndex } from '@/data/legal'
import { DOC_TYPES, EFFECT_STATUS_LABELS, parseFinderQuery } from '@/domain/legal'
import { getT } from '@/i18n'
import { withFeed } from '@/lib/feeds/links'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The unfiltered list is a cached page (ISR), expired by tag on publish like a detail page and
// regenerated at most hourly (dates computed for today); `searchParams` is empty here. Its
// query-string variants render per request in ./~filtered (README "Building a list page").
export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return withFeed(pageMetadata({ locale, path: sectionPath(locale, 'legal-documents'), title: t('legal.title'), description: t('legal.intro') }), locale, 'legal-documents', t('legal.rss'))
}

/**
 * /vi/van-ban, /en/legal-documents. Filters live in the query string (so the page renders per
 * request), but the data comes from one cached, tag-revalidated read; the effect status of each
 * document is computed here for today.
 */
export default async function LegalDocumentsPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const docs = withStatuses(await legalIndex())
  const query = parseFinderQuery(await searchParams, {
    type: DOC_TYPES.map((d) => d.key),
    field: LEGAL_FIELDS.map((f) => f.value),
    status: Object.keys(EFFECT_STATUS_LABELS),
  })
  const path = sectionPath(locale, 'legal-documents')
  return (
    <PageShell locale={locale} path={path} current="legal-documents">
      <h1>{t('legal.title')}</h1>
      <p>{t('legal.intro')}</p>
      <p>
        <Link href={sectionPath(locale, 'legal-support')}>{t('legalSupport.title')}</Link>
      </p>
      <LegalFinder locale={locale} basePath={path} docs={docs} query={query} />
      <p>
        <Link href={sectionPath(locale, 'legal-documents', 'rss.xml')} prefetch={false}>
          {t('legal.rss')}
        </Link>
      </p>
    </PageShell>
  )
}
