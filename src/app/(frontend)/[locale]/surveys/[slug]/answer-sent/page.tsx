import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { getSurvey } from '@/data/surveys'
import { getT } from '@/i18n'
import { surveyPaths } from '@/lib/surveys/form'

/** The survey form's confirmation (a 303 after a counted response lands here). */
const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'surveys',
  path: (locale, { slug }: SlugParams) => surveyPaths.sent(locale, slug),
  load: (locale, { slug }) => getSurvey(locale, slug),
  meta: (s, { locale }) => ({ title: getT(locale)('surveys.sentTitle'), description: s.title?.text ?? null, robots: { index: false } }),
  render: (s, { locale, params: { slug } }) => {
    const t = getT(locale)
    return (
      <article className="article">
        <h1>{t('surveys.sentTitle')}</h1>
        <p role="status">{t('surveys.sentBody', { title: s.title?.text ?? slug })}</p>
        <p>{t('surveys.privacy')}</p>
        <p>
          <a href={surveyPaths.survey(locale, slug)}>{t('surveys.back')}</a>
        </p>
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
