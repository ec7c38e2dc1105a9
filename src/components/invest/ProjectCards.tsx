import Link from 'next/link'
import type { ProjectCard } from '@/data/invest'
import { getT } from '@/i18n'
import { investPaths } from '@/routes/invest'
import type { Locale } from '@/routes/locales'
import { Lang } from '../Lang'
import { capitalText, hectares } from './format'

export function ProjectCards({ locale, items, headingLevel = 3 }: { locale: Locale; items: ProjectCard[]; headingLevel?: 2 | 3 }) {
  const t = getT(locale)
  const H = `h${headingLevel}` as 'h2' | 'h3'
  return (
    <ul className="card-list">
      {items.map((p) => (
        <li key={p.id} className="card">
          <H className="card__title">
            <Link prefetch={false} href={investPaths.project(locale, p.slug)}>
              <Lang value={p.title} locale={locale} />
            </Link>
            {p.title.lang !== locale && <span className="badge">{t('invest.vietnameseOnly')}</span>}
          </H>
          <ul className="card__tags">
            <li>{t(`invest.sectors.${p.sector}`)}</li>
            <li>{t(`invest.statuses.${p.status}`)}</li>
            {p.zone?.title && (
              <li>
                <Lang value={p.zone.title} locale={locale} />
              </li>
            )}
          </ul>
          <dl className="facts">
            {capitalText(locale, p.capitalMillionVnd, p.capitalUsd) && (
              <>
                <dt>{t('invest.fields.capital')}</dt>
                <dd>{capitalText(locale, p.capitalMillionVnd, p.capitalUsd)}</dd>
              </>
            )}
            {p.landAreaHa !== null && (
              <>
                <dt>{t('invest.fields.landArea')}</dt>
                <dd>{hectares(locale, p.landAreaHa)}</dd>
              </>
            )}
          </dl>
          <Lang value={p.summary} locale={locale} as="p" />
        </li>
      ))}
    </ul>
  )
}
