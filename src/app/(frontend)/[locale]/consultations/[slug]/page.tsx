import '@/components/consultations/consultations.css'
import { RatingBox } from '@/components/ratings/RatingBox'
import { TranslationNotice } from '@/components/TranslationNotice'
import { CommentForm, type CommentTexts } from '@/components/consultations/CommentForm'
import { periodText, phaseLabel } from '@/components/consultations/phase'
import { detailPage, type SlugParams } from '@/components/page/detailPage'
import { getConsultation, type FileLink, type PublicComment } from '@/data/consultations'
import { formatBytes, formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sendComment } from '@/lib/consultations/action'
import { commentForm } from '@/lib/consultations/form'
import { sectionPath } from '@/routes'
import type { Locale } from '@/routes/locales'

// Phase and days left are computed when the page renders: rendered again at least hourly.
export const revalidate = 3600

function formTexts(locale: Locale, heading: string): CommentTexts {
  const t = getT(locale)
  const f = (k: string) => t(`consultations.form.${k}`)
  return {
    heading,
    intro: `${f('intro')} ${t('consultations.moderationNotice')}`,
    required: f('required'),
    optional: f('optional'),
    honeypot: f('honeypot'),
    submit: f('submit'),
    errorsHeading: f('errorsHeading'),
    attachmentHint: f('attachmentHint'),
    labels: { name: f('name'), organisation: f('organisation'), email: f('email'), text: f('text'), attachment: f('attachment') },
  }
}

const { Page, generateStaticParams, generateMetadata } = detailPage({
  section: 'consultations',
  path: (locale, { slug }: SlugParams) => sectionPath(locale, 'consultations', slug),
  load: (locale, { slug }) => getConsultation(locale, slug),
  meta: (c, { params: { slug } }) => ({ title: c.title?.text ?? slug, description: c.summary?.text ?? null, type: 'article', publishedTime: c.publishedAt, modifiedTime: c.updatedAt }),
  render: (c, { locale, params: { slug } }) => {
    const t = getT(locale)
    const langOf = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined)
    const { phase, label } = phaseLabel(c, locale)
    const isOpen = phase === 'open'
    const commentsOn = (address: string) => c.comments.filter((x) => x.article === address)
    const form = (article: string, heading: string, collapsed: boolean) => (
      <CommentForm
        action={sendComment.bind(null, { locale, slug })}
        texts={formTexts(locale, heading)}
        // One permalink per form (React gives a no-JS answer to the form with the same permalink); the fragment brings the visitor back to it.
        permalink={`${commentForm.permalink(locale, { slug })}#${article || 'comment'}`}
        article={article}
        idPrefix={article || 'all'}
        collapsed={collapsed}
      />
    )
    const commentList = (list: PublicComment[]) =>
      list.length > 0 && (
        <ol className="comments">
          {list.map((x) => (
            <li key={x.id} className="comment">
              <p className="comment__by">
                {x.organisation ? <span lang={langOf('vi')}>{x.organisation}</span> : t('consultations.anonymous')} {t('consultations.commentedOn', { date: formatDate(x.createdAt, locale) })}
              </p>
              <p className="prose-text" lang={x.lang}>
                {x.text}
              </p>
            </li>
          ))}
        </ol>
      )
    const files = (id: string, heading: string, list: FileLink[]) =>
      list.length > 0 && (
        <section aria-labelledby={id}>
          <h2 id={id}>{heading}</h2>
          <ul className="downloads">
            {list.map((a) => (
              <li key={a.id}>
                <a href={a.url} lang={langOf(a.title?.lang)}>
                  {a.title?.text ?? a.filename}
                </a>{' '}
                <span className="downloads__meta">({[a.mimeType?.split('/').pop()?.toUpperCase(), a.filesize ? formatBytes(a.filesize, locale) : null].filter(Boolean).join(', ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )
    const articleName = (address: string) => {
      const n = Number(address.replace('dieu-', ''))
      return address ? t('consultations.article', { number: n }) : t('consultations.wholeDraft')
    }
    return (
      <article className="article article--wide">
        <p className="article__meta">
          <a href={sectionPath(locale, 'consultations')}>{t('consultations.title')}</a>
        </p>
        <TranslationNotice locale={locale} translation={c.translation} originalHref={sectionPath('vi', 'consultations', slug)} />
        <h1 lang={langOf(c.title?.lang)}>{c.title?.text ?? slug}</h1>
        <dl className="facts">
          <dt>{t('consultations.status')}</dt>
          <dd>{label}</dd>
          <dt>{t('consultations.period')}</dt>
          <dd>{periodText(c, locale)}</dd>
          <dt>{t('consultations.kind')}</dt>
          <dd>{t(`consultations.kinds.${c.draftKind}`)}</dd>
          {c.agency?.name && (
            <>
              <dt>{t('consultations.agency')}</dt>
              <dd lang={langOf(c.agency.name.lang)}>{c.agency.name.text}</dd>
            </>
          )}
          {c.consulted && (
            <>
              <dt>{t('consultations.consulted')}</dt>
              <dd lang={langOf(c.consulted.lang)}>{c.consulted.text}</dd>
            </>
          )}
          {c.finalDocument && (
            <>
              <dt>{t('consultations.finalDocument')}</dt>
              <dd>
                <a href={sectionPath(locale, 'legal-documents', c.finalDocument.slug)}>{c.finalDocument.number}</a>
                {c.finalDocument.title && (
                  <>
                    {' — '}
                    <span lang={langOf(c.finalDocument.title.lang)}>{c.finalDocument.title.text}</span>
                  </>
                )}
              </dd>
            </>
          )}
        </dl>
        {c.summary && (
          <p lang={langOf(c.summary.lang)} className="prose-text">
            {c.summary.text}
          </p>
        )}
        {files('files-heading', t('consultations.files'), c.draftFiles)}
        {files('explanatory-heading', t('consultations.explanatory'), c.explanatoryFiles)}
        {phase === 'concluded' && (
          <section id="report" aria-labelledby="report-heading">
            <h2 id="report-heading">{t('consultations.report')}</h2>
            {c.reportPublishedAt && <p>{t('consultations.reportPublished', { date: formatDate(c.reportPublishedAt, locale) })}</p>}
            {c.reportIntro && (
              <p lang={langOf(c.reportIntro.lang)} className="prose-text">
                {c.reportIntro.text}
              </p>
            )}
            <div className="table-scroll" role="region" aria-labelledby="report-heading" tabIndex={0}>
              <table className="report-table">
                <thead>
                  <tr>
                    <th scope="col">{t('consultations.reportWhere')}</th>
                    <th scope="col">{t('consultations.reportComment')}</th>
                    <th scope="col">{t('consultations.reportResponse')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.comments.map((x) => (
                    <tr key={x.id}>
                      <td>{articleName(x.article)}</td>
                      <td>
                        <p className="comment__by">{x.organisation ? <span lang={langOf('vi')}>{x.organisation}</span> : t('consultations.anonymous')}</p>
                        <p className="prose-text" lang={x.lang}>
                          {x.text}
                        </p>
                      </td>
                      <td>
                        {x.response && <strong>{t(`consultations.response.${x.response}`)}</strong>}
                        {x.explanation && (
                          <p className="prose-text" lang={langOf(x.explanation.lang)}>
                            {x.explanation.text}
                          </p>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
        {phase === 'upcoming' && <p className="notice">{t('consultations.upcomingNotice', { date: formatDate(c.openDate, locale) })}</p>}
        {(phase === 'closed' || phase === 'concluded') && <p className="notice">{t('consultations.closedNotice')}</p>}
        {c.chapters.length > 0 && (
          <section aria-labelledby="draft-heading">
            <h2 id="draft-heading">{t('consultations.draft')}</h2>
            {c.chapters.map((ch, i) => (
              <section key={i} className="draft-chapter" aria-labelledby={`chapter-${i}`}>
                <h3 id={`chapter-${i}`}>
                  {ch.number ? t('consultations.chapter', { number: ch.number }) : null}
                  {ch.number && ch.title ? '. ' : null}
                  {ch.title && <span lang={langOf(ch.title.lang)}>{ch.title.text}</span>}
                </h3>
                {ch.articles.map((a) => {
                  const list = commentsOn(a.address)
                  return (
                    <section key={a.address} id={a.address} className="draft-article" aria-labelledby={`${a.address}-heading`}>
                      <h4 id={`${a.address}-heading`}>
                        {t('consultations.article', { number: a.number })}
                        {a.title && (
                          <>
                            {'. '}
                            <span lang={langOf(a.title.lang)}>{a.title.text}</span>
                          </>
                        )}
                      </h4>
                      {a.text && (
                        <p className="prose-text" lang={langOf(a.text.lang)}>
                          {a.text.text}
                        </p>
                      )}
                      {list.length > 0 && <p className="comment-count">{t('consultations.commentsOnArticle', { count: list.length })}</p>}
                      {commentList(list)}
                      {isOpen && form(a.address, t('consultations.commentOnArticle', { number: a.number }), true)}
                    </section>
                  )
                })}
              </section>
            ))}
          </section>
        )}
        <section id="comment" aria-labelledby="general-heading">
          <h2 id="general-heading">{t('consultations.generalComments')}</h2>
          {commentList(commentsOn(''))}
          {isOpen && form('', t('consultations.commentOnDraft'), false)}
        </section>
        <RatingBox locale={locale} section="consultations" slug={slug} />
      </article>
    )
  },
})
export { Page as default, generateStaticParams, generateMetadata }
