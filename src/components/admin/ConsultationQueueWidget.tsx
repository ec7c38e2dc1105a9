import type { ServerProps, Where } from 'payload'
import { agencyIdsWithRole, EDITING_ROLES, isAdmin, type PortalUser } from '@/access/roles'
import { getT } from '@/i18n'

/**
 * Dashboard panel: the draft comments waiting for the user's agencies — awaiting moderation, and
 * published without a response — each a link to the filtered list. Counts use the user's own read
 * access (overrideAccess: false), so each agency sees its queue only.
 */
export async function ConsultationQueueWidget({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const language = i18n?.language === 'en' ? 'en' : 'vi'
  const t = getT(language)
  const portalUser = user as unknown as PortalUser
  const admin = isAdmin(portalUser)
  const agencies = agencyIdsWithRole(portalUser, EDITING_ROLES)
  if (!admin && agencies.length === 0) return null
  const count = (where: Where) => payload.count({ collection: 'consultation-comments', where, user, overrideAccess: false }).then((r) => r.totalDocs)
  // Published comments are readable by everyone: both counts are limited to the user's agencies.
  const scope: Where[] = admin ? [] : [{ agency: { in: agencies } }]
  const pending = await count({ and: [{ moderation: { equals: 'pending' } }, ...scope] })
  const unanswered = await count({ and: [{ moderation: { equals: 'published' } }, { response: { exists: false } }, ...scope] })
  const base = '/admin/collections/consultation-comments'
  return (
    <section aria-labelledby="consultation-queue-title" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="consultation-queue-title">{t('consultations.dashboard.heading')}</h2>
      {pending + unanswered === 0 ? (
        <p>{t('consultations.dashboard.none')}</p>
      ) : (
        <ul>
          {pending > 0 && (
            <li>
              <a href={`${base}?where[moderation][equals]=pending`}>{t('consultations.dashboard.pending', { count: pending })}</a>
            </li>
          )}
          {unanswered > 0 && (
            <li>
              <a href={`${base}?where[and][0][moderation][equals]=published&where[and][1][response][exists]=false`}>{t('consultations.dashboard.unanswered', { count: unanswered })}</a>
            </li>
          )}
        </ul>
      )}
    </section>
  )
}
