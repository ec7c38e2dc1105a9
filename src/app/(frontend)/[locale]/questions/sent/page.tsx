import Link from 'next/link'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { normalizeTrackingCode } from '@/domain/cases'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { isLocale } from '@/routes/locales'
import { questionPaths } from '@/routes/questions'

/** The asker's own confirmation (their tracking code from the query): never cached, never indexed. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { ...pageMetadata({ locale, path: questionPaths.archive(locale), title: getT(locale)('questions.sentTitle') }), robots: { index: false } }
}

/** Where the ask form redirects (303): the tracking code, nothing of the asker. */
export default async function SentPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const raw = (await searchParams).code
  const code = normalizeTrackingCode(typeof raw === 'string' ? raw : '')
  return (
    <PageShell locale={locale} path={questionPaths.sent(locale, code ?? '')} current="questions">
      <h1>{t('questions.sentTitle')}</h1>
      {code ? (
        <>
          <p role="status">
            {t('questions.sentBody')} <strong className="tracking-code">{code}</strong>
          </p>
          <p>{t('questions.sentMail')}</p>
        </>
      ) : (
        <p role="status">{t('questions.sentNoCode')}</p>
      )}
      <p>
        <Link href={questionPaths.archive(locale)}>{t('questions.title')}</Link>
      </p>
    </PageShell>
  )
}
