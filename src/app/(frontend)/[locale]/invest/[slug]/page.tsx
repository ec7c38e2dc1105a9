import '@/components/invest/invest.css'
import Link from 'next/link'
import { Lang } from '@/components/Lang'
import { TranslationNotice } from '@/components/TranslationNotice'
import { EnquiryForm } from '@/components/invest/EnquiryForm'
import { capitalText, hectares } from '@/components/invest/format'
import { RichBlock } from '@/components/invest/RichBlock'
import { Breadcrumb } from '@/components/Breadcrumb'
import { othersThan, RelatedItems } from '@/components/page/RelatedItems'
import { getProjectBySlug, listProjects } from '@/data/invest'
import { formatBytes } from '@/domain/i18n-format'
import { parseProjectFilters } from '@/domain/invest'
import { ENQUIRY_FIELDS } from '@/domain/invest/enquiry'
import { getT } from '@/i18n'
import { sendEnquiry } from '@/lib/enquiry/action'
import { investPaths } from '@/routes/invest'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'invest',
  path: (locale, { slug }: SlugParams) => investPaths.project(locale, slug),
  load: (locale, { slug }) => getProjectBySlug(locale, slug),
  meta: (project) => ({ title: project.title.text, description: project.summary?.text ?? null, type: 'article', publishedTime: project.publishedAt, modifiedTime: project.updatedAt }),
  render: async (project, { locale, params: { slug } }) => {
    const t = getT(locale)
    const fact = (label: string, value: React.ReactNode) =>
      value ? (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ) : null
    const person = project.contactPerson
    // Related items: other published projects in the same sector (the list read is cached and tagged).
    const related = othersThan((await listProjects(locale, parseProjectFilters({ sector: project.sector }))).items, slug)
    return (
      <>
        <Breadcrumb locale={locale} trail={[{ label: t('nav.invest'), href: investPaths.home(locale) }]} current={project.title} />
        <article className="article">
          <Lang value={project.title} locale={locale} as="h1" />
          <TranslationNotice locale={locale} translation={project.translation} originalHref={investPaths.project('vi', slug)} />
          <Lang value={project.summary} locale={locale} as="p" className="article__summary" />
          <dl className="facts">
            {fact(t('invest.fields.sector'), t(`invest.sectors.${project.sector}`))}
            {fact(t('invest.fields.status'), t(`invest.statuses.${project.status}`))}
            {fact(t('invest.fields.form'), project.investmentForm ? t(`invest.forms.${project.investmentForm}`) : null)}
            {fact(t('invest.fields.capital'), capitalText(locale, project.capitalMillionVnd, project.capitalUsd))}
            {fact(t('invest.fields.landArea'), hectares(locale, project.landAreaHa))}
            {fact(t('invest.fields.area'), project.area ? t(`invest.areas.${project.area}`) : null)}
            {fact(
              t('invest.fields.zone'),
              project.zone?.title ? (
                <Link href={investPaths.zone(locale, project.zone.slug)}>
                  <Lang value={project.zone.title} locale={locale} />
                </Link>
              ) : null,
            )}
            {fact(t('invest.fields.commune'), project.commune?.name ? <Lang value={project.commune.name} locale={locale} /> : null)}
            {fact(t('invest.fields.site'), project.site ? <Lang value={project.site} locale={locale} /> : null)}
          </dl>

          {project.description && (
            <section aria-labelledby="about">
              <h2 id="about">{t('invest.fields.description')}</h2>
              <RichBlock value={project.description} locale={locale} />
            </section>
          )}
          {project.incentives && (
            <section aria-labelledby="incentives">
              <h2 id="incentives">{t('invest.fields.incentives')}</h2>
              <RichBlock value={project.incentives} locale={locale} />
            </section>
          )}
          {project.attachments.length > 0 && (
            <section aria-labelledby="attachments">
              <h2 id="attachments">{t('invest.fields.attachments')}</h2>
              <ul>
                {project.attachments.map((a) => (
                  <li key={a.url}>
                    <a href={a.url}>{a.title ? <Lang value={a.title} locale={locale} /> : a.filename}</a>
                    {a.filesize !== null && <> ({formatBytes(a.filesize, locale)})</>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="contact">
            <h2 id="contact">{t('invest.fields.contact')}</h2>
            <dl className="facts">
              {fact(t('invest.fields.contactAgency'), project.contactAgency?.name ? <Lang value={project.contactAgency.name} locale={locale} /> : null)}
              {fact(
                t('invest.fields.contactPerson'),
                person.name ? (
                  <>
                    <span lang="vi">{person.name}</span>
                    {person.title && (
                      <>
                        {', '}
                        <Lang value={person.title} locale={locale} />
                      </>
                    )}
                  </>
                ) : null,
              )}
              {fact(t('invest.fields.phone'), person.phone ?? project.contactAgency?.phone)}
              {fact(t('invest.fields.email'), (person.email ?? project.contactAgency?.email) ? <a href={`mailto:${person.email ?? project.contactAgency?.email}`}>{person.email ?? project.contactAgency?.email}</a> : null)}
            </dl>
          </section>
          <RelatedItems
            locale={locale}
            id="related-projects"
            heading={t('invest.related')}
            items={related.map((r) => ({ href: investPaths.project(locale, r.slug), title: r.title, meta: t(`invest.statuses.${r.status}`) }))}
          />
        </article>
        <EnquiryForm
          action={sendEnquiry.bind(null, { locale, slug })}
          permalink={investPaths.enquiry(locale, slug)}
          texts={{
            heading: t('enquiry.heading'),
            intro: t('enquiry.intro'),
            required: t('enquiry.required'),
            honeypot: t('enquiry.honeypot'),
            submit: t('enquiry.submit'),
            errorsHeading: t('enquiry.errorsHeading'),
            labels: Object.fromEntries(ENQUIRY_FIELDS.map((f) => [f, t(`enquiry.${f}`)])) as Record<(typeof ENQUIRY_FIELDS)[number], string>,
          }}
        />
      </>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
