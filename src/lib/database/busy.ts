import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * A busy database, told apart from a broken one ("a busy or lost database loses
 * nothing"). No Payload or adapter import here: this module only reads error shapes, so the
 * enquiry path, the REST error hook and the health check can all ask the same question.
 *
 * - SQLite (libsql): `SQLITE_BUSY` / `SQLITE_LOCKED` and their extended codes (another process
 *   holds the write lock, a WAL recovery, a stale snapshot). Retried without blocking the event
 *   loop by `src/lib/database/sqlite.ts`; what reaches here has outlived its wait.
 * - MongoDB: the driver's transient classes (no server selectable, network errors, a stepped-down
 *   primary, write conflicts, errors labelled retryable/transient).
 *
 * Drizzle wraps driver errors (`DrizzleQueryError`) and Payload sometimes wraps again, so the
 * `cause` chain is walked.
 */

/** Seconds a refused client is told to wait (`Retry-After`). */
export const BUSY_RETRY_AFTER_SECONDS = 5

/** Thrown when a statement still finds the database locked after its whole wait budget. */
export class DatabaseBusyError extends Error {
  readonly waitedMs: number
  constructor(waitedMs: number, cause?: unknown) {
    super(`database busy: still locked after ${waitedMs} ms`, { cause })
    this.name = 'DatabaseBusyError'
    this.waitedMs = waitedMs
  }
}

const SQLITE_BUSY = 5
const SQLITE_LOCKED = 6
const SQLITE_MESSAGE = /\b(SQLITE_BUSY|SQLITE_LOCKED)\b|database (table )?is locked/i

const MONGO_TRANSIENT_NAMES = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoTopologyClosedError',
  'MongoNotConnectedError',
  'MongoPoolClearedError',
  'MongoWaitQueueTimeoutError',
])
/** Server error codes that mean "try again": write conflict, primary gone or stepping down, timeouts. */
const MONGO_TRANSIENT_CODES = new Set([6, 7, 50, 89, 91, 112, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436])
const MONGO_TRANSIENT_LABELS = ['TransientTransactionError', 'RetryableWriteError', 'ResetPool']

interface ErrorShape {
  name?: unknown
  code?: unknown
  rawCode?: unknown
  message?: unknown
  cause?: unknown
  errorLabels?: unknown
  errorLabelSet?: unknown
}

function shape(error: unknown): ErrorShape | null {
  return typeof error === 'object' && error !== null ? (error as ErrorShape) : null
}

/** The SQLite lock errors a retry can outlive (another connection holds the lock). */
export function isSqliteLock(error: unknown): boolean {
  const e = shape(error)
  if (!e) return false
  if (typeof e.code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(e.code)) return true
  if (typeof e.rawCode === 'number' && [SQLITE_BUSY, SQLITE_LOCKED].includes(e.rawCode & 0xff)) return true
  return typeof e.message === 'string' && SQLITE_MESSAGE.test(e.message) && (typeof e.code === 'string' || e.name === 'LibsqlError' || e.name === 'SqliteError')
}

function labels(e: ErrorShape): string[] {
  if (Array.isArray(e.errorLabels)) return e.errorLabels.map(String)
  if (e.errorLabelSet instanceof Set) return [...e.errorLabelSet].map(String)
  return []
}

function isMongoTransient(e: ErrorShape): boolean {
  if (typeof e.name === 'string' && MONGO_TRANSIENT_NAMES.has(e.name)) return true
  if (labels(e).some((l) => MONGO_TRANSIENT_LABELS.includes(l))) return true
  return typeof e.name === 'string' && e.name.startsWith('Mongo') && typeof e.code === 'number' && MONGO_TRANSIENT_CODES.has(e.code)
}

/**
 * True when the error (or anything in its `cause` chain) says the database is busy or briefly
 * unreachable, i.e. the same request may well succeed in a few seconds. Constraint violations,
 * validation errors and programming errors are not busy.
 */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 8 && current; depth++) {
    if (current instanceof DatabaseBusyError) return true
    const e = shape(current)
    if (!e) return false
    if (isSqliteLock(e) || isMongoTransient(e)) return true
    current = e.cause
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// How long a statement may wait for a lock. The default suits an editor's save (it succeeds once a
// short lock clears); a public form runs its writes under a shorter budget so the visitor gets an
// answer within a second (`withBusyBudget`). Reads never wait in practice (WAL), writes wait here
// asynchronously — never inside the driver, which would freeze the whole process.

function envMs(name: string, fallback: number): number {
  const n = Number(process.env[name])
  return Number.isFinite(n) && n >= 0 ? n : fallback
}

/** Default wait budget for a locked statement (editors, jobs, scripts): DB_BUSY_WAIT_MS, 12 s. */
export function defaultBusyBudgetMs(): number {
  return envMs('DB_BUSY_WAIT_MS', 12_000)
}

/** Wait budget of public writes (forms): DB_BUSY_PUBLIC_WAIT_MS, 500 ms. */
export function publicBusyBudgetMs(): number {
  return envMs('DB_BUSY_PUBLIC_WAIT_MS', 500)
}

/**
 * Process-wide state lives on globalThis: Next.js bundles this module more than once (server
 * actions, route handlers, instrumentation), while one Payload instance, adapter and client serve
 * them all. A budget set by the enquiry action must be the one the client's retry reads — measured:
 * with a module-level AsyncLocalStorage the action's 500 ms budget was invisible to the client and
 * the form waited the full lock.
 */
interface SharedState {
  budget: AsyncLocalStorage<number>
  lastFailureAt: number | null
}
const SHARED = Symbol.for('hatinh.database.busy')
const shared: SharedState = ((globalThis as { [SHARED]?: SharedState })[SHARED] ??= { budget: new AsyncLocalStorage<number>(), lastFailureAt: null })
const budget = shared.budget

/** Runs `fn` with every locked statement inside it waiting at most `ms` before giving up. */
export function withBusyBudget<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  return budget.run(ms, fn)
}

/** The wait budget of the current async context. */
export function currentBusyBudgetMs(): number {
  return budget.getStore() ?? defaultBusyBudgetMs()
}

export interface RetryOptions {
  budgetMs?: number
  isRetryable?: (error: unknown) => boolean
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  /** Called before each wait (attempt number from 1, delay). */
  onRetry?: (attempt: number, delayMs: number, error: unknown) => void
}

const sleepMs = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Backoff before retry `attempt` (1-based): 5, 10, 20, 40, 80, 160 ms, then 200 ms, ±20 % jitter. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(200, 5 * 2 ** (attempt - 1))
  return Math.max(1, Math.round(base * (0.8 + 0.4 * random())))
}

/**
 * Runs `fn` until it succeeds, fails with something that is not a lock, or the budget is spent
 * (then `DatabaseBusyError`, whose `cause` is the last lock error). Waits with timers only, so the
 * event loop keeps serving other requests meanwhile. Safe for single autocommit statements and
 * for batches (libsql rolls a failed batch back before it throws).
 */
export async function retryWhileBusy<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { isRetryable = isSqliteLock, sleep = sleepMs, now = Date.now, onRetry } = options
  const budgetMs = options.budgetMs ?? currentBusyBudgetMs()
  const started = now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      if (!isRetryable(error)) throw error
      const elapsed = now() - started
      if (elapsed >= budgetMs) {
        noteWriteFailure()
        throw new DatabaseBusyError(elapsed, error)
      }
      const delay = Math.min(backoffMs(attempt), Math.max(1, budgetMs - elapsed))
      onRetry?.(attempt, delay, error)
      await sleep(delay)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The last time a write gave up (read by /api/health: a recent failure means "degraded").

/** Records that a write failed because the database was busy or unreachable. */
export function noteWriteFailure(at: number = Date.now()): void {
  shared.lastFailureAt = at
}

/** When a write last failed in this process (ms since epoch), or null. */
export function lastWriteFailureAt(): number | null {
  return shared.lastFailureAt
}
