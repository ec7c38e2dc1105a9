/** Loads the demo content (idempotent). Only the demo/seed command calls this. */
import { getPayload } from 'payload'
import config from '../payload.config'
import { seed } from '../src/seed'

const payload = await getPayload({ config })
try {
  const report = await seed(payload, (m) => console.log(`[seed] ${m}`))
  console.log(`[seed] done: ${JSON.stringify(report)}`)
} finally {
  await payload.destroy()
}
process.exit(0)
