import { RatingBox } from '@/components/ratings/RatingBox'
import { DraftedWith } from '@/components/consultations/DraftedWith'
import { GuidesForDocument } from '@/components/legalSupport/GuidesForDocument'
import Link from 'next/link'
import { legalFieldLabel, legalScopeLabel } from '@/collections/LegalDocuments/options'
import { Breadcrumb } from '@/components/Breadcrumb'
import { OfficialBody } from '@/components/legal/OfficialBody'
import { StatusBadge } from '@/components/legal/StatusBadge'
import { docTypeLabel, fileTypeKey, localized, withStatuses } from '@/components/legal/view'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getLegalDocument, getLegalDocumentPreview, legalIndex, type LegalDetail } from '@/data/legal'
import {
  dublinCoreMeta,
  edgesOf,
  invertRelations,
  legislationJsonLd,
  relationLabel,
  statusesOn,
  todayInVietnam,
  type LegalDocMeta,
} from '@/domain/legal'
import { formatBytes, formatDate, formatDateTime } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'
import { sectionPath } from '@/routes'

// The effect status is computed at render time for today; a cached page is at most an hour old.
export const revalidate = 3600

function metaOf(doc: LegalDetail, status: LegalDocMeta['status']): LegalDocMeta {
  return {
    id: doc.id,
    number: doc.number,
    title: { vi: doc.title.vi ?? undefined, en: doc.title.en ?? undefined },
    abstract: { vi: doc.abstract.vi ?? undefined, en: doc.abstract.en ?? undefined },
    docType: doc.docType ?? undefined,
    issuer: doc.issuer ? { vi: doc.issuer.name.vi ?? undefined, en: doc.issuer.name.en ?? undefined } : undefined,
    signer: doc.signer ?? undefined,
    issueDate: doc.issueDate ?? undefined,
    effectiveDate: doc.effectiveDate ?? undefined,
    expiryDate: doc.expiryDate ?? undefined,
    updatedAt: doc.updatedAt,
    status,
    files: doc.attachments.map((a) => ({ url: absoluteUrl(a.url), name: a.filename, mimeType: a.mimeType ?? undefined, sizeBytes: a.filesize ?? undefined })),
  }
}

/** The effect status today: from the published index, or computed alone for a document not in it yet. */
async function effectToday(doc: LegalDetail) {
  const today = todayInVietnam()
  const index = withStatuses(await legalIndex(), today)
  const byId = new Map(index.map((d) => [d.id, d]))
  // The index is refreshed with every publish; a document missing from it is computed alone.
  const effect = byId.get(doc.id)?.effect ?? withStatuses([{ ...doc }], today)[0]!.effect
  return { today, index, byId, effect }
}

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'legal-documents',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'legal-documents', slug),
  load: (_locale, { slug }) => getLegalDocument(slug),
  preview: (session, _locale, { slug }) => getLegalDocumentPreview(slug, session),
  moved: 'legal-documents',
  meta: async (doc, { locale }) => {
    const status = statusesOn(await legalIndex(), todayInVietnam()).get(doc.id)?.status
    const title = localized(doc.title, locale).text
    const abstract = doc.abstract[locale] ?? (locale === 'vi' ? null : doc.abstract.vi)
    return {
      title: `${doc.number} — ${title}`,
      description: abstract,
      type: 'article',
      publishedTime: doc.publishedAt,
      modifiedTime: doc.updatedAt,
      other: Object.fromEntries(dublinCoreMeta(metaOf(doc, status), locale).map((m) => [m.name, m.content])),
    }
  },
  jsonLd: async (doc, { locale, path }) => legislationJsonLd(metaOf(doc, (await effectToday(doc)).effect.status), { url: absoluteUrl(path), locale }),
  render: async (doc, { locale, params: { slug } }) => {
    const t = getT(locale)
    const { today, index, byId, effect } = await effectToday(doc)
    const { outgoing, incoming } = invertRelations(edgesOf(index), doc.id, locale)
    const title = localized(doc.title, locale)
    const untranslated = locale !== 'vi' && !doc.title[locale]
    const abstract = localized(doc.abstract, locale)
    const body = (doc.body[locale] ?? (untranslated ? doc.body.vi : null))
    const issuer = doc.issuer ? localized(doc.issuer.name, locale) : null
    const numberOf = (id: string) => byId.get(id)?.number ?? id
    // Related items: the newest other documents sharing a field, not already listed as relations.
    const linked = new Set([...outgoing, ...incoming].map((r) => r.other))
    const sameField = index.filter((d) => d.id !== doc.id && !linked.has(d.id) && d.fields.some((f) => doc.fields.includes(f))).slice(0, 4)
    const date = (d: string | null | undefined) => (d ? formatDate(d, locale) : t('legal.notStated'))

    return (
      <article className="legal-doc">
        <Breadcrumb locale={locale} trail={[{ label: t('nav.legal-documents'), href: sectionPath(locale, 'legal-documents') }]} current={{ text: doc.number, lang: locale }} />
        <p className="legal-doc__kicker">
          {docTypeLabel(doc.docType, locale)} {doc.number}
        </p>
        <h1 lang={title.lang}>{title.text}</h1>
        {!untranslated && <TranslationNotice locale={locale} translation={doc.translation} originalHref={sectionPath('vi', 'legal-documents', slug)} />}
        {untranslated && (
          <div className="notice notice--info" role="note" aria-labelledby="vi-only-title">
            <p id="vi-only-title" className="notice__title">
              {t('legal.vietnameseOnlyTitle')}
            </p>
            <p>{t('legal.vietnameseOnly')}</p>
            <p>
              <a href={sectionPath('vi', 'legal-documents', slug)} hrefLang="vi">
                {t('legal.readInVietnamese')}
              </a>
            </p>
          </div>
        )}
        <p className="legal-doc__status">
          {t('legal.status')}: <StatusBadge status={effect.status} locale={locale} />
          {effect.since && <> {t('legal.statusSince', { date: formatDate(effect.since, locale) })}</>}
          {effect.because && <> ({t('legal.statusBecause', { relation: relationLabel(effect.because.kind, 'inverse', locale).toLowerCase(), number: numberOf(effect.because.by) })})</>}
          <span className="legal-doc__asof"> {t('legal.statusAsOf', { date: formatDate(today, locale) })}</span>
        </p>
        {(effect.upcoming ?? []).map((u) => (
          <p key={`${u.kind}-${u.by}`} className="notice notice--warning">
            {u.on
              ? t('legal.upcomingOn', { relation: relationLabel(u.kind, 'inverse', locale), number: numberOf(u.by), date: formatDate(u.on, locale) })
              : t('legal.upcoming', { relation: relationLabel(u.kind, 'inverse', locale), number: numberOf(u.by) })}
          </p>
        ))}

        <h2 id="metadata">{t('legal.metadataHeading')}</h2>
        <table className="legal-doc__meta" aria-labelledby="metadata">
          <tbody>
            <tr>
              <th scope="row">{t('legal.number')}</th>
              <td>{doc.number}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.docType')}</th>
              <td>{docTypeLabel(doc.docType, locale)}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.issuer')}</th>
              <td lang={issuer?.lang}>{issuer?.text ?? t('legal.notStated')}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.signer')}</th>
              <td>
                {doc.signer ? (
                  <>
                    {doc.signerTitle[locale] || doc.signerTitle.vi ? <span lang={localized(doc.signerTitle, locale).lang}>{localized(doc.signerTitle, locale).text}</span> : null}
                    {doc.signerTitle.vi ? ' ' : ''}
                    {doc.signer}
                  </>
                ) : (
                  t('legal.notStated')
                )}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('legal.issueDate')}</th>
              <td>{date(doc.issueDate)}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.effectiveDate')}</th>
              <td>{date(doc.effectiveDate)}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.expiryDate')}</th>
              <td>{date(doc.expiryDate)}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.status')}</th>
              <td>
                <StatusBadge status={effect.status} locale={locale} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t('legal.gazette')}</th>
              <td>{doc.gazetteNumber ? t('legal.gazetteValue', { number: doc.gazetteNumber, date: date(doc.gazetteDate) }) : t('legal.notStated')}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.fields')}</th>
              <td>{doc.fields.length ? doc.fields.map((f) => legalFieldLabel(f, locale)).join(', ') : t('legal.notStated')}</td>
            </tr>
            <tr>
              <th scope="row">{t('legal.scope')}</th>
              <td>{doc.scope ? legalScopeLabel(doc.scope, locale) : t('legal.notStated')}</td>
            </tr>
          </tbody>
        </table>

        {abstract.text && (
          <section aria-labelledby="abstract">
            <h2 id="abstract">{t('legal.abstractHeading')}</h2>
            <p lang={abstract.lang}>{abstract.text}</p>
          </section>
        )}

        {doc.attachments.length > 0 && (
          <section aria-labelledby="attachments">
            <h2 id="attachments">{t('legal.attachmentsHeading')}</h2>
            <ul className="attachment-list">
              {doc.attachments.map((a) => {
                const name = localized(a.title, locale)
                return (
                  <li key={a.id}>
                    <a href={a.url} download={a.filename} type={a.mimeType ?? undefined}>
                      {t('legal.download')} <span lang={name.lang}>{name.text || a.filename}</span>
                    </a>{' '}
                    <span className="attachment-list__details">
                      ({t('legal.fileDetails', { type: t(`legal.fileTypes.${fileTypeKey(a.mimeType)}`), size: a.filesize !== null ? formatBytes(a.filesize, locale) : '–' })})
                    </span>
                  </li>
                )
              })}
            </ul>
          </section>
        )}

        {(outgoing.length > 0 || incoming.length > 0) && (
          <section aria-labelledby="relations">
            <h2 id="relations">{t('legal.relationsHeading')}</h2>
            <ul className="relation-list">
              {[...outgoing, ...incoming].map((r) => {
                const other = byId.get(r.other)
                if (!other) return null
                const otherTitle = localized(other.title, locale)
                return (
                  <li key={`${r.label}-${r.other}`}>
                    <span className="relation-list__label">{r.label}:</span>{' '}
                    <Link href={sectionPath(locale, 'legal-documents', other.slug)}>
                      {docTypeLabel(other.docType, locale)} {other.number}
                    </Link>{' '}
                    — <span lang={otherTitle.lang}>{otherTitle.text}</span>
                    {r.effectiveDate && <> ({t('legal.relationFrom', { date: formatDate(r.effectiveDate, locale) })})</>}
                  </li>
                )
              })}
            </ul>
          </section>
        )}

        <GuidesForDocument locale={locale} documentId={doc.id} />

        {sameField.length > 0 && (
          <section aria-labelledby="same-field" className="no-print">
            <h2 id="same-field">{t('legal.relatedByField')}</h2>
            <ul className="related-list">
              {sameField.map((d) => {
                const dt = localized(d.title, locale)
                return (
                  <li key={d.id}>
                    <Link href={sectionPath(locale, 'legal-documents', d.slug)}>
                      {docTypeLabel(d.docType, locale)} {d.number}
                    </Link>{' '}
                    — <span lang={dt.lang}>{dt.text}</span>
                  </li>
                )
              })}
            </ul>
          </section>
        )}

        <section aria-labelledby="fulltext">
          <h2 id="fulltext">{t('legal.bodyHeading')}</h2>
          {body ? (
            <div lang={untranslated ? 'vi' : undefined}>
              <OfficialBody data={body} locale={locale} className="prose legal-doc__body" />
            </div>
          ) : (
            <p>{t('legal.noFullText')}</p>
          )}
        </section>

        {doc.changeLog.length > 0 && (
          <section aria-labelledby="history">
            <h2 id="history">{t('legal.historyHeading')}</h2>
            <ul className="change-log">
              {[...doc.changeLog].reverse().map((c) => {
                const note = localized(c.note, locale)
                return (
                  <li key={c.at}>
                    <time dateTime={c.at}>{formatDateTime(c.at, locale)}</time>: <span lang={note.lang}>{note.text}</span>
                  </li>
                )
              })}
            </ul>
          </section>
        )}
        <DraftedWith locale={locale} documentId={doc.id} />
        <RatingBox locale={locale} section="legal-documents" slug={slug} />
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
