import Link from 'next/link'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { followQuestion } from '@/data/questions'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Personal (the asker's own case, by code and secret token): rendered per request, never cached or indexed.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { ...pageMetadata({ locale, path: questionPaths.follow(locale), title: getT(locale)('questions.followTitle') }), robots: { index: false, follow: false } }
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim().slice(0, 100) : '')

/** /vi/hoi-dap/theo-doi?code=…&t=…: where a question stands, for its asker only. */
export default async function FollowPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const query = await searchParams
  const code = one(query.code)
  const token = one(query.t)
  const found = code && token ? await followQuestion(locale, code, token) : null
  const path = questionPaths.follow(locale)
  // Worded for what the visitor typed (an information request's code starts TT-), never for what was found.
  const words = code.trim().toUpperCase().startsWith('TT') ? 'informationRequests' : 'questions'
  return (
    <PageShell locale={locale} path={path} current="questions">
      <h1>{t(`${words}.followTitle`)}</h1>
      {found ? (
        <section aria-labelledby="follow-result">
          <h2 id="follow-result">
            {found.code}: {found.title}
          </h2>
          <dl className="facts">
            <dt>{t('questions.followState')}</dt>
            <dd data-state={found.state}>{t(`${found.kind === 'question' ? 'questions' : 'informationRequests'}.states.${found.state}`)}</dd>
            {found.agency && (
              <>
                <dt>{t('questions.followAgency')}</dt>
                <dd>{found.agency}</dd>
              </>
            )}
            {found.dueOn && !['answered', 'answeredPrivately', 'refused', 'provided', 'partlyProvided'].includes(found.state) && (
              <>
                <dt>{t('questions.followDue')}</dt>
                <dd>{formatDate(found.dueOn, locale)}</dd>
              </>
            )}
            {found.kind === 'informationRequest' && found.receivedOn && (
              <>
                <dt>{t('informationRequests.followReceived')}</dt>
                <dd>{formatDate(found.receivedOn, locale)}</dd>
              </>
            )}
            {found.kind === 'informationRequest' && found.ground && (
              <>
                <dt>{t('informationRequests.followGround')}</dt>
                <dd>{t(`informationRequests.grounds.${found.ground}`)}</dd>
              </>
            )}
            {found.refusal && (
              <>
                <dt>{t('questions.followRefusal')}</dt>
                <dd>
                  {t(`questions.refusals.${found.refusal}`)} {found.note}
                </dd>
              </>
            )}
          </dl>
          {found.kind === 'informationRequest' && found.steps && found.steps.length > 0 && (
            <section aria-labelledby="follow-steps">
              <h3 id="follow-steps">{t('informationRequests.followSteps')}</h3>
              <ol className="follow-steps">
                {found.steps.map((step, i) => (
                  <li key={i} data-step={step.action}>
                    <time dateTime={step.at}>{formatDate(step.at, locale)}</time>: {t(`informationRequests.steps.${step.action}`)}
                    {step.note && (
                      <>
                        <br />
                        <span className="follow-steps__note">
                          {t('informationRequests.followNote')}: <span style={{ whiteSpace: 'pre-line' }}>{step.note}</span>
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {found.answerSlug && (
            <p>
              <Link href={questionPaths.answer(locale, found.answerSlug)}>{t('questions.followAnswerLink')}</Link>
            </p>
          )}
          {found.privateAnswer && (
            <section aria-labelledby="follow-private">
              <h3 id="follow-private">{t('questions.followPrivate')}</h3>
              <p style={{ whiteSpace: 'pre-line' }}>{found.privateAnswer}</p>
            </section>
          )}
        </section>
      ) : (
        <>
          <p>{t('questions.followIntro')}</p>
          {code && token && <p role="alert">{t(`${words}.followNotFound`)}</p>}
          <form method="get" action={path}>
            <div className="form-field">
              <label htmlFor="follow-code">{t('questions.followCode')}</label>
              <input id="follow-code" name="code" defaultValue={code} autoComplete="off" />
            </div>
            <div className="form-field">
              <label htmlFor="follow-token">{t('questions.followToken')}</label>
              <input id="follow-token" name="t" defaultValue="" autoComplete="off" />
            </div>
            <button type="submit" className="button">
              {t('questions.followSubmit')}
            </button>
          </form>
        </>
      )}
    </PageShell>
  )
}
