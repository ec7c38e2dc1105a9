import type { Payload } from 'payload'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { pickRich, pickText, type LRich, type LText } from '@/lib/localeFallback'
import { payloadClient } from '@/lib/payload'
import { tags } from '@/lib/cacheTags'
import { AGENCY_LINK } from './populate'

type ID = number | string
type Row = Record<string, unknown>
type Localized = Partial<Record<Locale, unknown>> | null | undefined

export interface AgencyLink {
  slug: string
  name: LText
}

export interface AgencySite {
  id: ID
  slug: string
  kind: string
  name: LText
  shortName: LText | null
  /** The agency's own domain, when it has one: its pages' canonical URLs are on it. */
  domain: string | null
  introduction: LRich | null
  functions: LRich | null
  address: LText | null
  phone: string | null
  email: string | null
  website: string | null
  leaders: { name: string; title: LText | null; phone: string | null; email: string | null }[]
  parent: AgencyLink | null
  children: AgencyLink[]
  englishGaps: string[]
}

const loc = (value: unknown, locale: Locale): unknown => (value && typeof value === 'object' && !('root' in (value as Row)) ? (value as Row)[locale] : value)
const text = (locale: Locale, value: Localized | unknown) => pickText(locale, loc(value, locale), loc(value, 'vi'))
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)

function link(locale: Locale, doc: Row): AgencyLink {
  return { slug: doc.slug as string, name: text(locale, doc.name) ?? { text: doc.slug as string, lang: 'vi' } }
}

/** One agency's site data in one locale (Vietnamese stands in, marked, where English is missing). */
export async function readAgencySite(payload: Payload, locale: Locale, slug: string): Promise<AgencySite | null> {
  const found = await payload.find({
    collection: 'agencies',
    where: { slug: { equals: slug } },
    locale: 'all',
    depth: 1,
    limit: 1,
    overrideAccess: false,
    populate: { agencies: AGENCY_LINK },
  })
  const doc = found.docs[0] as unknown as Row | undefined
  if (!doc) return null
  const children = await payload.find({
    collection: 'agencies',
    where: { parent: { equals: doc.id } },
    locale: 'all',
    depth: 0,
    limit: 500,
    pagination: false,
    sort: 'slug',
    overrideAccess: false,
    select: { slug: true, name: true },
  })
  const parent = doc.parent && typeof doc.parent === 'object' ? (doc.parent as Row) : null
  return {
    id: doc.id as ID,
    slug: doc.slug as string,
    kind: doc.kind as string,
    name: text(locale, doc.name) ?? { text: doc.slug as string, lang: 'vi' },
    shortName: text(locale, doc.shortName),
    domain: str(((doc.domains as Row[] | null) ?? [])[0]?.domain)?.toLowerCase() ?? null,
    introduction: pickRich(locale, loc(doc.introduction, locale), loc(doc.introduction, 'vi')),
    functions: pickRich(locale, loc(doc.functions, locale), loc(doc.functions, 'vi')),
    address: text(locale, doc.address),
    phone: str(doc.phone),
    email: str(doc.email),
    website: str(doc.website),
    leaders: ((doc.leaders as Row[] | null) ?? []).map((l) => ({ name: l.name as string, title: text(locale, l.title), phone: str(l.phone), email: str(l.email) })),
    parent: parent?.slug ? link(locale, parent) : null,
    children: (children.docs as unknown as Row[]).map((c) => link(locale, c)),
    englishGaps: (doc.englishGaps as string[] | null) ?? [],
  }
}

export const getAgencySite = cachedRead(
  'agency-site',
  async (locale: Locale, slug: string) => readAgencySite(await payloadClient(), locale, slug),
  (_locale, slug) => [tags.collection('agencies'), tags.docSlug('agencies', slug)],
)

export interface AgencySettingsView {
  headerTagline: LText | null
  navLinks: { label: LText; url: string }[]
  footerText: LText | null
  informationRequests: { unit: LText | null; address: LText | null; phone: string | null; email: string | null; hours: LText | null }
}

/** The agency's own header line, extra navigation links, footer text and information contact point. */
export async function readAgencySettings(payload: Payload, locale: Locale, agencyId: ID): Promise<AgencySettingsView> {
  const found = await payload.find({
    collection: 'agency-settings',
    where: { agency: { equals: agencyId } },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: false,
  })
  const doc = (found.docs[0] ?? {}) as unknown as Row
  const info = (doc.informationRequests ?? {}) as Row
  return {
    headerTagline: text(locale, doc.headerTagline),
    navLinks: ((doc.navLinks as Row[] | null) ?? []).flatMap((l) => {
      const label = text(locale, l.label)
      return label && typeof l.url === 'string' ? [{ label, url: l.url }] : []
    }),
    footerText: text(locale, doc.footerText),
    informationRequests: { unit: text(locale, info.unit), address: text(locale, info.address), phone: str(info.phone), email: str(info.email), hours: text(locale, info.hours) },
  }
}

export const getAgencySettings = cachedRead(
  'agency-settings',
  async (locale: Locale, agencyId: ID) => readAgencySettings(await payloadClient(), locale, agencyId),
  (_locale, agencyId) => [tags.collection('agency-settings'), tags.agency(agencyId)],
)

export interface CatalogueEntry {
  id: ID
  title: LText
  category: string
  citation: LText | null
}

/**
 * The information this agency must disclose: active entries of the disclosure catalogue that apply
 * to its kind of agency. Null when the catalogue collection is not part of this build.
 */
export async function readAgencyCatalogue(payload: Payload, locale: Locale, kind: string): Promise<CatalogueEntry[] | null> {
  if (!payload.collections['disclosure-catalogue' as 'news']) return null
  const found = await payload.find({
    collection: 'disclosure-catalogue' as 'news',
    where: { and: [{ appliesTo: { in: [kind] } }, { active: { not_equals: false } }] },
    locale: 'all',
    depth: 0,
    limit: 500,
    pagination: false,
    sort: 'order',
    overrideAccess: false,
  })
  return (found.docs as unknown as Row[]).flatMap((d) => {
    const title = text(locale, d.title)
    if (!title) return []
    return [{ id: d.id as ID, title, category: d.category as string, citation: text(locale, (d.legalBasis as Row | undefined)?.citation) }]
  })
}

export const getAgencyCatalogue = cachedRead(
  'agency-catalogue',
  async (locale: Locale, kind: string) => readAgencyCatalogue(await payloadClient(), locale, kind),
  () => [tags.collection('disclosure-catalogue')],
)
