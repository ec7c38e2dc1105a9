import Link from 'next/link'
import type React from 'react'
import { Lang } from '@/components/Lang'
import { NewsList } from '@/components/NewsList'
import { Section } from '@/components/Section'
import { ViOnlyBadge } from '@/components/ViOnlyBadge'
import type { HomePageView } from '@/data/home'
import { newestLegalDocuments } from '@/data/home'
import { listNews } from '@/data/news'
import { getTransparencyOverview } from '@/data/transparency'
import { formatDate, formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { LIVE_SECTIONS, sectionPath, type Locale } from '@/routes'
import { round1 } from '@/transparency/export'

export interface HomeContext {
  locale: Locale
  home: HomePageView
}

/**
 * One block of the home page. `render` returns null when the block has nothing to show, and the
 * page leaves it out. To add a block (open consultations, answered questions, public services),
 * add one entry to HOME_SECTIONS; its data reader must be cached and tagged like every other.
 */
export interface HomeSection {
  key: string
  render: (ctx: HomeContext) => Promise<React.ReactNode | null>
}

const featured: HomeSection = {
  key: 'featured',
  async render({ locale, home }) {
    if (!home.featured.length) return null
    const t = getT(locale)
    return (
      <Section id="home-featured" title={t('home.featured')} className="home-section">
        <ul className="home-cards">
          {home.featured.map((f) => (
            <li key={`${f.collection}:${f.id}`}>
              <span className="home-cards__kind">{t(`home.kinds.${f.collection}`)}</span>
              <Link prefetch={false} href={f.href}>
                <Lang value={f.title} locale={locale} />
              </Link>
              <ViOnlyBadge locale={locale} lang={f.title.lang} />
            </li>
          ))}
        </ul>
      </Section>
    )
  },
}

const latestNews: HomeSection = {
  key: 'latest-news',
  async render({ locale }) {
    const news = await listNews(locale, { limit: 6 })
    if (!news.items.length) return null
    const t = getT(locale)
    return (
      <Section id="latest-news" title={t('home.latestNews')} className="home-section">
        <NewsList locale={locale} items={news.items} headingLevel={3} />
        <p>
          <Link prefetch={false} href={sectionPath(locale, 'news')}>{t('home.allNews')}</Link>
        </p>
      </Section>
    )
  },
}

const newestLegal: HomeSection = {
  key: 'newest-legal-documents',
  async render({ locale }) {
    const docs = await newestLegalDocuments(locale, 5)
    if (!docs.length) return null
    const t = getT(locale)
    return (
      <Section id="home-legal" title={t('home.newestLegal')} className="home-section">
        <ul className="home-cards">
          {docs.map((d) => (
            <li key={d.slug}>
              <span className="home-cards__kind">
                {d.number}
                {d.issueDate ? (
                  <>
                    {' · '}
                    <time dateTime={d.issueDate}>{formatDate(d.issueDate, locale)}</time>
                  </>
                ) : null}
              </span>
              <Link prefetch={false} href={sectionPath(locale, 'legal-documents', d.slug)}>
                <Lang value={d.title} locale={locale} />
              </Link>
              <ViOnlyBadge locale={locale} lang={d.title.lang} />
            </li>
          ))}
        </ul>
        <p>
          <Link prefetch={false} href={sectionPath(locale, 'legal-documents')}>{t('home.allLegal')}</Link>
        </p>
      </Section>
    )
  },
}

const transparency: HomeSection = {
  key: 'transparency',
  async render({ locale, home }) {
    if (!home.showTransparency) return null
    const data = await getTransparencyOverview(locale)
    const average = round1(data.average.total)
    if (average === null || !data.period) return null
    const t = getT(locale)
    return (
      <Section id="home-transparency" title={t('home.transparency')} className="home-section">
        <p>{t('home.transparencyText', { period: data.period, score: formatNumber(average, locale, 1), count: data.average.count })}</p>
        <p>
          <Link prefetch={false} href={sectionPath(locale, 'transparency')}>{t('home.transparencyLink')}</Link>
        </p>
      </Section>
    )
  },
}

const services: HomeSection = {
  key: 'services',
  async render({ locale, home }) {
    if (!home.services.length) return null
    const t = getT(locale)
    return (
      <Section id="home-services" title={t('home.services')} className="home-section">
        <ul className="home-cards">
          {home.services.map((s) => (
            <li key={s.url}>
              <Link prefetch={false} href={s.url}>
                <Lang value={s.label} locale={locale} />
              </Link>
              <ViOnlyBadge locale={locale} lang={s.label.lang} />
              {s.description ? <Lang value={s.description} locale={locale} as="p" /> : null}
            </li>
          ))}
        </ul>
      </Section>
    )
  },
}

const invest: HomeSection = {
  key: 'invest',
  async render({ locale, home }) {
    if (!home.showInvest) return null
    const t = getT(locale)
    return (
      <Section id="home-invest" title={t('home.invest')} className="home-section">
        <p>{t('home.investText')}</p>
        <p>
          <Link prefetch={false} href={sectionPath('en', 'invest')} hrefLang="en" lang={locale === 'en' ? undefined : 'en'}>
            {t('home.investLinkEn')}
          </Link>
          {' · '}
          <Link prefetch={false} href={sectionPath('vi', 'invest')} hrefLang="vi" lang={locale === 'vi' ? undefined : 'vi'}>
            {t('home.investLinkVi')}
          </Link>
        </p>
      </Section>
    )
  },
}

const allSections: HomeSection = {
  key: 'sections',
  async render({ locale }) {
    const t = getT(locale)
    return (
      <Section id="sections" title={t('home.sectionsHeading')} className="home-section">
        <ul className="section-grid">
          {LIVE_SECTIONS.map((key) => (
            <li key={key}>
              <Link prefetch={false} href={sectionPath(locale, key)}>{t(`nav.${key}`)}</Link>
              <p>{t(`home.sections.${key}`)}</p>
            </li>
          ))}
        </ul>
      </Section>
    )
  },
}

/** The home page's blocks, in order. */
export const HOME_SECTIONS: HomeSection[] = [featured, latestNews, newestLegal, services, transparency, invest, allSections]

/** Renders every block; those with nothing to show are left out. */
export async function renderHomeSections(ctx: HomeContext): Promise<{ key: string; node: React.ReactNode }[]> {
  const nodes = await Promise.all(HOME_SECTIONS.map(async (s) => ({ key: s.key, node: await s.render(ctx) })))
  return nodes.filter((n) => n.node !== null)
}
