import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Config, type FlattenedField, type PayloadRequest, type Plugin, type SanitizedCollectionConfig, type Where } from 'payload'
import { validOperatorSet } from 'payload/shared'
import { agencyIdsWithRole, businessId, isAdmin } from '@/access/roles'
import { getT } from '@/i18n'
import { isLocale } from '@/routes/locales'

/**
 * One guard in front of every read of every collection ("access leaks"). Payload applies
 * the queried collection's read rule to a `where`/`sort`, but not the read rule of a collection a
 * relation path walks into (`where[relatedDocuments.title][like]=…` answers yes/no about another
 * agency's draft), honours `draft=true` for anyone, and lists without bound. So, for every
 * collection, before find / findByID / count / versions / distinct:
 *
 * - `draft=true` means nothing to a caller without an agency role (anonymous visitors, or users
 *   who are members of no agency): they read the published version, like everyone else;
 * - a `where` or `sort` path that goes through a relationship, upload or join field into another
 *   collection (anything but the related `id`, or `relationTo`/`value` of a polymorphic
 *   relation) is refused with a 400 for non-admins. Our own pages and the admin UI only filter by
 *   related ids; the check runs for REST/GraphQL requests and for Local API calls made for a user
 *   (the admin UI's list view passes the URL's `where` through), not for the portal's own
 *   anonymous server reads;
 * - geo operators (`near`, `within`, `intersects`) are accepted on point fields only (elsewhere
 *   the SQL adapters answer 500);
 * - REST/GraphQL lists of non-admins are capped at {@link MAX_LIST_LIMIT} (also `limit=0`), and a
 *   caller without an agency role may not ask for `pagination=false`.
 *
 * Calls with `overrideAccess` (system code) are left alone, and admins are exempt from the draft
 * rule and the cap. A new collection gets the
 * guard without doing anything: it is wired on every collection of the config.
 */
export const MAX_LIST_LIMIT = 100

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const RELATION_TYPES = new Set(['relationship', 'upload', 'join'])

type Problem = 'relationPath' | 'geoOperator' | 'pagination' | 'invalidValue'

/** Operators whose operand is an id (or a list of ids) when the path ends on an id. */
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

const operandList = (operand: unknown): unknown[] =>
  Array.isArray(operand) ? operand : typeof operand === 'string' && operand.includes(',') ? operand.split(',') : [operand]

const isNumericId = (v: unknown) => v === null || v === undefined || v === '' || v === 'null' || (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d{1,15}$/.test(v.trim()))

/**
 * The id type a path compares with, when it ends on an id: the collection's own `id`, a
 * relationship/upload (or its `.id`), a version's `parent`. Null for anything else.
 */
function idTypeOf(req: PayloadRequest, collection: SanitizedCollectionConfig, path: string, leaf: FlattenedField | undefined): string | null {
  const segments = path.split('.').filter(Boolean)
  const typeOf = (slug: string) => req.payload.collections[slug as CollectionSlug]?.customIDType ?? req.payload.db.defaultIDType
  if (!leaf) {
    if (segments.length === 1 && segments[0] === 'id') return typeOf(collection.slug)
    if (collection.versions && segments[0] === 'parent' && segments.length <= 2) return typeOf(collection.slug)
    return null
  }
  if ((leaf.type === 'relationship' || leaf.type === 'upload') && typeof leaf.relationTo === 'string' && segments.at(-1) !== 'value') return typeOf(leaf.relationTo)
  return null
}

function refuse(req: PayloadRequest, problem: Problem, path?: string): never {
  const language = req.i18n?.language
  const t = getT(isLocale(language) ? language : 'vi')
  throw new APIError(t(`api.${problem}`, { path: path ?? '' }), 400, { problem, path: path ?? null }, true)
}

interface Resolved {
  /** The path leaves the collection through a relationship/upload/join field. */
  traverses: boolean
  /** The field the path ends on, when it is a field of this collection. */
  leaf?: FlattenedField
}

/** Where a dotted path leads inside `fields` (named groups, tabs, arrays and blocks walked into). */
export function resolvePath(fields: FlattenedField[], segments: string[]): Resolved {
  const [name, ...rest] = segments
  if (name === undefined) return { traverses: false }
  const field = fields.find((f) => f.name === name)
  if (!field) return { traverses: false }
  if (RELATION_TYPES.has(field.type)) {
    if (rest.length === 0) return { traverses: false, leaf: field }
    const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
    const allowed = polymorphic ? ['relationTo', 'value'] : ['id']
    return rest.length === 1 && allowed.includes(rest[0]!) ? { traverses: false, leaf: field } : { traverses: true }
  }
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return rest.length ? resolvePath(field.flattenedFields, rest) : { traverses: false, leaf: field }
  if (field.type === 'blocks') {
    if (!rest.length) return { traverses: false, leaf: field }
    const blockFields = (field.blocks ?? []).flatMap((b) => (typeof b === 'string' ? [] : b.flattenedFields))
    return resolvePath(blockFields, rest)
  }
  // A leaf; a further segment can only be a locale (`title.en`) or a JSON key.
  return { traverses: false, leaf: field }
}

/** Resolves a path of a document or of a version (`version.…`, `parent`) of `collection`. */
function resolveInCollection(collection: SanitizedCollectionConfig, path: string): Resolved {
  const segments = path.split('.').filter(Boolean)
  if (collection.versions && segments[0] === 'version') return resolvePath(collection.flattenedFields, segments.slice(1))
  if (collection.versions && segments[0] === 'parent' && !collection.flattenedFields.some((f) => f.name === 'parent'))
    return { traverses: segments.length > 1 && !(segments.length === 2 && segments[1] === 'id') }
  return resolvePath(collection.flattenedFields, segments)
}

/** Every (path, operator) pair of a where clause; nested objects that are not operators extend the path. */
export function wherePaths(where: unknown, prefix = ''): { path: string; operator: string | null; operand?: unknown }[] {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return []
  const out: { path: string; operator: string | null; operand?: unknown }[] = []
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && !prefix) {
      for (const sub of Array.isArray(value) ? value : Object.values(value ?? {})) out.push(...wherePaths(sub))
      continue
    }
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [op, operand] of Object.entries(value as Record<string, unknown>)) {
        if ((validOperatorSet as ReadonlySet<string>).has(op)) out.push({ path, operator: op, operand })
        else out.push(...wherePaths({ [op]: operand }, path))
      }
    } else out.push({ path, operator: null })
  }
  return out
}

function sortPaths(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.filter((s): s is string => typeof s === 'string').map((s) => s.trim().replace(/^[-+]/, '')).filter(Boolean)
}

interface ReadArgs {
  draft?: boolean
  where?: Where
  sort?: string | string[]
  field?: string
  limit?: number
  pagination?: boolean
  overrideAccess?: boolean
  currentDepth?: number
  disableErrors?: boolean
}

/** A join field of a collection by its path (`relatedNews`, `group.items`), with the collections it lists. */
function joinField(collection: SanitizedCollectionConfig, path: string): { collections: string[] } | null {
  const segments = path.split('.').filter(Boolean)
  let fields: FlattenedField[] = collection.flattenedFields
  for (const [i, name] of segments.entries()) {
    const field = fields.find((f) => f.name === name)
    if (!field) return null
    if (i === segments.length - 1) return field.type === 'join' ? { collections: Array.isArray(field.collection) ? field.collection : [field.collection] } : null
    if (field.type === 'group' || field.type === 'tab') fields = field.flattenedFields
    else return null
  }
  return null
}

/**
 * The where/sort rules for one collection's query: operators the SQL adapter answers with a 500
 * (whoever asks), and relation paths (for API callers and users). Used for the collection read
 * and for every `joins[field][where|sort]`, against the joined collection.
 */
function checkQuery(req: PayloadRequest, collection: SanitizedCollectionConfig, where: unknown, sorts: string[], relationPathsRefused: boolean): void {
  const paths = wherePaths(where)
  // Operators and operands the SQL adapter answers with a 500, whoever asks (admins too): geo
  // operators on a non-point field, `all` (unsupported there), and an id compared with something
  // that is not an id (`where[agency][equals]=abc`, `where[id][like]=…`).
  for (const { path, operator, operand } of paths) {
    if (!operator) continue
    const { leaf } = resolveInCollection(collection, path)
    if (GEO_OPERATORS.has(operator) && leaf?.type !== 'point') refuse(req, 'geoOperator', path)
    if (operator === 'all') refuse(req, 'invalidValue', path)
    // A polymorphic relation is compared through `.value` / `.relationTo`, never as a whole.
    const polymorphic = leaf && (leaf.type === 'relationship' || leaf.type === 'upload') && Array.isArray(leaf.relationTo)
    if (polymorphic && !/\.(value|relationTo)$/.test(path) && operator !== 'exists') refuse(req, 'invalidValue', path)
    if (polymorphic && operator === 'exists' && !(['true', 'false', true, false] as unknown[]).includes(operand)) refuse(req, 'invalidValue', path)
    if (idTypeOf(req, collection, path, leaf) === 'number') {
      if (['like', 'not_like', 'contains'].includes(operator)) refuse(req, 'invalidValue', path)
      const list = operator === 'in' || operator === 'not_in'
      // An empty `equals` is harmless (the admin's filter row before a value is picked); an empty list item is not.
      if (ID_OPERATORS.has(operator) && !operandList(operand).every((v) => isNumericId(v) && !(list && (v === '' || v === undefined)))) refuse(req, 'invalidValue', path)
    }
  }
  // (b) no relation paths in where/sort/distinct field, for API callers and for users — admins
  // included: nothing of ours needs them, and Payload answers some of them with a 500.
  if (relationPathsRefused) {
    for (const { path } of paths) if (resolveInCollection(collection, path).traverses) refuse(req, 'relationPath', path)
    for (const path of sorts) if (resolveInCollection(collection, path).traverses) refuse(req, 'relationPath', path)
  }
}

type JoinArgs = Record<string, { where?: Where; sort?: string | string[]; limit?: number; count?: boolean } | false | undefined>

export const guardReads: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (!['read', 'count', 'countVersions', 'readDistinct'].includes(operation)) return args
  const a = args as ReadArgs & { joins?: JoinArgs | false }
  // REST passes no overrideAccess (undefined = access applies); the Local API defaults it to true.
  if (overrideAccess ?? a.overrideAccess) return args
  const user = req.user
  const external = req.payloadAPI !== 'local'
  const relationPathsRefused = external || Boolean(user)
  checkQuery(req, collection, a.where, [...sortPaths(a.sort), ...(typeof a.field === 'string' ? [a.field] : [])], relationPathsRefused)

  // Joins (`joins[field][where]`, `joins[field][sort]`): the same rules, on the joined collection.
  const joins = a.joins && typeof a.joins === 'object' ? Object.entries(a.joins) : []
  for (const [path, join] of joins) {
    if (!join || typeof join !== 'object') continue
    const field = joinField(collection, path)
    if (!field) {
      // Payload ignores an unknown join; a filter on one is refused rather than guessed at.
      if (join.where || join.sort) refuse(req, 'invalidValue', path)
      continue
    }
    for (const slug of field.collections) {
      const joined = req.payload.collections[slug as CollectionSlug]?.config
      if (joined) checkQuery(req, joined, join.where, sortPaths(join.sort), relationPathsRefused)
    }
  }

  if (isAdmin(user)) return args
  const staff = agencyIdsWithRole(user).length > 0

  // (a) drafts exist for agency members only — and, in the marketplace's collections, for the
  // business that owns them (those collections' read rules give a business its own rows only).
  const ownDrafts = businessId(user) !== null && Boolean((collection.custom as { businessOwned?: boolean } | undefined)?.businessOwned)
  if (a.draft && !staff && !ownDrafts) a.draft = false

  // (7) bounded lists for API callers. Not for the reads Payload makes inside the request
  // (populating relations at depth, checking a field's options): those pass `currentDepth` or
  // `disableErrors`, and ask for exactly the ids they need.
  const nested = Boolean(a.currentDepth) || a.disableErrors === true
  if (external && !nested && operation === 'read') {
    if (a.pagination === false && !staff) refuse(req, 'pagination')
    if (a.limit !== undefined && a.limit !== null) {
      const n = Number(a.limit)
      if (!Number.isFinite(n) || n <= 0 || n > MAX_LIST_LIMIT) a.limit = MAX_LIST_LIMIT
    } else if (a.pagination === false) a.limit = MAX_LIST_LIMIT
    // A join lists at most as many as a list does (`limit=0` would be all of them).
    for (const [, join] of joins) {
      if (!join || typeof join !== 'object' || join.limit === undefined || join.limit === null) continue
      const n = Number(join.limit)
      if (!Number.isFinite(n) || n <= 0 || n > MAX_LIST_LIMIT) join.limit = MAX_LIST_LIMIT
    }
  }
  return a as typeof args
}

/**
 * Wires {@link guardReads} first on every collection of the config, and — at init, when Payload
 * has added its own collections (`payload-locked-documents`, `payload-preferences`, `payload-jobs`,
 * `payload-kv`…, which a plugin never sees) — on those too.
 */
export const queryGuard: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeOperation: [guardReads, ...(c.hooks?.beforeOperation ?? [])] },
  })),
  onInit: async (payload) => {
    for (const { config: c } of Object.values(payload.collections)) {
      const hooks = (c.hooks.beforeOperation ??= [])
      if (!hooks.includes(guardReads)) hooks.unshift(guardReads)
    }
    await config.onInit?.(payload)
  },
})
