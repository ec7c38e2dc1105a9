import { redirect } from 'next/navigation'
import { PageShell } from '@/components/PageShell'
import { pageLocale } from '@/components/page/locale'
import { getT } from '@/i18n'
import { isVerificationToken, verifyBusinessEmail } from '@/lib/marketplace/verifyEmail'
import { pageMetadata } from '@/lib/metadata'
import { isLocale, type Locale } from '@/routes/locales'
import { marketplacePaths } from '@/routes/marketplace'

// Per request (it reads the token), never indexed. Opening the e-mailed link changes nothing
// (mail scanners open links): the business confirms with the button, a plain form post that
// works without JavaScript.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { ...pageMetadata({ locale, path: marketplacePaths.verifyEmail(locale), title: getT(locale)('marketplace.verify.title') }), robots: { index: false, follow: false } }
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

async function confirm(form: FormData) {
  'use server'
  const locale: Locale = form.get('locale') === 'en' ? 'en' : 'vi'
  const token = String(form.get('token') ?? '')
  const ok = await verifyBusinessEmail(token)
  redirect(`${marketplacePaths.verifyEmail(locale)}?${ok ? 'done=1' : 'invalid=1'}`)
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale)
  const t = getT(locale)
  const sp = await searchParams
  const token = one(sp.token)
  const path = marketplacePaths.verifyEmail(locale)
  return (
    <PageShell locale={locale} path={path} current="marketplace">
      <h1>{t('marketplace.verify.title')}</h1>
      {one(sp.done) ? (
        <p role="status">{t('marketplace.verify.done')}</p>
      ) : one(sp.invalid) || !isVerificationToken(token) ? (
        <p role="alert">{t('marketplace.verify.invalid')}</p>
      ) : (
        <form action={confirm} method="post">
          <p>{t('marketplace.verify.intro')}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('marketplace.verify.submit')}</button>
        </form>
      )}
    </PageShell>
  )
}
