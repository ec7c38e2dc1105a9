import '@/components/surveys/surveys.css'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { periodText } from '@/components/surveys/period'
import { SurveyForm } from '@/components/surveys/SurveyForm'
import { SurveyResults } from '@/components/surveys/SurveyResults'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getSurvey, getSurveyResults } from '@/data/surveys'
import { toISODate } from '@/domain/calendar'
import { formatDate } from '@/domain/i18n-format'
import { resultsPublic, surveyPhase } from '@/domain/surveys'
import { getT } from '@/i18n'
import { sendSurveyResponse } from '@/lib/surveys/action'
import { surveyPaths } from '@/lib/surveys/form'
import { sectionPath } from '@/routes'

// Cached; the phase (open/closed) and whether results are public are decided when it renders,
// and it renders again at least hourly, so results appear within the hour after the closing day.
// Every response expires the results' tag.
export const revalidate = 3600

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'surveys',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'surveys', slug),
  load: (locale, { slug }) => getSurvey(locale, slug),
  meta: (s, { params: { slug } }) => ({ title: s.title?.text ?? slug, description: s.intro?.text ?? null, type: 'article', publishedTime: s.publishedAt, modifiedTime: s.updatedAt }),
  render: async (s, { locale, params: { slug } }) => {
    const t = getT(locale)
    const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
    const today = toISODate(new Date())
    const phase = surveyPhase(s, today)
    const showResults = resultsPublic(s, today)
    const results = showResults ? await getSurveyResults(locale, slug) : null
    return (
      <article className="article article--wide">
        <p className="article__meta">
          <a href={sectionPath(locale, 'surveys')}>{t('surveys.title')}</a>
        </p>
        <h1 lang={langOf(s.title?.lang)}>{s.title?.text ?? slug}</h1>
        <TranslationNotice locale={locale} translation={s.translation} originalHref={sectionPath('vi', 'surveys', slug)} />
        <dl className="facts">
          <dt>{t('surveys.period')}</dt>
          <dd>
            {periodText(s, locale)} — <strong>{t(`surveys.${phase}`)}</strong>
          </dd>
          {s.agency?.name && (
            <>
              <dt>{t('surveys.agency')}</dt>
              <dd lang={langOf(s.agency.name.lang)}>{s.agency.name.text}</dd>
            </>
          )}
        </dl>
        {s.intro && (
          <p lang={langOf(s.intro.lang)} className="prose-text">
            {s.intro.text}
          </p>
        )}
        {phase === 'upcoming' && <p>{t('surveys.notOpenYet', { date: formatDate(s.startDate, locale) })}</p>}
        {phase === 'closed' && <p>{t('surveys.closedNotice', { date: formatDate(s.endDate, locale) })}</p>}
        {phase === 'open' && (
          <section aria-labelledby="survey-heading">
            <h2 id="survey-heading">{t('surveys.heading')}</h2>
            {s.onePerVisitor && <p>{t('surveys.onePerVisitor')}</p>}
            <SurveyForm
              action={sendSurveyResponse.bind(null, { locale, slug })}
              permalink={surveyPaths.answer(locale, slug)}
              questions={s.questions}
              langs={s.langs}
              pageLang={locale}
              texts={{
                required: t('surveys.required'),
                optional: t('surveys.optional'),
                honeypot: t('surveys.honeypot'),
                submit: t('surveys.submit'),
                errorsHeading: t('surveys.errorsHeading'),
                chooseOne: t('surveys.chooseOne'),
                chooseAny: t('surveys.chooseAny'),
                privacy: t('surveys.privacy'),
              }}
            />
          </section>
        )}
        {results ? (
          <>
            {phase === 'open' && <p>{t('surveys.liveNote')}</p>}
            <SurveyResults locale={locale} questions={s.questions} langs={s.langs} results={results} csvHref={surveyPaths.csv(locale, slug)} />
          </>
        ) : (
          phase !== 'closed' && <p>{t('surveys.resultsLater', { date: formatDate(s.endDate, locale) })}</p>
        )}
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
