import '@/components/consultations/consultations.css'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { periodText, phaseLabel } from '@/components/consultations/phase'
import { listConsultations, type ConsultationCard } from '@/data/consultations'
import type { Phase } from '@/domain/consultations'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'

// Cached like every public page; the phase and days left are computed when it renders, and it is
// rendered again at least hourly so "days left" follows the calendar without anyone publishing.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: sectionPath(locale, 'consultations'), title: t('consultations.title'), description: t('consultations.intro') })
}

const GROUPS: Phase[] = ['open', 'upcoming', 'closed', 'concluded']

export default async function ConsultationsPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const path = sectionPath(locale, 'consultations')
  const items = (await listConsultations(locale, undefined)).map((c) => ({ c, ...phaseLabel(c, locale) }))
  const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
  const card = ({ c, label }: { c: ConsultationCard; label: string }) => (
    <li key={c.id} className="card">
      <h3>
        <a href={sectionPath(locale, 'consultations', c.slug)} lang={langOf(c.title?.lang)}>
          {c.title?.text ?? c.slug}
        </a>
      </h3>
      <p className="article__meta">
        <strong>{label}</strong> · {periodText(c, locale)}
        {c.agency?.name && (
          <>
            {' · '}
            <span lang={langOf(c.agency.name.lang)}>{c.agency.name.text}</span>
          </>
        )}
      </p>
      {c.summary && <p lang={langOf(c.summary.lang)}>{c.summary.text}</p>}
    </li>
  )
  return (
    <PageShell locale={locale} path={path} current="consultations">
      <h1>{t('consultations.title')}</h1>
      <p>{t('consultations.intro')}</p>
      {GROUPS.map((g) => {
        const list = items.filter((i) => i.phase === g)
        if (g !== 'open' && list.length === 0) return null
        return (
          <section key={g} aria-labelledby={`group-${g}`}>
            <h2 id={`group-${g}`}>{t(`consultations.${g}`)}</h2>
            {list.length ? <ul className="cards">{list.map(card)}</ul> : <p>{t('consultations.none')}</p>}
          </section>
        )
      })}
    </PageShell>
  )
}
