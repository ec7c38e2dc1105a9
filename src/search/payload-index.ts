import type { Client } from '@libsql/client'
import type { Db } from 'mongodb'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { createMongoSearchIndex } from './mongo-text'
import { createSqliteSearchIndex } from './sqlite-fts'
import type { SearchIndex } from './types'

/**
 * The one place (besides payload.config.ts) that knows which database adapter runs: the search
 * index lives in Payload's own database, on Payload's own connection.
 *
 * - SQLite (`@payloadcms/db-sqlite`): FTS5 tables `search_docs`, `search_fts` (+ its shadow
 *   tables) and `search_terms` on `payload.db.client`. They are not part of Payload's schema:
 *   migrations are generated from the config (never from the database) and do not see them; a
 *   schema push (tests, PAYLOAD_DB_PUSH) runs at connect, before `init()` creates them, and a later
 *   push into a database that has them is filtered by `keepSearchTablesOnPush` (payload.config.ts).
 * - MongoDB (`@payloadcms/db-mongodb`): collections `search_docs` / `search_terms` with a text index
 *   on Payload's mongoose connection.
 *
 * Created and initialised (idempotently) once per Payload instance.
 */
const indexes = new WeakMap<Payload, Promise<SearchIndex>>()

export const SEARCH_TABLE_PREFIX = 'search'

export function getSearchIndex(payload: Payload): Promise<SearchIndex> {
  let pending = indexes.get(payload)
  if (!pending) {
    pending = open(payload)
    indexes.set(payload, pending)
    pending.catch(() => indexes.delete(payload))
  }
  return pending
}

async function open(payload: Payload): Promise<SearchIndex> {
  const db = payload.db as unknown as { name: string; client?: Client; connection?: { db?: Db } }
  let index: SearchIndex
  if (db.name === 'mongoose') {
    if (!db.connection?.db) throw new Error('search: the MongoDB connection is not open')
    index = createMongoSearchIndex(db.connection.db)
  } else if (db.name === 'sqlite') {
    if (!db.client) throw new Error('search: the SQLite client is not open')
    index = createSqliteSearchIndex(db.client, { tablePrefix: SEARCH_TABLE_PREFIX })
  } else {
    throw new Error(`search: unsupported database adapter "${db.name}"`)
  }
  await index.init()
  return index
}

/** Tables the SQLite index owns (FTS5 shadow tables included). */
export function isSearchTable(name: string): boolean {
  return new RegExp(`^${SEARCH_TABLE_PREFIX}_(docs|terms|fts)(_|$)`).test(name)
}

type PushResult = { hasDataLoss: boolean; warnings: string[]; statementsToExecute: string[]; apply: () => Promise<void> }
type DrizzleKit = { pushSchema: (...args: never[]) => Promise<PushResult> } & Record<string, unknown>

/**
 * Wraps the SQLite adapter so that a development schema push (drizzle-kit introspects the whole
 * database and would `DROP TABLE` every table it does not know, after an interactive data-loss
 * prompt) leaves the tables that live beside Payload's schema alone: the search tables here, the
 * rate limiter's (`src/lib/rateLimit/store.ts`) — any `isOwnTable`. Migrations are unaffected:
 * they are generated from the config's snapshot, not from the database. drizzle-kit's `apply()`
 * iterates the very array it returns as `statementsToExecute`, so it is filtered in place.
 */
export function keepTablesOnPush<T extends DatabaseAdapterObj>(adapterObj: T, ...isOwnTable: ((name: string) => boolean)[]): T {
  const owned = (name: string) => isOwnTable.some((own) => own(name))
  return {
    ...adapterObj,
    init: (args: Parameters<T['init']>[0]) => {
      const adapter = adapterObj.init(args) as ReturnType<T['init']> & { requireDrizzleKit?: () => DrizzleKit }
      const requireKit = adapter.requireDrizzleKit
      if (typeof requireKit === 'function') {
        adapter.requireDrizzleKit = () => {
          const kit = requireKit()
          return {
            ...kit,
            pushSchema: async (...pushArgs: never[]) => {
              const result = await kit.pushSchema(...pushArgs)
              return filterSearchStatements(result, owned)
            },
          }
        }
      }
      return adapter
    },
  }
}

/** `keepTablesOnPush` for the search tables alone. */
export function keepSearchTablesOnPush<T extends DatabaseAdapterObj>(adapterObj: T): T {
  return keepTablesOnPush(adapterObj, isSearchTable)
}

const NAME = /[A-Za-z0-9_]+/g

/** Drops push statements and warnings that touch an owned table (exported for tests). */
export function filterSearchStatements<R extends PushResult>(result: R, isOwnTable: (name: string) => boolean = isSearchTable): R {
  const touches = (s: string) => (s.match(NAME) ?? []).some(isOwnTable)
  const kept = result.statementsToExecute.filter((s) => !touches(s))
  result.statementsToExecute.splice(0, result.statementsToExecute.length, ...kept)
  const warnings = result.warnings.filter((w) => !touches(w))
  return { ...result, warnings, hasDataLoss: result.hasDataLoss && warnings.length > 0 }
}
