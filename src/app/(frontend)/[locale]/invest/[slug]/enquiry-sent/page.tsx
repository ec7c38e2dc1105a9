import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { tNodes } from '@/components/interpolate'
import { getProjectBySlug } from '@/data/invest'
import { getT } from '@/i18n'
import { investPaths } from '@/routes/invest'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

/** The enquiry's confirmation (where the form redirects with 303). Shows nothing of the enquirer. */
const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'invest',
  path: (locale, { slug }: SlugParams) => investPaths.enquirySent(locale, slug),
  load: (locale, { slug }) => getProjectBySlug(locale, slug),
  meta: (_project, { locale }) => ({ title: getT(locale)('enquiry.sentTitle'), robots: { index: false } }),
  render: (project, { locale, params: { slug } }) => {
    const t = getT(locale)
    return (
      <>
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
      </>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
