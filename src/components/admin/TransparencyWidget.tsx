import type { ServerProps } from 'payload'
import type { PortalUser } from '@/access/roles'
import { formatDate, formatNumber } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes'
import { transparencyDashboard } from '@/transparency/dashboard'
import { round1 } from '@/transparency/export'
import { RecomputeButton } from './RecomputeButton'
import { splitDue } from './dueLists'

/**
 * Dashboard panel: for each of my agencies, its latest transparency score, what lost points and
 * what falls due in the next 7 days; for admins, the province average and a "recompute" button.
 */
export async function TransparencyWidget({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const language = i18n?.language === 'en' ? 'en' : 'vi'
  const t = getT(language)
  const data = await transparencyDashboard(payload, user as unknown as PortalUser)
  if (!data.isAdmin && data.agencies.length === 0) return null
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' })
  const fmt = (v: number | null) => (round1(v) === null ? t('transparency.na') : formatNumber(round1(v)!, language, 1))
  return (
    <section className="transparency-widget" aria-labelledby="transparency-widget-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="transparency-widget-title">{t('transparency.admin.heading')}</h2>
      {data.province && <p>{t('transparency.admin.province', { score: fmt(data.province.average), count: data.province.count })}</p>}
      {data.isAdmin && (
        <RecomputeButton
          labels={{ idle: t('transparency.admin.recompute'), busy: t('transparency.admin.recomputing'), done: t('transparency.admin.recomputed', { created: '{{created}}', updated: '{{updated}}' }), failed: t('transparency.admin.recomputeFailed') }}
        />
      )}
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))', marginTop: 'var(--base)' }}>
        {data.agencies.map((a) => (
          <section key={a.id} className="card" style={{ padding: 'var(--base)', flexDirection: 'column', justifyContent: 'flex-start' }} aria-labelledby={`tx-widget-${a.id}`}>
            <h3 id={`tx-widget-${a.id}`}>{a.name}</h3>
            <p>{a.period ? <strong>{t('transparency.admin.score', { period: a.period, score: fmt(a.total) })}</strong> : t('transparency.admin.noScore')}</p>
            <h4>{t('transparency.admin.missingHeading')}</h4>
            {a.missing.length === 0 ? (
              <p>{t('transparency.admin.nothingMissing')}</p>
            ) : (
              <ul>
                {a.missing.map((e, i) => (
                  <li key={i}>
                    {e.entryTitle[language] || e.entryTitle.vi} — {t(`transparency.statuses.${e.status}`)}
                    {e.itemTitle ? `: ${e.itemTitle}` : ''}
                    {e.due ? ` (${t('transparency.admin.dueOn', { date: formatDate(e.due, language) })})` : ''}
                  </li>
                ))}
              </ul>
            )}
            <h4>{t('transparency.admin.dueHeading')}</h4>
            {(() => {
              const { dueSoon, overdue } = splitDue(a.upcoming, today)
              const row = (u: (typeof a.upcoming)[number], i: number) => (
                <li key={i}>
                  {u.title[language] || u.title.vi}
                  {u.itemTitle ? `: ${u.itemTitle}` : ''} — {t('transparency.admin.dueOn', { date: formatDate(u.due, language) })}
                  {u.kind === 'refresh' ? ` · ${t('transparency.admin.refresh')}` : ''}
                </li>
              )
              return (
                <>
                  {dueSoon.length === 0 ? <p>{t('transparency.admin.nothingDue')}</p> : <ul>{dueSoon.map(row)}</ul>}
                  {overdue.length > 0 && (
                    <>
                      <h4 style={{ color: 'var(--theme-error-500)' }}>{t('adminUi.overdueHeading')}</h4>
                      <ul>{overdue.map(row)}</ul>
                    </>
                  )}
                </>
              )
            })()}
            <p>
              <a href={sectionPath(language, 'transparency', a.slug)}>{t('transparency.admin.viewPublic')}</a>
            </p>
          </section>
        ))}
      </div>
    </section>
  )
}
