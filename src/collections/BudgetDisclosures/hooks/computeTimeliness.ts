import type { CollectionBeforeChangeHook } from 'payload'
import { disclosureTimeliness } from '../timeliness'
import { portalCalendar } from './loadPortalCalendar'

/** Due date and punctuality are computed from the law and the calendar, never typed. */
export const computeTimeliness: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const pick = (k: string) => (data[k] !== undefined ? data[k] : (originalDoc as Record<string, unknown> | undefined)?.[k])
  const calendar = await portalCalendar(req)
  const status = pick('_status')
  const t = disclosureTimeliness(
    {
      family: pick('family') as string,
      fiscalYear: pick('fiscalYear') as number,
      documentDate: pick('documentDate') as string,
      publishedAt: status === 'published' || (originalDoc as { _status?: string } | undefined)?._status === 'published' ? (pick('publishedAt') as string) : null,
    },
    calendar,
  )
  return { ...data, dueDate: t.dueDate, onTime: t.onTime, daysLate: t.daysLate }
}
