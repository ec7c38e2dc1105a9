import type { ServerProps } from 'payload'
import type { PortalUser } from '@/access/roles'
import { formatDate } from '@/domain/i18n-format'
import { getT } from '@/i18n'
import { dashboardData, type DashboardItem } from './dashboardData'

function List({ items, empty, language }: { items: DashboardItem[]; empty: string; language: 'vi' | 'en' }) {
  if (items.length === 0) return <p className="editorial-dashboard__empty">{empty}</p>
  return (
    <ul className="editorial-dashboard__list">
      {items.map((item) => (
        <li key={`${item.collection}:${item.id}`}>
          <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
          <small>
            {item.collectionLabel}
            {item.updatedAt ? ` · ${formatDate(item.updatedAt, language)}` : ''}
          </small>
        </li>
      ))}
    </ul>
  )
}

/**
 * The editorial panel above Payload's dashboard: my drafts, documents awaiting my review,
 * recently published documents and published documents without English, for the signed-in user.
 */
export async function EditorialDashboard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const language = i18n?.language === 'en' ? 'en' : 'vi'
  const t = getT(language)
  const data = await dashboardData(payload, user as unknown as PortalUser, language)
  const panels: { key: string; title: string; items: DashboardItem[] | null; empty: string }[] = [
    { key: 'drafts', title: t('dashboard.myDrafts'), items: data.myDrafts, empty: t('dashboard.noDrafts') },
    { key: 'review', title: t('dashboard.awaitingReview'), items: data.awaitingReview, empty: t('dashboard.noReview') },
    { key: 'published', title: t('dashboard.recentlyPublished'), items: data.recentlyPublished, empty: t('dashboard.noPublished') },
    { key: 'english', title: t('dashboard.englishMissing'), items: data.englishMissing, empty: t('dashboard.noEnglishMissing') },
  ]
  return (
    <section className="editorial-dashboard" aria-labelledby="editorial-dashboard-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="editorial-dashboard-title">{t('dashboard.title')}</h2>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 16rem), 1fr))' }}>
        {panels
          .filter((p) => p.items !== null)
          .map((p) => (
            <section key={p.key} aria-labelledby={`editorial-dashboard-${p.key}`} className="card" style={{ padding: 'var(--base)', flexDirection: 'column', justifyContent: 'flex-start' }}>
              <h3 id={`editorial-dashboard-${p.key}`}>{p.title}</h3>
              <List items={p.items!} empty={p.empty} language={language} />
            </section>
          ))}
      </div>
    </section>
  )
}
