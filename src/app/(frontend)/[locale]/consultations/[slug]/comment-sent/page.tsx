import '@/components/consultations/consultations.css'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { getConsultation } from '@/data/consultations'
import { getT } from '@/i18n'
import { ROUTES, sectionPath } from '@/routes'

/** The comment form's confirmation (a 303 after a successful POST lands here). */
const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'consultations',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'consultations', slug, ROUTES.consultations.afterParam['comment-sent'][locale]),
  load: (locale, { slug }) => getConsultation(locale, slug),
  meta: (c, { locale }) => ({ title: getT(locale)('consultations.sentTitle'), description: c.title?.text ?? null, robots: { index: false } }),
  render: (c, { locale, params: { slug } }) => {
    const t = getT(locale)
    return (
      <article className="article">
        <h1>{t('consultations.sentTitle')}</h1>
        <p role="status">{t('consultations.sentBody', { title: c.title?.text ?? slug })}</p>
        <p>{t('consultations.sentPrivacy')}</p>
        <p>
          <a href={sectionPath(locale, 'consultations', slug)}>{t('consultations.back')}</a>
        </p>
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
