import { notFound } from 'next/navigation'
import { getAgencySettings, getAgencySite, type AgencySettingsView, type AgencySite } from '@/data/agency-site'
import { pageMetadata } from '@/lib/metadata'
import { pageLocale } from '@/components/page/locale'
import { agencyPageLocation } from '@/routes/agencySite'
import type { AgencySectionKey } from '@/routes/hosts'
import { isLocale, type Locale } from '@/routes/locales'

export type AgencyParams = Promise<{ locale: string; agency: string }>

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The agency of an agency-site page and its settings, or the 404 page. */
export async function loadAgency(params: { locale: string; agency: string }): Promise<{ locale: Locale; agency: AgencySite; settings: AgencySettingsView }> {
  const locale = pageLocale(params.locale)
  const agency = await getAgencySite(locale, decode(params.agency))
  if (!agency) notFound()
  const settings = await getAgencySettings(locale, agency.id)
  return { locale, agency, settings }
}

/** Metadata of an agency page: canonical and hreflang on the agency's domain when it has one. */
export async function agencyMetadata(
  params: { locale: string; agency: string },
  build: (agency: AgencySite, locale: Locale) => { title?: string; description?: string | null; section?: AgencySectionKey; rest?: string[]; type?: 'website' | 'article' },
) {
  if (!isLocale(params.locale)) return {}
  const agency = await getAgencySite(params.locale, decode(params.agency))
  if (!agency) return {}
  const { section, rest = [], ...meta } = build(agency, params.locale)
  const location = agencyPageLocation(params.locale, agency, section, ...rest)
  return pageMetadata({ locale: params.locale, ...meta, path: location.path, alternates: location.alternates, baseUrl: location.baseUrl })
}

/** Metadata of a page whose location is computed by the caller (sections with child pages). */
export async function agencyMetadataAt(
  params: { locale: string; agency: string },
  build: (agency: AgencySite, locale: Locale) => { title?: string; description?: string | null; location: { path: string; alternates: Record<Locale, string>; baseUrl?: string }; robots?: { index: boolean } },
) {
  if (!isLocale(params.locale)) return {}
  const agency = await getAgencySite(params.locale, decode(params.agency))
  if (!agency) return {}
  const { location, robots, ...meta } = build(agency, params.locale)
  const base = pageMetadata({ locale: params.locale, ...meta, path: location.path, alternates: location.alternates, baseUrl: location.baseUrl })
  return robots ? { ...base, robots } : base
}
