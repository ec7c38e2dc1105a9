import { describe, expect, it } from 'vitest'
import { databaseAdapter } from '../../payload.config'

describe('database chosen by DATABASE_URL', () => {
  it.each([
    [undefined, 'sqlite'],
    ['file:./data/other.db', 'sqlite'],
    ['mongodb://127.0.0.1:27017/hatinh', 'mongoose'],
    ['mongodb+srv://cluster.example/hatinh', 'mongoose'],
  ])('%s → %s', (url, name) => {
    expect(databaseAdapter(url).name).toBe(name)
  })
})
