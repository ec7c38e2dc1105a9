import type {
  CollectionSlug,
  DataFromGlobalSlug,
  GlobalSlug,
  FindOptions,
  FlattenedBlock,
  FlattenedField,
  JsonObject,
  PaginatedDocs,
  Payload,
  PayloadRequest,
  SelectType,
  TransformCollectionWithSelect,
} from 'payload'
import { LOCALES, type Locale } from '@/routes/locales'

/**
 * Showing the Vietnamese text where the English is missing — the one way every reader does it:
 *
 * 1. Read once with `locale: 'all'` through {@link findByLocale}. Payload then returns each
 *    localized field as `{ vi, en }` (also inside groups, arrays, blocks and populated documents);
 *    the reader splits every document into one document per locale, each typed exactly as the
 *    generated interface in `payload-types.ts` types a single-locale read (`fallbackLocale: false`).
 * 2. {@link pickText} / {@link pickRich} take the field in the page's locale and in Vietnamese and
 *    return the page's locale, else the Vietnamese original marked `lang: 'vi'` (the page puts
 *    lang="vi" on it), else null. A reader that falls back item by item (news: an item without an
 *    English title is shown whole in Vietnamese) picks `doc.en` or `doc.vi` instead.
 *
 * Payload's own `fallbackLocale: 'vi'` is not used for this: it fills the gaps silently, so a page
 * could not tell which texts are Vietnamese, and the English site must never show Vietnamese
 * without marking it. (Where nothing is marked — the transparency catalogue's English title, which
 * the scoring falls back to the Vietnamese — the split read already holds both languages.)
 */

/** A text shown on a page, with the language it is actually in (English pages may show Vietnamese). */
export interface LText {
  text: string
  lang: Locale
}

/** A rich-text value with its language. */
export interface LRich {
  value: unknown
  lang: Locale
}

/** One document per locale, split from a single `locale: 'all'` read. */
export type ByLocale<T> = Record<Locale, T>

const present = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0

/** The field in the page's locale, else the Vietnamese original marked vi, else null. */
export function pickText(locale: Locale, own: unknown, vi: unknown): LText | null {
  if (present(own)) return { text: own, lang: locale }
  if (locale !== 'vi' && present(vi)) return { text: vi, lang: 'vi' }
  return null
}

function hasRichText(v: unknown): boolean {
  const root = (v as { root?: { children?: unknown[] } } | null | undefined)?.root
  return Boolean(root && Array.isArray(root.children) && root.children.length > 0)
}

/** As {@link pickText}, for rich text: an empty editor state counts as missing. */
export function pickRich(locale: Locale, own: unknown, vi: unknown): LRich | null {
  if (hasRichText(own)) return { value: own, lang: locale }
  if (locale !== 'vi' && hasRichText(vi)) return { value: vi, lang: 'vi' }
  return null
}

/** Where the split finds the fields of a populated document and of a block referenced by slug. */
export interface FieldSchema {
  collection(slug: string): readonly FlattenedField[] | undefined
  block(slug: string): FlattenedBlock | undefined
}

export function schemaOf(payload: Payload): FieldSchema {
  return {
    collection: (slug) => payload.collections[slug as CollectionSlug]?.config.flattenedFields,
    block: (slug) => payload.config.blocks?.find((b) => b.slug === slug),
  }
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A document read with `locale: 'all'` → the same document in `locale`: every localized field
 * replaced by its value in that locale (undefined when it has none), through groups, tabs, arrays,
 * blocks and populated relationships. Fields inside a localized group/array are not localized again
 * (Payload stores them under the parent's locale).
 */
export function inLocale(doc: unknown, fields: readonly FlattenedField[], locale: Locale, schema: FieldSchema, localizedAbove = false): unknown {
  if (!isObject(doc)) return doc
  const out: JsonObject = { ...doc }
  for (const field of fields) {
    if (!(field.name in out)) continue
    const localized = !localizedAbove && 'localized' in field && field.localized === true
    const value = localized ? (isObject(out[field.name]) ? out[field.name][locale] : out[field.name]) : out[field.name]
    out[field.name] = valueInLocale(value, field, locale, schema, localizedAbove || localized)
  }
  return out
}

function valueInLocale(value: unknown, field: FlattenedField, locale: Locale, schema: FieldSchema, localizedAbove: boolean): unknown {
  const populated = (v: unknown, slug: string) => inLocale(v, schema.collection(slug) ?? [], locale, schema)
  switch (field.type) {
    case 'group':
    case 'tab':
      return inLocale(value, field.flattenedFields, locale, schema, localizedAbove)
    case 'array':
      return Array.isArray(value) ? value.map((row) => inLocale(row, field.flattenedFields, locale, schema, localizedAbove)) : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            const slug = isObject(row) && typeof row.blockType === 'string' ? row.blockType : ''
            const block = field.blocks.find((b) => b.slug === slug) ?? schema.block(slug)
            return block ? inLocale(row, block.flattenedFields, locale, schema, localizedAbove) : row
          })
        : value
    case 'relationship':
    case 'upload': {
      const { relationTo } = field
      const one = (v: unknown) =>
        Array.isArray(relationTo)
          ? isObject(v) && typeof v.relationTo === 'string'
            ? { ...v, value: populated(v.value, v.relationTo) }
            : v
          : populated(v, relationTo)
      return Array.isArray(value) ? value.map(one) : one(value)
    }
    case 'join':
      return isObject(value) && Array.isArray(value.docs) ? { ...value, docs: value.docs.map((d) => populated(d, field.collection as string)) } : value
    default:
      return value
  }
}

/** A `locale: 'all'` document → one document per locale. */
export function splitLocales(doc: unknown, fields: readonly FlattenedField[], schema: FieldSchema): ByLocale<unknown> {
  return Object.fromEntries(LOCALES.map((l) => [l, inLocale(doc, fields, l, schema)])) as ByLocale<unknown>
}

type FindByLocaleOptions<TSlug extends CollectionSlug, TSelect extends SelectType = SelectType> = Omit<FindOptions<TSlug, TSelect>, 'locale' | 'fallbackLocale' | 'draft' | 'req'> & {
  draft?: boolean
  req?: Partial<PayloadRequest>
}

/**
 * `payload.find` read once in every locale: each document comes back as `{ vi, en }`, both typed as
 * the generated collection interface (with `select` applied), as a single-locale read with
 * `fallbackLocale: false` would return them. Access rules are the caller's (`overrideAccess`,
 * `user`), exactly as with `payload.find`.
 */
export async function findByLocale<TSlug extends CollectionSlug, TSelect extends SelectType = SelectType>(
  payload: Payload,
  options: FindByLocaleOptions<TSlug, TSelect>,
): Promise<PaginatedDocs<ByLocale<TransformCollectionWithSelect<TSlug, TSelect>>>> {
  // The wrapper's two widenings (and the only ones): payload.find's generics over a generic slug
  // are a union too complex for TypeScript, and the split result gets its type here — inLocale keeps
  // every key and only narrows `{ vi, en }` values to one locale, as the generated interface says.
  const find = payload.find as unknown as (o: object) => Promise<PaginatedDocs<unknown>>
  const result = await find.call(payload, { ...options, locale: 'all' })
  const fields = payload.collections[options.collection].config.flattenedFields
  const schema = schemaOf(payload)
  const docs = result.docs.map((doc) => splitLocales(doc, fields, schema) as ByLocale<TransformCollectionWithSelect<TSlug, TSelect>>)
  return { ...result, docs }
}

/**
 * An array of a split document with the same array in Vietnamese, row by row (both come from one
 * read, so row i is the same row in both).
 */
export function pairs<T>(own: readonly T[] | null | undefined, vi: readonly T[] | null | undefined): [T, T | undefined][] {
  return (own ?? []).map((row, i) => [row, vi?.[i]])
}

/**
 * One field in every locale, `{ vi, en }`, from a split document — for code that needs both
 * languages side by side (the transparency scoring checks that an English edition exists).
 */
export function inEveryLocale<T, V>(doc: ByLocale<T>, field: (d: T) => V): Record<Locale, V> {
  return Object.fromEntries(LOCALES.map((l) => [l, field(doc[l])])) as Record<Locale, V>
}

/** `payload.findGlobal` read once in every locale, as {@link findByLocale} does for collections. */
export async function findGlobalByLocale<TSlug extends GlobalSlug>(
  payload: Payload,
  options: { slug: TSlug; depth?: number; overrideAccess?: boolean; user?: PayloadRequest['user']; req?: Partial<PayloadRequest>; draft?: boolean },
): Promise<ByLocale<DataFromGlobalSlug<TSlug>>> {
  const findGlobal = payload.findGlobal as unknown as (o: object) => Promise<unknown>
  const doc = await findGlobal.call(payload, { ...options, locale: 'all' })
  const fields = payload.globals.config.find((g) => g.slug === options.slug)?.flattenedFields ?? []
  return splitLocales(doc, fields, schemaOf(payload)) as ByLocale<DataFromGlobalSlug<TSlug>>
}
