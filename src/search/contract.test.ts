import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { searchContract } from './contract'
import { createMongoSearchIndex } from './mongo-text'
import { createSqliteSearchIndex } from './sqlite-fts'

searchContract({
  name: 'SQLite FTS5',
  open: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'search-contract-'))
    const client = createClient({ url: 'file:' + path.join(dir, 'search.db') })
    const index = createSqliteSearchIndex(client)
    await index.init()
    return {
      index,
      close: async () => {
        client.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
})

// MongoDB when a server is given (`MONGODB_URL=… npm run test:mongo`): none can be installed here.
if (process.env.MONGODB_URL) {
  searchContract({
    name: 'MongoDB text index',
    open: async () => {
      const { MongoClient } = await import('mongodb')
      const client = await MongoClient.connect(process.env.MONGODB_URL!, { serverSelectionTimeoutMS: 5000 })
      const db = client.db(`hatinh-search-contract-${process.pid}-${Date.now()}`)
      const index = createMongoSearchIndex(db)
      await index.init()
      return {
        index,
        close: async () => {
          await db.dropDatabase()
          await client.close()
        },
      }
    },
  })
}
