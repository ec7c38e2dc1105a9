import type { TaskConfig } from 'payload'
import { recomputeTransparency } from './compute'

export const TRANSPARENCY_QUEUE = 'transparency'

type RecomputeIO = { input: Record<string, never>; output: { created: number; updated: number; kept: number; criteriaVersion: string } }

/**
 * Daily scoring run. The schedule only queues the job; `jobs.autoRun` (payload.config.ts) runs the
 * `transparency` queue. 19:00 UTC is 02:00 in Hà Tĩnh (UTC+7); cron times are the server's.
 */
export const recomputeTask: TaskConfig<RecomputeIO> = {
  slug: 'transparency-recompute',
  label: 'Transparency: recompute snapshots',
  retries: 2,
  schedule: [{ cron: '0 0 19 * * *', queue: TRANSPARENCY_QUEUE }],
  outputSchema: [
    { name: 'created', type: 'number', required: true },
    { name: 'updated', type: 'number', required: true },
    { name: 'kept', type: 'number', required: true },
    { name: 'criteriaVersion', type: 'text', required: true },
  ],
  handler: async ({ req }) => {
    const r = await recomputeTransparency(req.payload, { req })
    return { output: { created: r.created, updated: r.updated, kept: r.kept, criteriaVersion: r.criteriaVersion } }
  },
}

/** `jobs.autoRun` entry for the transparency queue (checks the schedule every 10 minutes). */
export const transparencyAutoRun = { cron: '0 */10 * * * *', queue: TRANSPARENCY_QUEUE, limit: 1 }
