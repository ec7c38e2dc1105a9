import { describe, expect, it } from 'vitest'

/**
 * With the production database unreachable, /api/health must answer 503 quickly rather than
 * hang on the MongoDB driver's default 30 s server selection.
 */
describe('GET /api/health with the database down', () => {
  it('answers 503 within a few seconds', async () => {
    process.env.DATABASE_URL = 'mongodb://127.0.0.1:9/hatinh-unreachable'
    process.env.MONGODB_TIMEOUT_MS = '500'
    process.env.PAYLOAD_SECRET = 'test-secret'
    const { GET } = await import('@/app/(payload)/api/health/route')
    const started = Date.now()
    const res = await GET()
    expect(res.status).toBe(503)
    expect(await res.json()).toMatchObject({ status: 'down', database: 'unreachable', read: { status: 'failing' } })
    // Far below the driver default (30 s); generous for a loaded 2-core CI machine.
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
