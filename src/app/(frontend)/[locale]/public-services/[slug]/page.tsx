import '@/components/services/services.css'
import type React from 'react'
import { Lang } from '@/components/Lang'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { getProcedure, type ProcedureDetail } from '@/data/services'
import { LEGACY_LEVELS, ONLINE_LEVEL_BASIS, ONLINE_LEVELS, optionLabel, PROCEDURE_FIELDS } from '@/domain/services'
import { formatBytes } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'
import { sectionPath } from '@/routes/paths'
import { servicesPaths } from '@/routes/services'

const { Page, generateStaticParams, generateMetadata } = detailPage<SlugParams, ProcedureDetail>({
  section: 'public-services',
  path: (locale, { slug }) => servicesPaths.procedure(locale, slug),
  load: (locale, { slug }) => getProcedure(locale, slug),
  meta: (p, { locale }) => ({
    title: `${p.name?.text ?? p.code} (${p.code})`,
    description: `${optionLabel(ONLINE_LEVELS, p.level, locale)} · ${optionLabel(PROCEDURE_FIELDS, p.field, locale)}`,
  }),
  jsonLd: (p, { locale, path }) => ({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: p.name?.text ?? p.code,
    identifier: p.code,
    serviceType: optionLabel(PROCEDURE_FIELDS, p.field, locale),
    url: absoluteUrl(path),
    areaServed: { '@type': 'AdministrativeArea', name: 'Hà Tĩnh' },
    ...(p.agency ? { provider: { '@type': 'GovernmentOrganization', name: p.agency.name?.text ?? p.agency.slug, url: absoluteUrl(sectionPath(locale, 'agencies', p.agency.slug)) } } : {}),
    ...(p.applicants ? { audience: { '@type': 'Audience', audienceType: p.applicants.text } } : {}),
    ...(p.nationalUrl ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: p.nationalUrl } } : {}),
  }),
  render: (p, { locale }) => {
    const t = getT(locale)
    const fact = (label: string, value: React.ReactNode) =>
      value ? (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ) : null
    return (
      <article>
        <p>
          <a href={servicesPaths.finder(locale)}>{t('services.finder.title')}</a>
        </p>
        <h1>
          <Lang value={p.name} locale={locale} />
        </h1>
        {p.name && p.name.lang !== locale && <p className="translation-notice">{t('services.detail.untranslated')}</p>}
        <dl className="procedure-facts">
          {fact(t('services.finder.code'), p.code)}
          {fact(t('services.finder.agency'), p.agency ? <a href={sectionPath(locale, 'agencies', p.agency.slug)}><Lang value={p.agency.name} locale={locale} /></a> : null)}
          {fact(t('services.finder.field'), optionLabel(PROCEDURE_FIELDS, p.field, locale))}
          {fact(
            t('services.finder.level'),
            <>
              {optionLabel(ONLINE_LEVELS, p.level, locale)} <span className="form-field__hint">({t('services.detail.levelBasis', { basis: ONLINE_LEVEL_BASIS })})</span>
              {p.legacyLevel && <> · {optionLabel(LEGACY_LEVELS, p.legacyLevel, locale)}</>}
            </>,
          )}
          {p.level === 'partial' && fact(t('services.detail.partialReason'), <Lang value={p.partialReason} locale={locale} />)}
          {fact(t('services.detail.processing'), p.processingDays !== null ? <>{t('services.finder.days', { count: p.processingDays })}{p.processingNote && <> — <Lang value={p.processingNote} locale={locale} /></>}</> : null)}
          {fact(t('services.detail.fees'), p.fees ? <Lang value={p.fees} locale={locale} /> : null)}
          {fact(t('services.detail.applicants'), p.applicants ? <Lang value={p.applicants} locale={locale} /> : null)}
          {fact(t('services.detail.submission'), p.submission ? <Lang value={p.submission} locale={locale} /> : null)}
        </dl>
        {p.documents.length > 0 && (
          <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">{t('services.detail.documents')}</h2>
            <ol>
              {p.documents.map((d, i) => (
                <li key={i}>
                  <Lang value={d.name} locale={locale} />
                  {d.copies ? <> — {t('services.detail.copies', { count: d.copies })}</> : null}
                  {d.form ? <> ({t(`services.detail.form.${d.form}`)})</> : null}
                </li>
              ))}
            </ol>
          </section>
        )}
        {p.forms.length > 0 && (
          <section aria-labelledby="forms-heading">
            <h2 id="forms-heading">{t('services.detail.forms')}</h2>
            <ul>
              {p.forms.map((f) => (
                <li key={f.id}>
                  <a href={f.url} download={f.filename}>
                    {f.title ? <Lang value={f.title} locale={locale} /> : f.filename}
                  </a>{' '}
                  ({[f.mimeType === 'application/pdf' ? 'PDF' : f.filename.split('.').pop()?.toUpperCase(), f.filesize ? formatBytes(f.filesize, locale) : null].filter(Boolean).join(', ')})
                </li>
              ))}
            </ul>
          </section>
        )}
        {(p.legalBasis.length > 0 || p.legalBasisText) && (
          <section aria-labelledby="basis-heading">
            <h2 id="basis-heading">{t('services.detail.legalBasis')}</h2>
            <ul>
              {p.legalBasis.map((d) => (
                <li key={d.slug}>
                  <a href={sectionPath(locale, 'legal-documents', d.slug)}>{d.number}</a> <Lang value={d.title} locale={locale} />
                </li>
              ))}
            </ul>
            {p.legalBasisText && <Lang value={p.legalBasisText} locale={locale} as="p" />}
          </section>
        )}
        {p.nationalUrl && (
          <p>
            <a className="button" href={p.nationalUrl} rel="external noopener">
              {t('services.detail.apply')}
            </a>
          </p>
        )}
        <p>
          <a href={servicesPaths.lookup(locale)}>{t('services.finder.lookupLink')}</a>
        </p>
      </article>
    )
  },
})

export { generateStaticParams, generateMetadata }
export default Page
