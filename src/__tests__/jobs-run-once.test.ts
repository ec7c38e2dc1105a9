import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BasePayload } from 'payload'
import { bootPayload, type TestPayload } from './helpers/payload'
import { createFixtures, type Fixtures } from './helpers/fixtures'

/**
 * "A scheduled job runs once" with several app instances on one database (README "Production
 * topology"): two Payload instances — each with its own database connection, as two `next start`
 * processes have — share one SQLite file. Scheduled publishes are queued once; both instances then
 * run the queue at the same moment, as two runners would. Every document is published exactly once
 * (one published version, one change-log entry), and a second round finds nothing left to run.
 */
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const
const JOBS = 6

let t: TestPayload
let second: BasePayload
let f: Fixtures

beforeAll(async () => {
  t = await bootPayload('jobs-run-once')
  f = await createFixtures(t.payload)
  // A second instance on the same file: its own adapter and connection (not getPayload's cache).
  second = await new BasePayload().init({ config: t.config })
}, 120_000)

afterAll(async () => {
  await second?.destroy()
  await t?.cleanup()
})

describe('scheduled jobs with two instances on one database', () => {
  it('the second instance sees the first one’s data (one shared database)', async () => {
    const seen = await second.findByID({ collection: 'news', id: f.news.publishedA, ...SYSTEM })
    expect(seen.id).toBe(f.news.publishedA)
  })

  it('each scheduled publish runs once when both instances run the queue at once', async () => {
    const ids: (number | string)[] = []
    for (let i = 0; i < JOBS; i++) {
      const draft = await t.payload.create({
        collection: 'news',
        data: { title: `Tin hẹn giờ ${i}`, slug: `tin-hen-gio-${i}`, agency: f.agencyA, _status: 'draft' },
        draft: true,
        locale: 'vi',
        ...SYSTEM,
      })
      ids.push(draft.id)
      await t.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
        waitUntil: new Date(Date.now() - 1000),
      })
    }
    await Promise.all([t.payload.jobs.run({ limit: 20 }), second.jobs.run({ limit: 20 })])

    for (const id of ids) {
      const doc = await t.payload.findByID({ collection: 'news', id, ...SYSTEM })
      expect(doc._status).toBe('published')
      const published = await t.payload.countVersions({
        collection: 'news',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
        ...SYSTEM,
      })
      expect(published.totalDocs, `published versions of news ${id}`).toBe(1)
    }
    const left = await t.payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } }, ...SYSTEM })
    expect(left.totalDocs).toBe(0)
    // Nothing is run again by either instance.
    const again = await Promise.all([t.payload.jobs.run(), second.jobs.run()])
    expect(again.every((r) => r.noJobsRemaining !== false)).toBe(true)
  })
})
