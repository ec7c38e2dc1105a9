import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'
import { retryWhileBusy } from './busy'

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

/** Makes a libsql client retry locked statements asynchronously (idempotent). */
export async function makeClientPatient(client: Client): Promise<Client> {
  const c = client as Patchable
  if (c[PATCHED]) return client
  await client.execute('PRAGMA busy_timeout = 0')
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  c.execute = ((...args: Parameters<Client['execute']>) => retryWhileBusy(() => execute(...args))) as Client['execute']
  c.batch = ((...args: Parameters<Client['batch']>) => retryWhileBusy(() => batch(...args))) as Client['batch']
  c[PATCHED] = true
  return client
}

interface ConnectingAdapter {
  client?: Client
  connect?: (options?: { hotReload?: boolean }) => Promise<void>
}

/**
 * Wraps the SQLite adapter so that its client becomes patient right after it connects — ONLY with
 * DB_BUSY_RETRY=async, off by default because of an open defect:
 *
 * KNOWN DEFECT (issue 11, found 2026-12-03): after a statement fails with SQLITE_BUSY, libsql-js
 * does not reset it; the dangling statement keeps the single connection's implicit transaction
 * open, so later writes of the process run inside it (they answer 200 and read back) but are not
 * committed, other processes cannot take the write lock (the lock holder waited > 10 s), and the
 * writes can be rolled back when the statement is finally collected. Seen: a draft save answered
 * 200 and missing afterwards; a login whose session row vanished (403 on the next request).
 * A fix must not leave a failed statement on the connection (e.g. probe the lock with
 * sqlite3_exec, which finalizes, or reopen the connection after BUSY) before this is enabled.
 */
export function retryWhenBusy<T extends DatabaseAdapterObj>(adapterObj: T): T {
  if (process.env.DB_BUSY_RETRY !== 'async') return adapterObj
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
