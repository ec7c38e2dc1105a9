import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { ViOnlyBadge } from '@/components/ViOnlyBadge'
import { AGENCY_KINDS } from '@/collections/Agencies/kinds'
import { listAgencies } from '@/data/agencies'
import { communeName } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { agencySectionPath, isLocale, sectionPath, type Locale } from '@/routes'
import { pageLocale } from '@/components/page/locale'

type Props = { params: Promise<{ locale: string }> }

// A cached page (ISR), expired by tag when an agency is saved (src/data/agencies.ts) and
// regenerated at most hourly; it reads no query string, so it has no ~filtered twin.
export const dynamic = 'force-static'
export const revalidate = 3600

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: sectionPath(locale, 'agencies'), title: getT(locale)('agencies.title') })
}

export default async function AgencyDirectoryPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  // An agency without an English name is shown by its Vietnamese name (a commune's in its English
  // form when the rule gives one), never by its slug.
  const [agencies, viAgencies] = await Promise.all([listAgencies(locale), locale === 'vi' ? null : listAgencies('vi')])
  const viNames = new Map((viAgencies ?? []).map((a) => [a.id, a.name]))
  const nameOf = (a: (typeof agencies)[number]): { text: string; lang: Locale } => {
    if (a.name) return { text: a.name, lang: locale }
    const vi = viNames.get(a.id)
    return vi ? communeName(vi, locale) : { text: a.slug, lang: 'vi' }
  }
  return (
    <PageShell locale={locale} path={sectionPath(locale, 'agencies')} current="agencies">
      <h1>{t('agencies.title')}</h1>
      <p>{t('agencies.intro')}</p>
      {AGENCY_KINDS.map((kind) => {
        const group = agencies.filter((a) => a.kind === kind.value)
        if (group.length === 0) return null
        return (
          <section key={kind.value} aria-labelledby={`kind-${kind.value}`}>
            <h2 id={`kind-${kind.value}`}>{kind.label[locale]}</h2>
            <ul className="agency-list">
              {group.map((agency) => (
                <li key={agency.id}>
                  <h3>
                    <Link href={agencySectionPath(locale, agency.slug)}>
                      <Lang value={nameOf(agency)} locale={locale} />
                    </Link>
                    <ViOnlyBadge locale={locale} lang={nameOf(agency).lang} />
                  </h3>
                  <dl className="agency-list__contacts">
                    {agency.address && (
                      <>
                        <dt>{t('footer.address')}</dt>
                        <dd>{agency.address}</dd>
                      </>
                    )}
                    {agency.phone && (
                      <>
                        <dt>{t('footer.phone')}</dt>
                        <dd>{agency.phone}</dd>
                      </>
                    )}
                    {agency.email && (
                      <>
                        <dt>{t('footer.email')}</dt>
                        <dd>
                          <a href={`mailto:${agency.email}`}>{agency.email}</a>
                        </dd>
                      </>
                    )}
                  </dl>
                  {agency.englishGaps.length > 0 && (
                    <p className="notice notice--warning">{t('agencies.englishMissing', { fields: agency.englishGaps.map((g) => t(`agencies.fields.${g}`)).join(', ') })}</p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      <p>
        <Link href={sectionPath(locale, 'news')}>{t('home.allNews')}</Link>
      </p>
    </PageShell>
  )
}
