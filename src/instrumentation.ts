/**
 * Runs once when the Next.js server starts. It initialises Payload with its crons so queued jobs
 * (scheduled publishing, …) run every minute in this process on a self-hosted server, even before
 * the first request arrives (see `jobs` in payload.config.ts). Skipped during `next build` and
 * when JOBS_AUTORUN=false (a separate worker runs `npx payload jobs:run --cron … --all-queues`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  if (process.env.JOBS_AUTORUN === 'false') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
