import type { PublicDossierView } from '@/lib/dossiers/view'
import type { Locale } from '@/routes/locales'
import { RatingInvite, type RatingInviteTexts } from './RatingInvite'

export interface DossierStatusTexts {
  heading: string
  code: string
  procedure: string
  agency: string
  handlingUnit: string
  receivedAt: string
  dueAt: string
  resultAt: string
  status: string
  history: string
  untranslated: string
  statuses: Record<string, string>
  /** Sentences for each timeliness kind, with {{days}} and {{date}} already replaceable. */
  timeliness: Record<PublicDossierView['timeliness']['kind'], string>
  procedureHref: string | null
  rating: RatingInviteTexts & { href: string | null }
}

const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k) => String(v[k] ?? ''))

function formatDay(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-')
  return locale === 'vi' ? `${d}/${m}/${y}` : new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/**
 * One dossier's public status (works inside the look-up form's client component: no server-only
 * imports). Name and contact are never part of the view.
 */
export function DossierStatusView({ dossier, locale, texts }: { dossier: PublicDossierView; locale: Locale; texts: DossierStatusTexts }) {
  const t = dossier.timeliness
  const days = t.kind === 'late' ? t.daysLate : t.kind === 'overdue' ? t.daysOverdue : t.kind === 'in-progress' ? t.daysLeft : 0
  const late = t.kind === 'late' || t.kind === 'overdue'
  const name = dossier.procedure?.name[locale] ?? dossier.procedure?.name.vi ?? null
  const untranslated = locale === 'en' && !dossier.procedure?.name.en && Boolean(dossier.procedure?.name.vi)
  const agencyName = dossier.agency?.name[locale] ?? dossier.agency?.name.vi ?? ''
  return (
    <section className={`dossier-status${late ? ' dossier-status--late' : ''}`} aria-labelledby="dossier-heading">
      <h2 id="dossier-heading" tabIndex={-1}>
        {texts.heading} {dossier.code}
      </h2>
      <p className={`timeliness timeliness--${t.kind}`}>{fill(texts.timeliness[t.kind], { days, date: formatDay(t.dueAt, locale) })}</p>
      <dl>
        <dt>{texts.procedure}</dt>
        <dd>
          {dossier.procedure?.code}
          {name ? ' — ' : ''}
          {name && texts.procedureHref ? (
            <a href={texts.procedureHref} lang={untranslated ? 'vi' : undefined}>
              {name}
            </a>
          ) : (
            name && <span lang={untranslated ? 'vi' : undefined}>{name}</span>
          )}
          {untranslated && <> ({texts.untranslated})</>}
        </dd>
        <dt>{texts.agency}</dt>
        <dd lang={locale === 'en' && !dossier.agency?.name.en ? 'vi' : undefined}>{agencyName}</dd>
        {dossier.handlingUnit && (
          <>
            <dt>{texts.handlingUnit}</dt>
            <dd lang="vi">{dossier.handlingUnit}</dd>
          </>
        )}
        <dt>{texts.receivedAt}</dt>
        <dd>{formatDay(dossier.receivedAt, locale)}</dd>
        <dt>{texts.dueAt}</dt>
        <dd>
          {formatDay(dossier.dueAt, locale)}
          {t.dueAt !== dossier.dueAt && <> → {formatDay(t.dueAt, locale)}</>}
        </dd>
        <dt>{texts.resultAt}</dt>
        <dd>{dossier.resultAt ? formatDay(dossier.resultAt, locale) : '—'}</dd>
        <dt>{texts.status}</dt>
        <dd>{texts.statuses[dossier.status] ?? dossier.status}</dd>
      </dl>
      <h3>{texts.history}</h3>
      <ol className="status-history">
        {dossier.history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatDay(h.at, locale)}</time>: {texts.statuses[h.status] ?? h.status}
          </li>
        ))}
      </ol>
      {dossier.status === 'done' && <RatingInvite href={texts.rating.href} texts={texts.rating} />}
    </section>
  )
}
