import { unstable_cache } from 'next/cache'
import { alertsForPage, nextBoundary, secondsUntilChange, type AlertSeverity, type AlertWindow } from '@/domain/alerts'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import type { Locale } from '@/routes/locales'
import { CACHE_SECONDS, cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'

type ID = number | string

export interface AlertView extends AlertWindow {
  message: LText
  link: string | null
  linkLabel: LText | null
}

const localizedOf = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})

/**
 * Every alert that has not expired when read (active or still to start), in one cached read
 * tagged `collection:alerts` (expired by every save). Pages filter by the clock when they render.
 */
const readAlerts = cachedRead(
  'alerts',
  async (locale: Locale): Promise<AlertView[]> => {
    const payload = await payloadClient()
    const found = await payload.find({
      collection: 'alerts',
      where: { expiresAt: { greater_than: new Date().toISOString() } },
      sort: 'startsAt',
      limit: 50,
      depth: 0,
      locale: 'all',
      overrideAccess: false,
      select: { message: true, severity: true, agency: true, startsAt: true, expiresAt: true, link: true, linkLabel: true },
    })
    const out: AlertView[] = []
    for (const doc of found.docs) {
      const m = localizedOf(doc.message)
      const message = pickText(locale, m[locale], m.vi)
      if (!message) continue
      const l = localizedOf(doc.linkLabel)
      const agency = doc.agency
      out.push({
        id: doc.id,
        severity: doc.severity as AlertSeverity,
        startsAt: doc.startsAt,
        expiresAt: doc.expiresAt,
        agency: agency === null || agency === undefined ? null : typeof agency === 'object' ? (agency as { id: ID }).id : agency,
        message,
        link: doc.link || null,
        linkLabel: pickText(locale, l[locale], l.vi),
      })
    }
    return out
  },
  () => [tags.collection('alerts')],
)

/**
 * The alerts a page shows now (province-wide, plus the agency's on an agency page).
 *
 * How a cached page stops showing an expired alert (and starts showing a scheduled one): saving
 * an alert expires its tag; and while an alert's start or expiry is less than the pages' lifetime
 * away, this read also touches a cached entry whose lifetime ends at that moment — Next.js then
 * regenerates every page rendered with it no later than that moment (its ISR lifetime is the
 * shortest of the reads it used). Pages keep their full hour when no edge is near.
 */
export async function pageAlerts(locale: Locale, agency: ID | null): Promise<AlertView[]> {
  const all = await readAlerts(locale)
  const now = new Date()
  const seconds = secondsUntilChange(all, now, CACHE_SECONDS)
  if (seconds < CACHE_SECONDS) {
    const edge = nextBoundary(all, now)?.toISOString() ?? ''
    await unstable_cache(async () => edge, ['alerts-edge', edge], { revalidate: seconds, tags: [tags.collection('alerts')] })()
  }
  return alertsForPage(all, now, agency)
}
