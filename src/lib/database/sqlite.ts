import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'
import { isSqliteLock, retryWhileBusy } from './busy'

/**
 * The SQLite-specific half of "a busy database loses nothing" (the other half, classification and
 * the wait budget, is adapter-free in ./busy.ts).
 *
 * Measured here (libsql 0.4 / @libsql/client 0.14, Node 20): the local driver is synchronous and
 * the client has ONE connection. With another process holding the write lock, an INSERT waits
 * inside the native call for the whole `busy_timeout` (5 s in payload.config.ts): the event loop is
 * frozen for those 5 s, so even cached pages and /api/health stall, and every later query of the
 * process queues behind it. Reads themselves are not blocked by the lock (WAL mode).
 *
 * So, once Payload has connected (migrations and the dev push keep the patient timeout), the
 * connection's `busy_timeout` is set to 0 — a locked statement fails at once with SQLITE_BUSY
 * instead of sleeping in the driver — and the client's `execute` and `batch` are retried with
 * timer-based backoff (./busy.ts `retryWhileBusy`) within the current wait budget. Between
 * attempts the process keeps serving reads on the same connection. Retrying is safe: a statement
 * refused with SQLITE_BUSY in autocommit mode wrote nothing, and a refused batch is rolled back by
 * the client before it throws. Payload's SQLite adapter runs without transactions here (no
 * `transactionOptions`), and `client.transaction()` is never used (see src/search/sqlite-fts.ts).
 */

const PATCHED = Symbol.for('hatinh.retryWhenBusy')

type Patchable = Client & { [PATCHED]?: true }

/**
 * A statement refused with SQLITE_BUSY is left un-reset by libsql-js (there is no `reset()` in its
 * API, and the refused statement is only finalized when garbage-collected). Until then it keeps the
 * connection's implicit read transaction open: every later write of the process runs inside it,
 * answers 200, reads back on this connection — and is never committed (measured: another connection
 * never saw it, and the other process could not take the write lock). `BEGIN IMMEDIATE` refused the
 * same way leaves the same state; `exec` (executeMultiple) does not, but it rolls back anything it
 * opens, so it cannot hold a lock for a following statement.
 *
 * The repair: hand the stuck connection to a transaction object — `client.transaction()` detaches
 * the client's connection and the client opens a fresh one on its next call — roll it back, and
 * apply the per-connection settings again on the fresh connection. Checked by
 * src/__tests__/busy-database.test.ts ("nothing answered 200 under the lock is lost").
 */
async function releaseStuckConnection(client: Client, execute: Client['execute'], transaction: Client['transaction'], settings: readonly string[]): Promise<void> {
  try {
    const detached = await transaction('deferred')
    detached.close()
  } catch {
    // The connection was not stuck in a way BEGIN minds (or is already gone): nothing to detach.
  }
  for (const pragma of settings) await execute(pragma)
  void client
}

/** Makes a libsql client retry locked statements asynchronously (idempotent). */
export async function makeClientPatient(client: Client): Promise<Client> {
  const c = client as Patchable
  if (c[PATCHED]) return client
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const transaction = client.transaction.bind(client)
  // Per-connection settings a fresh connection must get again (journal mode is the file's own).
  const synchronous = Number((await execute('PRAGMA synchronous')).rows[0]?.[0] ?? 1)
  const settings = ['PRAGMA busy_timeout = 0', `PRAGMA synchronous = ${Number.isInteger(synchronous) ? synchronous : 1}`]
  for (const pragma of settings) await execute(pragma)
  const attempt = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      if (isSqliteLock(error)) await releaseStuckConnection(client, execute, transaction, settings)
      throw error
    }
  }
  c.execute = ((...args: Parameters<Client['execute']>) => retryWhileBusy(() => attempt(() => execute(...args)))) as Client['execute']
  c.batch = ((...args: Parameters<Client['batch']>) => retryWhileBusy(() => attempt(() => batch(...args)))) as Client['batch']
  c[PATCHED] = true
  return client
}

interface ConnectingAdapter {
  client?: Client
  connect?: (options?: { hotReload?: boolean }) => Promise<void>
}

/**
 * Wraps the SQLite adapter so that its client becomes patient right after it connects (on by
 * default; `DB_BUSY_RETRY=off` keeps the driver's own blocking wait, for diagnosis only).
 */
export function retryWhenBusy<T extends DatabaseAdapterObj>(adapterObj: T): T {
  if (process.env.DB_BUSY_RETRY === 'off') return adapterObj
  return {
    ...adapterObj,
    init: (args: Parameters<T['init']>[0]) => {
      const adapter = adapterObj.init(args) as ReturnType<T['init']> & ConnectingAdapter
      const connect = adapter.connect
      if (typeof connect === 'function') {
        adapter.connect = async function patientConnect(this: ConnectingAdapter, options) {
          await connect.call(this, options)
          if (this.client) await makeClientPatient(this.client)
        }
      }
      return adapter
    },
  }
}
