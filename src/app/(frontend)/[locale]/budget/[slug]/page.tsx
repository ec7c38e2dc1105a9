import { RatingBox } from '@/components/ratings/RatingBox'
import { familyLabel } from '@/collections/BudgetDisclosures/families'
import { BudgetChart } from '@/components/budget/BudgetChart'
import { BudgetTableView } from '@/components/budget/BudgetTableView'
import { PunctualityBadge } from '@/components/budget/PunctualityBadge'
import { Breadcrumb } from '@/components/Breadcrumb'
import { othersThan, RelatedItems } from '@/components/page/RelatedItems'
import { getBudgetDisclosure, getBudgetDisclosurePreview, listBudgetDisclosures } from '@/data/budget'
import { BUDGET_DEADLINE_RULES, budgetRuleName, isBudgetReportFamily } from '@/domain/deadlines'
import { formatBytes, formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes'
import { detailPage, type SlugParams } from '@/components/page/detailPage'

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'budget',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'budget', slug),
  load: (locale, { slug }) => getBudgetDisclosure(locale, slug),
  preview: (session, locale, { slug }) => getBudgetDisclosurePreview(locale, slug, session),
  meta: (d, { params: { slug } }) => ({ title: d.title?.text ?? slug, description: d.note?.text ?? null, type: 'article', publishedTime: d.publishedAt, modifiedTime: d.updatedAt }),
  render: async (d, { locale, path, params: { slug } }) => {
    const t = getT(locale)
    const title = d.title?.text ?? slug
    const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
    // The timing's legal basis, and the disclosure rule in force for this budget year (named as applied).
    const rule = typeof d.fiscalYear === 'number' ? budgetRuleName(d.fiscalYear, locale) : null
    const basis = isBudgetReportFamily(d.family)
      ? [BUDGET_DEADLINE_RULES[d.family].basis[locale], rule ? t('budget.ruleApplied', { rule }) : null].filter(Boolean).join('. ')
      : null
    // Related items: the agency's other disclosures, newest first (the list read is cached and tagged).
    const related = d.agency ? othersThan((await listBudgetDisclosures(locale, { agency: d.agency.slug })).items, slug) : []
    return (
      <article className="article article--wide">
        <Breadcrumb locale={locale} trail={[{ label: t('nav.budget'), href: sectionPath(locale, 'budget') }]} current={d.title ?? { text: slug, lang: locale }} />
        <h1 lang={langOf(d.title?.lang)}>{title}</h1>
        <p>
          <PunctualityBadge locale={locale} timeliness={d.timeliness} />
        </p>
        <dl className="facts">
          <dt>{t('budget.fiscalYear')}</dt>
          <dd>{d.fiscalYear}</dd>
          <dt>{t('budget.family')}</dt>
          <dd>{familyLabel(d.family, locale)}</dd>
          {d.formCode && (
            <>
              <dt>{t('budget.formCode')}</dt>
              <dd lang={langOf('vi')}>{d.formCode}</dd>
            </>
          )}
          {d.agency?.name && (
            <>
              <dt>{t('budget.agency')}</dt>
              <dd lang={langOf(d.agency.name.lang)}>{d.agency.name.text}</dd>
            </>
          )}
          {d.documentNumber && (
            <>
              <dt>{t('budget.documentNumber')}</dt>
              <dd>{d.documentNumber}</dd>
            </>
          )}
          {d.documentDate && (
            <>
              <dt>{t('budget.documentDate')}</dt>
              <dd>
                <time dateTime={d.documentDate}>{formatDate(d.documentDate, locale)}</time>
              </dd>
            </>
          )}
          {d.timeliness.countedFrom && d.timeliness.countedFrom !== d.documentDate && (
            <>
              <dt>{t('budget.periodEnd')}</dt>
              <dd>
                <time dateTime={d.timeliness.countedFrom}>{formatDate(d.timeliness.countedFrom, locale)}</time>
              </dd>
            </>
          )}
          {d.timeliness.dueDate && (
            <>
              <dt>{t('budget.deadline')}</dt>
              <dd>
                <time dateTime={d.timeliness.dueDate}>{formatDate(d.timeliness.dueDate, locale)}</time>
                {basis && <span className="facts__note"> — {basis}</span>}
              </dd>
            </>
          )}
          {d.publishedAt && (
            <>
              <dt>{t('budget.published')}</dt>
              <dd>
                <time dateTime={d.publishedAt}>{formatDate(d.publishedAt, locale)}</time>
              </dd>
            </>
          )}
        </dl>
        {d.note && (
          <section aria-labelledby="note-heading">
            <h2 id="note-heading">{t('budget.note')}</h2>
            <p lang={langOf(d.note.lang)} className="prose-text">
              {d.note.text}
            </p>
          </section>
        )}
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">{t('budget.tableHeading')}</h2>
          {d.table ? (
            <>
              <BudgetTableView locale={locale} table={d.table} caption={title} id="budget-table" />
              {d.totalsOverride && (
                <p className="notice notice--warning" lang={langOf('vi')}>
                  {t('budget.overrideNote', { reason: d.totalsOverride.reason })}
                </p>
              )}
              <h3>{t('budget.chartHeading')}</h3>
              <BudgetChart locale={locale} table={d.table} id="budget-chart" />
              <h3>{t('budget.downloads')}</h3>
              <ul className="downloads">
                <li>
                  <a href={`${path}/data.csv`} download>
                    {t('budget.downloadCsv')}
                  </a>
                </li>
                <li>
                  <a href={`${path}/data.json`} download>
                    {t('budget.downloadJson')}
                  </a>
                </li>
              </ul>
            </>
          ) : (
            <p>{t('budget.noTable')}</p>
          )}
        </section>
        {d.attachments.length > 0 && (
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t('budget.attachments')}</h2>
            <ul className="downloads">
              {d.attachments.map((a) => (
                <li key={a.id}>
                  <a href={a.url} lang={langOf(a.title?.lang)}>
                    {a.title?.text ?? a.filename}
                  </a>{' '}
                  <span className="downloads__meta">
                    ({[a.mimeType?.split('/').pop()?.toUpperCase(), a.filesize ? formatBytes(a.filesize, locale) : null].filter(Boolean).join(', ')})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <RelatedItems
          locale={locale}
          id="related-budget"
          heading={t('budget.related')}
          items={related.flatMap((r) => (r.title ? [{ href: sectionPath(locale, 'budget', r.slug), title: r.title, meta: String(r.fiscalYear) }] : []))}
        />
        <RatingBox locale={locale} section="budget" slug={slug} />
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
