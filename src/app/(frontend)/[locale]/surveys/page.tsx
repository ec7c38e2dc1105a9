import '@/components/surveys/surveys.css'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { periodText } from '@/components/surveys/period'
import { listSurveys, type SurveyCard } from '@/data/surveys'
import { toISODate } from '@/domain/calendar'
import { surveyPhase, type SurveyPhase } from '@/domain/surveys'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, sectionPath } from '@/routes'

// Cached like every public page; open/closed is decided when it renders, and it is rendered again
// at least hourly so a survey moves from "open" to "closed" on its day without anyone publishing.
export const revalidate = 3600

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale)
  return pageMetadata({ locale, path: sectionPath(locale, 'surveys'), title: t('surveys.title'), description: t('surveys.intro') })
}

const GROUPS: SurveyPhase[] = ['open', 'upcoming', 'closed']

export default async function SurveysPage({ params }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const path = sectionPath(locale, 'surveys')
  const today = toISODate(new Date())
  const items = (await listSurveys(locale)).map((s) => ({ s, phase: surveyPhase(s, today) }))
  const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
  const card = (s: SurveyCard) => (
    <li key={s.id} className="card">
      <h3>
        <a href={sectionPath(locale, 'surveys', s.slug)} lang={langOf(s.title?.lang)}>
          {s.title?.text ?? s.slug}
        </a>
      </h3>
      <p className="article__meta">
        {periodText(s, locale)}
        {s.agency?.name && (
          <>
            {' · '}
            <span lang={langOf(s.agency.name.lang)}>{s.agency.name.text}</span>
          </>
        )}
      </p>
      {s.intro && <p lang={langOf(s.intro.lang)}>{s.intro.text}</p>}
    </li>
  )
  return (
    <PageShell locale={locale} path={path} current="surveys">
      <h1>{t('surveys.title')}</h1>
      <p>{t('surveys.intro')}</p>
      {GROUPS.map((g) => {
        const list = items.filter((i) => i.phase === g)
        if (g !== 'open' && list.length === 0) return null
        return (
          <section key={g} aria-labelledby={`group-${g}`}>
            <h2 id={`group-${g}`}>{t(`surveys.${g}`)}</h2>
            {list.length ? <ul className="cards">{list.map((i) => card(i.s))}</ul> : <p>{t('surveys.none')}</p>}
          </section>
        )
      })}
    </PageShell>
  )
}
