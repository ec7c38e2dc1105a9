import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Lang } from '@/components/Lang'
import { PageShell } from '@/components/PageShell'
import { tNodes } from '@/components/interpolate'
import { getProjectBySlug } from '@/data/invest'
import { getT } from '@/i18n'
import { pageMetadata } from '@/lib/metadata'
import { investPaths } from '@/routes/invest'
import { isLocale } from '@/routes/locales'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return { ...pageMetadata({ locale, path: investPaths.enquirySent(locale, slug), title: getT(locale)('enquiry.sentTitle') }), robots: { index: false } }
}

/** The enquiry's confirmation (where the form redirects with 303). Shows nothing of the enquirer. */
export default async function EnquirySentPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const project = await getProjectBySlug(locale, slug)
  if (!project) notFound()
  const t = getT(locale)
  return (
    <PageShell locale={locale} path={investPaths.enquirySent(locale, slug)} current="invest">
      <h1>{t('enquiry.sentTitle')}</h1>
      <p role="status">
        {tNodes(t, 'enquiry.sentBody', {
          project: <Lang value={project.title} locale={locale} />,
          agency: <Lang value={project.contactAgency?.name ?? null} locale={locale} />,
        })}
      </p>
      <p>{t('enquiry.sentPrivacy')}</p>
      <p>
        <Link href={investPaths.project(locale, slug)}>{t('enquiry.backToProject')}</Link>
      </p>
    </PageShell>
  )
}
