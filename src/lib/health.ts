import type { Payload } from 'payload'
import { isDatabaseBusy, lastWriteFailureAt, noteWriteFailure, withBusyBudget } from '@/lib/database/busy'

/**
 * `/api/health` tells reads from writes:
 *
 * - `read`: one cheap count through the adapter, every call (timeout 3 s).
 * - `write`: a tiny upsert of one key in Payload's own `payload-kv` collection (both adapters),
 *   at most once per HEALTH_WRITE_PROBE_S seconds (default 10) per process, waiting at most 1 s for
 *   a lock; between probes the last result is reused. A write that failed on a busy database
 *   anywhere in the process after the last probe (src/lib/database/busy.ts `noteWriteFailure`)
 *   also counts as failing until a later probe succeeds.
 *
 * status: `ok` (both answer), `degraded` (reads answer, writes do not), `down` (reads fail).
 * HTTP (route): 200 for ok and degraded — a load balancer keeps serving readers while writes are
 * refused, since every instance shares the one database; 503 for down. `?strict` answers 503 for
 * degraded too, for monitors that page an operator.
 */
export interface Health {
  status: 'ok' | 'degraded' | 'down'
  /** Kept for existing clients: whether reads answer. */
  database: 'reachable' | 'unreachable'
  latencyMs: number
  read: { status: 'ok' | 'failing'; latencyMs: number }
  write: { status: 'ok' | 'failing' | 'unknown'; checkedAt: string | null; lastFailureAt: string | null; latencyMs: number | null }
}

export const WRITE_PROBE_KEY = 'health:write-probe'

interface ProbeState {
  at: number
  ok: boolean
  latencyMs: number
}

const probes = new WeakMap<Payload, ProbeState>()
const pending = new WeakMap<Payload, Promise<ProbeState>>()

function probeIntervalMs(): number {
  const s = Number(process.env.HEALTH_WRITE_PROBE_S)
  return (Number.isFinite(s) && s >= 0 ? s : 10) * 1000
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref?.())
}

async function probeWrite(payload: Payload, timeoutMs: number): Promise<ProbeState> {
  const started = Date.now()
  try {
    await Promise.race([withBusyBudget(1000, () => payload.kv.set(WRITE_PROBE_KEY, { at: new Date(started).toISOString() })), timeout(timeoutMs)])
    return { at: started, ok: true, latencyMs: Date.now() - started }
  } catch (error) {
    // A busy lock already noted itself; a timeout or another failure is noted here.
    if (!isDatabaseBusy(error)) noteWriteFailure(started)
    return { at: started, ok: false, latencyMs: Date.now() - started }
  }
}

/** The write probe, run at most once per interval per Payload instance (concurrent calls share one). */
async function writeState(payload: Payload, timeoutMs: number, force: boolean): Promise<ProbeState> {
  const last = probes.get(payload)
  if (!force && last && Date.now() - last.at < probeIntervalMs()) return last
  let running = pending.get(payload)
  if (!running) {
    running = probeWrite(payload, timeoutMs).then((state) => {
      probes.set(payload, state)
      pending.delete(payload)
      return state
    })
    pending.set(payload, running)
  }
  return running
}

const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : null)

export async function checkHealth(payload: Payload, timeoutMs = 3000, options: { forceWriteProbe?: boolean } = {}): Promise<Health> {
  const started = Date.now()
  let readOk = true
  try {
    await Promise.race([payload.count({ collection: 'agencies', overrideAccess: true }), timeout(timeoutMs)])
  } catch {
    readOk = false
  }
  const readLatency = Date.now() - started
  if (!readOk) {
    return {
      status: 'down',
      database: 'unreachable',
      latencyMs: readLatency,
      read: { status: 'failing', latencyMs: readLatency },
      write: { status: 'unknown', checkedAt: iso(probes.get(payload)?.at), lastFailureAt: iso(lastWriteFailureAt()), latencyMs: null },
    }
  }
  const probe = await writeState(payload, Math.min(timeoutMs, 2000), options.forceWriteProbe ?? false)
  const failedAt = lastWriteFailureAt()
  const writeOk = probe.ok && (failedAt === null || failedAt < probe.at)
  return {
    status: writeOk ? 'ok' : 'degraded',
    database: 'reachable',
    latencyMs: Date.now() - started,
    read: { status: 'ok', latencyMs: readLatency },
    write: { status: writeOk ? 'ok' : 'failing', checkedAt: iso(probe.at), lastFailureAt: iso(failedAt), latencyMs: probe.latencyMs },
  }
}
