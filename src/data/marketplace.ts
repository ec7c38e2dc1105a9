import type { Payload } from 'payload'
import { isMarketCategory, MARKET_CATEGORIES, shownOcopStars, type OcopStars } from '@/domain/marketplace'
import { tags } from '@/lib/cacheTags'
import { payloadClient } from '@/lib/payload'
import type { Locale } from '@/routes/locales'
import { cachedRead } from './cache'
import { pickText, type LText } from '@/lib/localeFallback'
import { PUBLISHED } from './populate'
import { queryValue, type SearchParams } from '@/domain/queryString'

type Row = Record<string, unknown>
type ID = number | string
export const BOOTHS_PAGE_SIZE = 20

const localized = (v: unknown): Row => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : { vi: v })
const text = (locale: Locale, v: unknown) => {
  const l = localized(v)
  return pickText(locale, l[locale], l.vi)
}
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)

export interface MarketImage {
  url: string
  alt: LText | null
  width: number | null
  height: number | null
}

export interface ProductCard {
  id: ID
  slug: string
  name: LText | null
  category: string
  /** Stars shown today: null without a valid (unexpired) certificate. */
  stars: OcopStars | null
  photo: MarketImage | null
  priceMin: number | null
  priceMax: number | null
  unit: string | null
  availability: string | null
  origin: LText | null
  ownerId: ID | null
}

export interface BoothCard {
  id: ID
  slug: string
  name: string
  description: LText | null
  /** Whether the booth has an English description (English pages say when it has not). */
  hasEnglish: boolean
  categories: string[]
  commune: { id: ID; slug: string; name: LText | null } | null
  logo: MarketImage | null
  /** When the Department of Industry and Trade verified the business (null: not, or no longer, verified). */
  verifiedOn: string | null
  legalName: string | null
  ownerId: ID | null
  products: ProductCard[]
}

export interface BoothDetail extends BoothCard {
  photos: MarketImage[]
  openingHours: LText | null
  phone: string | null
  address: string | null
  website: string | null
  marketplaceLinks: { platform: string; url: string }[]
  updatedAt: string
}

export interface ProductDetail extends ProductCard {
  description: LText | null
  photos: MarketImage[]
  certificateNumber: string | null
  certificateYear: number | null
  certificateExpires: string | null
  /** True when a rating exists but its certificate has expired (the stars are not shown). */
  ratingLapsed: boolean
  booth: { slug: string; name: string; verifiedOn: string | null; hasEnglishProduct: boolean } | null
  updatedAt: string
}

function image(locale: Locale, v: unknown): MarketImage | null {
  if (!v || typeof v !== 'object') return null
  const d = v as Row
  const sizes = (d.sizes ?? {}) as Record<string, { url?: string | null } | undefined>
  const url = str(sizes.card?.url) ?? str(d.url)
  if (!url) return null
  return { url, alt: text(locale, d.alt), width: typeof d.width === 'number' ? d.width : null, height: typeof d.height === 'number' ? d.height : null }
}

const idOf = (v: unknown): ID | null => (v && typeof v === 'object' ? ((v as Row).id as ID) : typeof v === 'number' || typeof v === 'string' ? v : null)

function productCard(d: Row, locale: Locale, today: Date): ProductCard {
  const ocop = (d.ocop ?? {}) as Row
  const price = (d.price ?? {}) as Row
  const photos = Array.isArray(d.photos) ? d.photos : []
  return {
    id: d.id as ID,
    slug: d.slug as string,
    name: text(locale, d.name),
    category: isMarketCategory(d.category) ? d.category : 'services',
    stars: shownOcopStars({ stars: ocop.stars, certificateNumber: str(ocop.certificateNumber), expiresOn: (ocop.expiresOn as string | null) ?? null }, today),
    photo: image(locale, photos[0]),
    priceMin: typeof price.min === 'number' ? price.min : null,
    priceMax: typeof price.max === 'number' ? price.max : null,
    unit: str(price.unit),
    availability: str(d.availability),
    origin: text(locale, d.origin),
    ownerId: idOf(d.owner),
  }
}

/** Verification dates and legal names of the businesses (not personal data; no contact is read). */
async function verifications(payload: Payload, ids: ID[]): Promise<Map<string, { verifiedOn: string | null; legalName: string | null }>> {
  if (!ids.length) return new Map()
  const found = await payload.find({
    collection: 'businesses',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    select: { verified: true, verifiedAt: true, legalName: true },
  })
  return new Map(found.docs.map((b) => [String(b.id), { verifiedOn: b.verified ? (b.verifiedAt ?? null) : null, legalName: b.legalName ?? null }]))
}

const BOOTH_SELECT = { name: true, slug: true, description: true, categories: true, commune: true, logo: true, owner: true, photos: true, openingHours: true, contact: true, website: true, marketplaceLinks: true, updatedAt: true } as const
const PRODUCT_SELECT = { name: true, slug: true, category: true, ocop: true, price: true, availability: true, origin: true, photos: true, owner: true, description: true, updatedAt: true } as const
const IMAGE_POPULATE = { alt: true, url: true, width: true, height: true, sizes: true } as const

/** Booths and/or products (`null` = not needed), all (`*`, never a slug) or one by slug. */
async function readMarket(payload: Payload, locale: Locale, want: { booth: string | '*' | null; product: string | '*' | null }) {
  const today = new Date()
  // Published (approved) editions only, read as an anonymous visitor would (no contact e-mail, no reasons).
  const booths = want.booth === null ? { docs: [] } : await payload.find({
    collection: 'booths',
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    limit: 1000,
    sort: 'name',
    where: want.booth === '*' ? PUBLISHED : { and: [PUBLISHED, { slug: { equals: want.booth } }] },
    select: BOOTH_SELECT,
    populate: { agencies: { name: true, slug: true }, 'market-images': IMAGE_POPULATE, businesses: {} },
  })
  const products = want.product === null ? { docs: [] } : await payload.find({
    collection: 'products',
    locale: 'all',
    overrideAccess: false,
    depth: 1,
    limit: 5000,
    sort: 'slug',
    where: want.product === '*' ? PUBLISHED : { and: [PUBLISHED, { slug: { equals: want.product } }] },
    select: PRODUCT_SELECT,
    populate: { 'market-images': IMAGE_POPULATE, businesses: {} },
  })
  const boothRows = booths.docs as unknown as Row[]
  const productRows = products.docs as unknown as Row[]
  const owners = [...new Set([...boothRows, ...productRows].map((d) => idOf(d.owner)).filter((x): x is ID => x !== null))]
  const verified = await verifications(payload, owners)
  return { boothRows, productRows, verified, today }
}

function boothDetail(d: Row, locale: Locale, products: ProductCard[], verified: Map<string, { verifiedOn: string | null; legalName: string | null }>): BoothDetail {
  const commune = d.commune && typeof d.commune === 'object' ? (d.commune as Row) : null
  const owner = idOf(d.owner)
  const v = owner !== null ? verified.get(String(owner)) : undefined
  const contact = (d.contact ?? {}) as Row
  const description = localized(d.description)
  return {
    id: d.id as ID,
    slug: d.slug as string,
    name: String(d.name ?? ''),
    description: text(locale, d.description),
    hasEnglish: Boolean(str(description.en)),
    categories: (Array.isArray(d.categories) ? d.categories : []).filter(isMarketCategory),
    commune: commune ? { id: commune.id as ID, slug: commune.slug as string, name: text(locale, commune.name) } : null,
    logo: image(locale, d.logo),
    verifiedOn: v?.verifiedOn ?? null,
    legalName: v?.legalName ?? null,
    ownerId: owner,
    products: products.filter((p) => owner !== null && String(p.ownerId) === String(owner)),
    photos: (Array.isArray(d.photos) ? d.photos : []).map((p) => image(locale, p)).filter((x): x is MarketImage => x !== null),
    openingHours: text(locale, d.openingHours),
    phone: str(contact.phone),
    address: str(contact.address),
    website: str(d.website),
    marketplaceLinks: (Array.isArray(d.marketplaceLinks) ? (d.marketplaceLinks as Row[]) : []).map((l) => ({ platform: String(l.platform ?? ''), url: String(l.url ?? '') })).filter((l) => l.url),
    updatedAt: String(d.updatedAt ?? ''),
  }
}

const MARKET_TAGS = () => [tags.collection('booths'), tags.collection('products'), tags.collection('businesses'), tags.collection('agencies')]

/**
 * Every approved booth of a verified business, with its approved products (cached by tag; the list
 * filters these in memory). A business that is not, or no longer, verified shows nothing.
 */
export const allBooths = cachedRead(
  'marketplace:booths',
  async (locale: Locale): Promise<BoothCard[]> => {
    const { boothRows, productRows, verified, today } = await readMarket(await payloadClient(), locale, { booth: '*', product: '*' })
    const products = productRows.map((d) => productCard(d, locale, today))
    return boothRows.map((d) => boothDetail(d, locale, products, verified)).filter((b) => b.verifiedOn !== null)
  },
  MARKET_TAGS,
)

export const getBooth = cachedRead(
  'marketplace:booth',
  async (locale: Locale, slug: string): Promise<BoothDetail | null> => {
    const payload = await payloadClient()
    const { boothRows, verified, today } = await readMarket(payload, locale, { booth: slug, product: null })
    const row = boothRows[0]
    if (!row) return null
    const owner = idOf(row.owner)
    const own = await payload.find({ collection: 'products', locale: 'all', overrideAccess: false, depth: 1, limit: 500, sort: 'slug', where: { and: [PUBLISHED, { owner: { equals: owner } }] }, select: PRODUCT_SELECT, populate: { 'market-images': IMAGE_POPULATE, businesses: {} } })
    const booth = boothDetail(row, locale, (own.docs as unknown as Row[]).map((d) => productCard(d, locale, today)), verified)
    return booth.verifiedOn ? booth : null
  },
  (_locale, slug) => [...MARKET_TAGS(), tags.docSlug('booths', slug)],
)

export const getProduct = cachedRead(
  'marketplace:product',
  async (locale: Locale, slug: string): Promise<ProductDetail | null> => {
    const payload = await payloadClient()
    const { productRows, verified, today } = await readMarket(payload, locale, { booth: null, product: slug })
    const row = productRows[0]
    if (!row) return null
    const card = productCard(row, locale, today)
    const ocop = (row.ocop ?? {}) as Row
    const booths = await payload.find({ collection: 'booths', locale: 'all', overrideAccess: false, depth: 0, limit: 1, where: { and: [PUBLISHED, { owner: { equals: card.ownerId } }] }, select: { name: true, slug: true } })
    const booth = booths.docs[0] as unknown as Row | undefined
    const v = card.ownerId !== null ? verified.get(String(card.ownerId)) : undefined
    if (!v?.verifiedOn) return null
    return {
      ...card,
      description: text(locale, row.description),
      photos: (Array.isArray(row.photos) ? row.photos : []).map((p) => image(locale, p)).filter((x): x is MarketImage => x !== null),
      certificateNumber: str(ocop.certificateNumber),
      certificateYear: typeof ocop.year === 'number' ? ocop.year : null,
      certificateExpires: str(ocop.expiresOn),
      ratingLapsed: typeof ocop.stars === 'number' && card.stars === null,
      booth: booth ? { slug: booth.slug as string, name: String(booth.name ?? ''), verifiedOn: v.verifiedOn, hasEnglishProduct: Boolean(str(localized(row.name).en)) } : null,
      updatedAt: String(row.updatedAt ?? ''),
    }
  },
  (_locale, slug) => [...MARKET_TAGS(), tags.docSlug('products', slug)],
)

export interface MarketFilters {
  category?: string
  commune?: string
  stars?: number
  page?: number
}

export function parseMarketFilters(sp: SearchParams): MarketFilters {
  const one = (k: string) => queryValue(sp, k, 80)
  const out: MarketFilters = {}
  const category = one('category')
  if (category && isMarketCategory(category)) out.category = category
  const commune = one('commune')
  if (commune && /^[a-z0-9-]{1,80}$/.test(commune)) out.commune = commune
  const stars = Number(one('stars'))
  if (Number.isInteger(stars) && stars >= 1 && stars <= 5) out.stars = stars
  const page = Number(one('page'))
  if (Number.isInteger(page) && page > 1 && page < 10_000) out.page = page
  return out
}

/**
 * The list's facets: category (of the booth or of one of its products), commune, and "at least
 * N OCOP stars" (shown stars: expired certificates do not count). A booth matching shows the
 * products that match too. Counts per facet value are of the booths matching the other filters.
 */
export function filterBooths(booths: readonly BoothCard[], f: MarketFilters) {
  const productMatches = (p: ProductCard, ignore?: 'category' | 'stars') => (ignore === 'category' || !f.category || p.category === f.category) && (ignore === 'stars' || !f.stars || (p.stars ?? 0) >= f.stars)
  const byCategory = (b: BoothCard) => !f.category || b.categories.includes(f.category) || b.products.some((p) => p.category === f.category)
  const byCommune = (b: BoothCard) => !f.commune || b.commune?.slug === f.commune
  const byStars = (b: BoothCard) => !f.stars || b.products.some((p) => productMatches(p, 'category'))
  const matching = booths.filter((b) => byCategory(b) && byCommune(b) && byStars(b)).map((b) => ({ ...b, products: f.category || f.stars ? b.products.filter((p) => productMatches(p)) : b.products }))
  const count = (list: readonly BoothCard[], keys: (b: BoothCard) => string[]) => {
    const m: Record<string, number> = {}
    for (const b of list) for (const k of new Set(keys(b))) m[k] = (m[k] ?? 0) + 1
    return m
  }
  const page = Math.max(1, f.page ?? 1)
  const totalPages = Math.max(1, Math.ceil(matching.length / BOOTHS_PAGE_SIZE))
  return {
    items: matching.slice((page - 1) * BOOTHS_PAGE_SIZE, page * BOOTHS_PAGE_SIZE),
    totalDocs: matching.length,
    page,
    totalPages,
    counts: {
      category: count(booths.filter((b) => byCommune(b) && byStars(b)), (b) => [...b.categories, ...b.products.map((p) => p.category)]),
      commune: count(booths.filter((b) => byCategory(b) && byStars(b)), (b) => (b.commune ? [b.commune.slug] : [])),
      stars: count(booths.filter((b) => byCategory(b) && byCommune(b)), (b) => {
        const best = Math.max(0, ...b.products.filter((p) => productMatches(p, 'stars')).map((p) => p.stars ?? 0))
        return [1, 2, 3, 4, 5].filter((n) => n <= best).map(String)
      }),
    },
  }
}

export const CATEGORY_VALUES = MARKET_CATEGORIES.map((c) => c.value)
