import { RatingBox } from '@/components/ratings/RatingBox'
import { optionLabel, PLAN_AREAS, PLAN_KINDS, PLAN_LEVELS, PLAN_STATUSES } from '@/collections/Plans/options'
import { planPeriod } from '@/components/plans/PlanList'
import { Breadcrumb } from '@/components/Breadcrumb'
import { othersThan, RelatedItems } from '@/components/page/RelatedItems'
import { getPlan, getPlanPreview, listPlans } from '@/data/plans'
import { relationLabel } from '@/domain/legal'
import { formatBytes, formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'plans',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'plans', slug),
  load: (locale, { slug }) => getPlan(locale, slug),
  preview: (session, locale, { slug }) => getPlanPreview(locale, slug, session),
  meta: (p, { params: { slug } }) => ({ title: p.title?.text ?? slug, description: p.description?.text ?? null, type: 'article', publishedTime: p.publishedAt, modifiedTime: p.updatedAt }),
  render: async (p, { locale, params: { slug } }) => {
    const t = getT(locale)
    const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
    const title = p.title?.text ?? slug
    const period = planPeriod(p, locale)
    // Related items: other published plans of the same kind (the list read is cached and tagged).
    const related = othersThan((await listPlans(locale, { kind: p.kind })).items, slug)
    return (
      <article className="article article--wide">
        <Breadcrumb locale={locale} trail={[{ label: t('nav.plans'), href: sectionPath(locale, 'plans') }]} current={p.title ?? { text: slug, lang: locale }} />
        <h1 lang={langOf(p.title?.lang)}>{title}</h1>
        <dl className="facts">
          <dt>{t('plans.kind')}</dt>
          <dd>{optionLabel(PLAN_KINDS, p.kind, locale)}</dd>
          <dt>{t('plans.level')}</dt>
          <dd>{optionLabel(PLAN_LEVELS, p.level, locale)}</dd>
          <dt>{t('plans.area')}</dt>
          <dd>
            {optionLabel(PLAN_AREAS, p.area, locale)}
            {p.areaDetail && (
              <>
                {' — '}
                <span lang={langOf(p.areaDetail.lang)}>{p.areaDetail.text}</span>
              </>
            )}
          </dd>
          {period && (
            <>
              <dt>{t('plans.periodLabel')}</dt>
              <dd>{period}</dd>
            </>
          )}
          <dt>{t('plans.status')}</dt>
          <dd>{optionLabel(PLAN_STATUSES, p.planStatus, locale)}</dd>
          {p.agency?.name && (
            <>
              <dt>{t('plans.agency')}</dt>
              <dd lang={langOf(p.agency.name.lang)}>{p.agency.name.text}</dd>
            </>
          )}
        </dl>
        {p.description && (
          <p lang={langOf(p.description.lang)} className="prose-text">
            {p.description.text}
          </p>
        )}
        <section aria-labelledby="chain-heading">
          <h2 id="chain-heading">{t('plans.chainHeading')}</h2>
          <ol className="chain">
            <li>
              <span className="chain__role">{t('plans.chainPlan')}</span> <span lang={langOf(p.title?.lang)}>{title}</span>
            </li>
            {p.approval ? (
              <li>
                <span className="chain__role">{t('plans.approvedBy')}</span>{' '}
                <a href={sectionPath(locale, 'legal-documents', p.approval.slug)}>{p.approval.number}</a>
                {p.approval.issueDate && <> ({formatDate(p.approval.issueDate, locale)})</>}
                {p.approval.title && (
                  <>
                    {' — '}
                    <span lang={langOf(p.approval.title.lang)}>{p.approval.title.text}</span>
                  </>
                )}
                {p.amendments.length > 0 && (
                  <ol className="chain chain--nested">
                    {p.amendments.map((a) => (
                      <li key={`${a.slug}-${a.kind}`}>
                        <span className="chain__role">{relationLabel(a.kind, 'inverse', locale)}</span>{' '}
                        <a href={sectionPath(locale, 'legal-documents', a.slug)}>{a.number}</a>
                        {a.issueDate && <> ({formatDate(a.issueDate, locale)})</>}
                        {a.title && (
                          <>
                            {' — '}
                            <span lang={langOf(a.title.lang)}>{a.title.text}</span>
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ) : (
              <li>
                <span className="chain__role">{t('plans.approvedBy')}</span> {p.approvalReference ? <span lang={langOf('vi')}>{p.approvalReference}</span> : t('plans.noApproval')}
              </li>
            )}
          </ol>
          {p.approval && p.amendments.length === 0 && <p>{t('plans.noAmendments')}</p>}
        </section>
        {p.attachments.length > 0 && (
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t('plans.attachments')}</h2>
            <ul className="downloads">
              {p.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url} lang={langOf(a.title?.lang)}>
                    {a.title?.text ?? a.filename}
                  </a>{' '}
                  <span className="downloads__meta">({[a.mimeType?.split('/').pop()?.toUpperCase(), a.filesize ? formatBytes(a.filesize, locale) : null].filter(Boolean).join(', ')})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <RelatedItems
          locale={locale}
          id="related-plans"
          heading={t('plans.related')}
          items={related.flatMap((r) => (r.title ? [{ href: sectionPath(locale, 'plans', r.slug), title: r.title, meta: planPeriod(r, locale) }] : []))}
        />
        <RatingBox locale={locale} section="plans" slug={slug} />
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
