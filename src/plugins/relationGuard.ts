import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type Config,
  type Field,
  type FilterOptions,
  type GlobalBeforeChangeHook,
  type PayloadRequest,
  type Plugin,
  type Where,
} from 'payload'
import { MAX_LIST_LIMIT } from './queryGuard'

type ID = number | string
type Data = Record<string, unknown>

interface Link {
  /** Schema path of the field (array indexes left out), e.g. `relations.target`. */
  schemaPath: string
  /** Data path of this value, e.g. `relations.0.target` (for the error message). */
  path: string
  collection: string
  id: ID
  filterOptions?: FilterOptions
  siblingData: Data
}

const isObject = (v: unknown): v is Data => Boolean(v) && typeof v === 'object' && !Array.isArray(v)

function idOfValue(v: unknown): unknown {
  return isObject(v) && 'id' in v ? v.id : v
}

/** Every relationship/upload value in `data`, walked along the (unsanitized or sanitized) fields. */
export function collectLinks(fields: Field[], data: unknown, locales: string[], schemaPrefix = '', pathPrefix = ''): Link[] {
  if (!isObject(data)) return []
  const out: Link[] = []
  const join = (a: string, b: string) => (a ? `${a}.${b}` : b)
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out.push(...collectLinks(tab.fields, data[tab.name], locales, join(schemaPrefix, tab.name), join(pathPrefix, tab.name)))
        else out.push(...collectLinks(tab.fields, data, locales, schemaPrefix, pathPrefix))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field && Array.isArray(field.fields)) out.push(...collectLinks(field.fields, data, locales, schemaPrefix, pathPrefix))
      continue
    }
    if (!(field.name in data)) continue
    const schemaPath = join(schemaPrefix, field.name)
    const path = join(pathPrefix, field.name)
    // A localized field read or written in all locales at once holds `{ vi: …, en: … }`.
    const raw = data[field.name]
    const perLocale: [string, unknown][] =
      'localized' in field && field.localized && isObject(raw) && Object.keys(raw).length > 0 && Object.keys(raw).every((k) => locales.includes(k))
        ? Object.entries(raw).map(([locale, v]) => [`${path}.${locale}`, v])
        : [[path, raw]]
    for (const [valuePath, value] of perLocale) {
      if (field.type === 'relationship' || field.type === 'upload') {
        const values = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
        for (const v of values) {
          let collection: string
          let id: unknown
          if (Array.isArray(field.relationTo)) {
            if (!isObject(v) || typeof v.relationTo !== 'string') continue
            collection = v.relationTo
            id = idOfValue(v.value)
          } else {
            collection = field.relationTo
            id = idOfValue(v)
          }
          if (typeof id === 'number' || typeof id === 'string') out.push({ schemaPath, path: valuePath, collection, id, filterOptions: field.filterOptions, siblingData: data })
        }
      } else if (field.type === 'group') {
        out.push(...collectLinks(field.fields, value, locales, schemaPath, valuePath))
      } else if (field.type === 'array' && Array.isArray(value)) {
        value.forEach((row, i) => out.push(...collectLinks(field.fields, row, locales, schemaPath, `${valuePath}.${i}`)))
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        value.forEach((row, i) => {
          const block = (field.blocks ?? []).find((b) => isObject(row) && b.slug === row.blockType)
          if (block) out.push(...collectLinks(block.fields, row, locales, `${schemaPath}.${block.slug}`, `${valuePath}.${i}`))
        })
      }
    }
  }
  return out
}

const key = (l: Pick<Link, 'schemaPath' | 'collection' | 'id'>) => `${l.schemaPath}|${l.collection}|${String(l.id)}`

function wellFormed(req: PayloadRequest, collection: string, id: ID): boolean {
  const type = req.payload.collections[collection as CollectionSlug]?.customIDType ?? req.payload.db.defaultIDType
  return type === 'number' ? (typeof id === 'number' ? Number.isInteger(id) : /^\d+$/.test(id)) : String(id).length > 0
}

/**
 * Every relationship and upload a save ADDS must point at something that exists and that the field
 * lets this user pick: its `filterOptions` (the multi-tenant plugin's "own agency", the
 * cross-agency legal-document rule "published, or of the same agency") and, for a user, the
 * target collection's read access. Payload checks this only on full saves; draft saves skip
 * validation and a missing id then reaches the database, whose foreign key answers 500 on SQLite.
 * This hook runs for every save, drafts included, and answers one 400 "invalid selections" for a
 * missing id and for a hidden one alike, so it tells nobody which ids exist in other agencies.
 * Links the document already had are not re-checked (a later unpublished target does not block
 * unrelated edits). System writes (no user) are checked for existence only.
 */
async function checkTargets(owner: { fields: Field[]; error: { collection?: string; global?: string } }, data: Data | undefined, originalDoc: Data | undefined, req: PayloadRequest): Promise<Data | undefined> {
  if (!data || req.context?.skipRelationCheck) return data
  const locales = (req.payload.config.localization ? req.payload.config.localization.localeCodes : []) as string[]
  const before = new Set(collectLinks(owner.fields, originalDoc ?? {}, locales).map(key))
  const added = collectLinks(owner.fields, data, locales).filter((l) => !before.has(key(l)))
  if (!added.length) return data
  const merged = { ...(originalDoc ?? {}), ...data } as Data
  const invalid: Link[] = []
  const groups = new Map<string, Link[]>()
  for (const link of added) {
    if (!req.payload.collections[link.collection as CollectionSlug] || !wellFormed(req, link.collection, link.id)) {
      invalid.push(link)
      continue
    }
    const g = `${link.schemaPath}|${link.collection}`
    groups.set(g, [...(groups.get(g) ?? []), link])
  }
  for (const links of groups.values()) {
    const { collection: target, filterOptions, siblingData } = links[0]!
    let filter: Where | boolean | null | undefined = true
    if (req.user && filterOptions)
      filter =
        typeof filterOptions === 'function'
          ? await filterOptions({ id: originalDoc?.id as ID, data: merged, siblingData, relationTo: target as CollectionSlug, req, user: req.user, blockData: undefined })
          : filterOptions
    if (filter === false) {
      invalid.push(...links)
      continue
    }
    const ids = [...new Set(links.map((l) => l.id))]
    const seen = new Set<string>()
    // In pages of at most MAX_LIST_LIMIT ids, never `pagination: false`: the query guard refuses
    // that to a user without an agency role (a business account), and caps their lists.
    for (let i = 0; i < ids.length; i += MAX_LIST_LIMIT) {
      const page = ids.slice(i, i + MAX_LIST_LIMIT)
      const found = await req.payload.find({
        collection: target as CollectionSlug,
        where: { and: [{ id: { in: page } }, ...(filter && filter !== true ? [filter] : [])] },
        depth: 0,
        limit: page.length,
        // A user picks among what they may read; the system (forms, seed, jobs) only needs the row to exist.
        overrideAccess: !req.user,
        user: req.user ?? undefined,
        trash: !req.user,
        select: {},
        req,
      })
      for (const d of found.docs) seen.add(String(d.id))
    }
    invalid.push(...links.filter((l) => !seen.has(String(l.id))))
  }
  if (!invalid.length) return data
  throw new ValidationError(
    {
      ...owner.error,
      errors: invalid.map((l) => ({ path: l.path, message: `${req.t('validation:invalidSelections')} ${JSON.stringify(l.id)}` })),
    },
    req.t,
  )
}

export const checkRelationTargets: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) =>
  checkTargets({ fields: collection.fields, error: { collection: collection.slug } }, data, originalDoc, req)

/** The same check for a global's relationship and upload fields (home page, settings …). */
export const checkGlobalRelationTargets: GlobalBeforeChangeHook = async ({ global, data, originalDoc, req }) =>
  (await checkTargets({ fields: global.fields, error: { global: global.slug } }, data, originalDoc as Data | undefined, req)) ?? data

/**
 * Wires {@link checkRelationTargets} LAST in `beforeChange` of every collection (and
 * {@link checkGlobalRelationTargets} of every global): it checks what
 * will be stored, after hooks that put back or overwrite values of the body (translators'
 * non-localized fields, `totalsOverride.by`…). Hooks before it that read a linked document
 * themselves must not fail on a missing one (`disableErrors`), so the answer stays this 400.
 */
export const relationGuard: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeChange: [...(c.hooks?.beforeChange ?? []), checkRelationTargets] },
  })),
  globals: (config.globals ?? []).map((g) => ({
    ...g,
    hooks: { ...g.hooks, beforeChange: [...(g.hooks?.beforeChange ?? []), checkGlobalRelationTargets] },
  })),
  // Globals Payload adds itself (`payload-jobs-stats` …), which a plugin never sees.
  onInit: async (payload) => {
    for (const g of payload.globals.config) {
      const hooks = (g.hooks.beforeChange ??= [])
      if (!hooks.includes(checkGlobalRelationTargets)) hooks.push(checkGlobalRelationTargets)
    }
    await config.onInit?.(payload)
  },
})
