import type { Payload } from 'payload'

export interface Health {
  status: 'ok' | 'unavailable'
  database: 'reachable' | 'unreachable'
  latencyMs: number
}

/** One cheap read through the adapter; any failure means the database is not usable. */
export async function checkHealth(payload: Payload, timeoutMs = 3000): Promise<Health> {
  const started = Date.now()
  try {
    await Promise.race([
      payload.count({ collection: 'agencies', overrideAccess: true }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ])
    return { status: 'ok', database: 'reachable', latencyMs: Date.now() - started }
  } catch {
    return { status: 'unavailable', database: 'unreachable', latencyMs: Date.now() - started }
  }
}

