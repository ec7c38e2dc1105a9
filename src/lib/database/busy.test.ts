import { describe, expect, it } from 'vitest'
import { backoffMs, currentBusyBudgetMs, DatabaseBusyError, isDatabaseBusy, isSqliteLock, lastWriteFailureAt, retryWhileBusy, withBusyBudget } from './busy'

function err(props: Record<string, unknown>, message = 'x'): Error {
  return Object.assign(new Error(message), props)
}
const libsql = (code: string, rawCode: number, message: string) => err({ name: 'LibsqlError', code, rawCode }, message)
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: insert into "enquiries" …', { cause }), { name: 'DrizzleQueryError' })

describe('isDatabaseBusy', () => {
  const busy: [string, unknown][] = [
    ['libsql SQLITE_BUSY', libsql('SQLITE_BUSY', 5, 'SQLITE_BUSY: database is locked')],
    ['libsql SQLITE_BUSY_SNAPSHOT', libsql('SQLITE_BUSY_SNAPSHOT', 517, 'SQLITE_BUSY_SNAPSHOT: database is locked')],
    ['libsql SQLITE_BUSY_RECOVERY', libsql('SQLITE_BUSY_RECOVERY', 261, 'database is locked')],
    ['libsql SQLITE_LOCKED', libsql('SQLITE_LOCKED', 6, 'database table is locked')],
    ['raw code only', err({ rawCode: 5 })],
    ['drizzle-wrapped lock', wrapped(libsql('SQLITE_BUSY', 5, 'SQLITE_BUSY: database is locked'))],
    ['twice wrapped lock', new Error('outer', { cause: wrapped(libsql('SQLITE_BUSY', 5, 'database is locked')) })],
    ['our own budget error', new DatabaseBusyError(500)],
    ['wrapped budget error', wrapped(new DatabaseBusyError(500))],
    ['MongoServerSelectionError', err({ name: 'MongoServerSelectionError' }, 'Server selection timed out after 5000 ms')],
    ['MongooseServerSelectionError', err({ name: 'MongooseServerSelectionError' })],
    ['MongoNetworkError', err({ name: 'MongoNetworkError' }, 'connection reset')],
    ['Mongo write conflict (112)', err({ name: 'MongoServerError', code: 112 }, 'WriteConflict')],
    ['Mongo primary stepped down (189)', err({ name: 'MongoServerError', code: 189 })],
    ['Mongo not writable primary (10107)', err({ name: 'MongoServerError', code: 10107 })],
    ['Mongo labelled transient', err({ name: 'MongoServerError', code: 251, errorLabels: ['TransientTransactionError'] })],
    ['Mongo labelled retryable (Set)', err({ name: 'MongoServerError', code: 1, errorLabelSet: new Set(['RetryableWriteError']) })],
  ]
  const notBusy: [string, unknown][] = [
    ['unique constraint', libsql('SQLITE_CONSTRAINT_UNIQUE', 2067, 'UNIQUE constraint failed: news.slug')],
    ['no such table', libsql('SQLITE_ERROR', 1, 'no such table: x')],
    ['wrapped constraint', wrapped(libsql('SQLITE_CONSTRAINT', 19, 'FOREIGN KEY constraint failed'))],
    ['validation error', err({ name: 'ValidationError', status: 400 }, 'The following field is invalid: title')],
    ['Mongo duplicate key (11000)', err({ name: 'MongoServerError', code: 11000 }, 'E11000 duplicate key')],
    ['a plain error mentioning a lock', new Error('the database is locked by policy')],
    ['a TypeError', new TypeError('cannot read properties of undefined')],
    ['a string', 'SQLITE_BUSY'],
    ['null', null],
    ['undefined', undefined],
  ]
  it.each(busy)('%s → busy', (_, e) => expect(isDatabaseBusy(e)).toBe(true))
  it.each(notBusy)('%s → not busy', (_, e) => expect(isDatabaseBusy(e)).toBe(false))

  it('only SQLite locks are retried inside the client (Mongo errors are answered, not retried)', () => {
    expect(isSqliteLock(libsql('SQLITE_BUSY', 5, 'database is locked'))).toBe(true)
    expect(isSqliteLock(err({ name: 'MongoNetworkError' }))).toBe(false)
  })

  it('a self-referencing cause chain ends', () => {
    const e = new Error('loop') as Error & { cause?: unknown }
    e.cause = e
    expect(isDatabaseBusy(e)).toBe(false)
  })
})

describe('backoffMs', () => {
  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [4, 40],
    [6, 160],
    [7, 200],
    [30, 200],
  ])('attempt %i waits about %i ms', (attempt, base) => {
    expect(backoffMs(attempt, () => 0.5)).toBe(base)
    expect(backoffMs(attempt, () => 0)).toBeGreaterThanOrEqual(Math.round(base * 0.8))
    expect(backoffMs(attempt, () => 0.999)).toBeLessThanOrEqual(Math.round(base * 1.2))
  })
})

/** A fake clock: sleep advances time, so budgets are exact and the test takes no time. */
function fakeClock() {
  let t = 0
  const slept: number[] = []
  return { now: () => t, sleep: async (ms: number) => void (slept.push(ms), (t += ms)), slept }
}
const locked = () => libsql('SQLITE_BUSY', 5, 'SQLITE_BUSY: database is locked')

describe('retryWhileBusy', () => {
  it('returns at once when the statement succeeds', async () => {
    const clock = fakeClock()
    expect(await retryWhileBusy(async () => 42, { ...clock, budgetMs: 1000 })).toBe(42)
    expect(clock.slept).toEqual([])
  })

  it('retries a locked statement until the lock clears', async () => {
    const clock = fakeClock()
    let calls = 0
    const result = await retryWhileBusy(
      async () => {
        calls++
        if (clock.now() < 300) throw locked()
        return 'saved'
      },
      { ...clock, budgetMs: 1000 },
    )
    expect(result).toBe('saved')
    expect(calls).toBeGreaterThan(3)
    expect(clock.now()).toBeGreaterThanOrEqual(300)
    expect(clock.now()).toBeLessThan(600)
  })

  it('gives up with DatabaseBusyError (cause: the lock) when the budget is spent, and notes the failure', async () => {
    const clock = fakeClock()
    const before = Date.now()
    const failure = await retryWhileBusy(
      async () => {
        throw locked()
      },
      { ...clock, budgetMs: 500 },
    ).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(DatabaseBusyError)
    expect((failure as DatabaseBusyError).cause).toMatchObject({ code: 'SQLITE_BUSY' })
    expect(isDatabaseBusy(failure)).toBe(true)
    expect(clock.now()).toBe(500) // never sleeps past the budget
    expect(lastWriteFailureAt()).toBeGreaterThanOrEqual(before)
  })

  it('does not retry other errors', async () => {
    const clock = fakeClock()
    let calls = 0
    const unique = libsql('SQLITE_CONSTRAINT_UNIQUE', 2067, 'UNIQUE constraint failed')
    await expect(
      retryWhileBusy(
        async () => {
          calls++
          throw unique
        },
        { ...clock, budgetMs: 1000 },
      ),
    ).rejects.toBe(unique)
    expect(calls).toBe(1)
  })

  it('a zero budget tries once', async () => {
    const clock = fakeClock()
    let calls = 0
    await expect(
      retryWhileBusy(
        async () => {
          calls++
          throw locked()
        },
        { ...clock, budgetMs: 0 },
      ),
    ).rejects.toBeInstanceOf(DatabaseBusyError)
    expect(calls).toBe(1)
  })

  it('takes its budget from withBusyBudget, across awaits', async () => {
    expect(currentBusyBudgetMs()).toBe(12_000)
    const seen = await withBusyBudget(250, async () => {
      await new Promise((r) => setTimeout(r, 1))
      return currentBusyBudgetMs()
    })
    expect(seen).toBe(250)
    expect(currentBusyBudgetMs()).toBe(12_000)
  })

  it('waits with timers, so the event loop keeps running (real clock)', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    const started = Date.now()
    await retryWhileBusy(
      async () => {
        if (Date.now() - started < 150) throw locked()
        return true
      },
      { budgetMs: 2000 },
    )
    clearInterval(timer)
    // A blocking wait lets no timer fire at all; timers between retries (5, 10, 20, 40, 80 ms) let the
    // interval run at each of them. Not "> 10": a loaded machine (CI once) stretches 5 ms ticks.
    expect(ticks).toBeGreaterThan(2)
  })
})
