import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'

export interface SiteSettingsView {
  ownerName: string | null
  address: string | null
  phone: string | null
  email: string | null
  responsible: string | null
  licence: string | null
}

export const getSiteSettings = cachedRead(
  'site-settings',
  async (locale: Locale): Promise<SiteSettingsView> => {
    const payload = await payloadClient()
    const s = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0, overrideAccess: false })
    return {
      ownerName: s.ownerName ?? null,
      address: s.address ?? null,
      phone: s.phone ?? null,
      email: s.email ?? null,
      responsible: s.responsible ?? null,
      licence: s.licence ?? null,
    }
  },
  () => [tags.global('site-settings')],
)
