import { AgencyShell } from '@/components/agency/AgencyShell'
import { agencyMetadata, loadAgency, type AgencyParams } from '@/components/agency/load'
import { NewsList } from '@/components/NewsList'
import { Pagination } from '@/components/Pagination'
import { listNews } from '@/data/news'
import { getT } from '@/i18n'
import { agencySectionPath } from '@/routes'

type Props = { params: AgencyParams; searchParams: Promise<Record<string, string | string[] | undefined>> }

const PAGE_SIZE = 20

export async function generateMetadata({ params }: Props) {
  return agencyMetadata(await params, (agency, locale) => ({ title: getT(locale)('agencySite.newsTitle', { agency: agency.name.text }), section: 'news' }))
}

function pageOf(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : 1
}

/** The agency's published news (the province-wide list, filtered to the agency). */
export default async function AgencyNewsPage({ params, searchParams }: Props) {
  const { locale, agency, settings } = await loadAgency(await params)
  const t = getT(locale)
  const page = pageOf((await searchParams).page)
  const news = await listNews(locale, { page, limit: PAGE_SIZE, agencyId: agency.id })
  const path = agencySectionPath(locale, agency.slug, 'news')
  return (
    <AgencyShell locale={locale} agency={agency} settings={settings} path={path} current="news">
      <h1>{t('agencySite.newsTitle', { agency: agency.name.text })}</h1>
      <NewsList locale={locale} items={news.items} />
      <Pagination locale={locale} page={news.page} totalPages={news.totalPages} hrefFor={(p) => (p === 1 ? path : `${path}?page=${p}`)} />
    </AgencyShell>
  )
}
