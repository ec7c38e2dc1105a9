import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFloors, compareVersions, inconsistentRows, unmatchedRows, type FloorTable, type LockPackages } from './versionFloors'

const root = path.resolve(import.meta.dirname, '../../..')
const table = JSON.parse(readFileSync(path.join(root, 'scripts/version-floors.json'), 'utf8')) as FloorTable
const lock = (JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: LockPackages }).packages

describe('compareVersions', () => {
  it.each([
    ['16.4.6', '16.1.5', 1],
    ['16.1.5', '16.1.5', 0],
    ['16.0.10', '16.0.9', 1],
    ['3.89.9', '3.90.0', -1],
    ['3.90.0-canary.1', '3.90.0', -1],
    ['19.3.1', '19.2.4', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})

describe('the version-floor table', () => {
  it('every row names advisories, and no floor is below its own fixed versions', () => {
    expect(inconsistentRows(table)).toEqual([])
  })
  it('every row matches a package in the lock file', () => {
    expect(unmatchedRows(table, lock)).toEqual([])
  })
  it('covers payload, every @payloadcms package, next, react and react-dom', () => {
    const names = table.floors.map((r) => r.package)
    for (const n of ['payload', '@payloadcms/*', 'next', 'react', 'react-dom']) expect(names).toContain(n)
  })
  it('the lock file satisfies every floor', () => {
    expect(checkFloors(table, lock)).toEqual([])
  })
})

describe('checkFloors', () => {
  it('reports a copy below its floor, nested copies and scope wildcards included', () => {
    const fake: LockPackages = {
      '': { version: '0.1.0' },
      'node_modules/next': { version: '16.0.6' },
      'node_modules/payload': { version: '3.90.1' },
      'node_modules/@payloadcms/ui': { version: '3.88.0' },
      'node_modules/some-lib/node_modules/react': { version: '19.2.0' },
    }
    const found = checkFloors(table, fake).map((v) => `${v.path}@${v.version}<${v.floor}`)
    expect(found).toContain('node_modules/next@16.0.6<16.1.5')
    expect(found).toContain('node_modules/@payloadcms/ui@3.88.0<3.90.0')
    expect(found).toContain('node_modules/some-lib/node_modules/react@19.2.0<19.2.4')
    expect(found.some((f) => f.startsWith('node_modules/payload@'))).toBe(false)
  })
  it('treats an unreadable version as below the floor', () => {
    expect(checkFloors(table, { 'node_modules/next': { version: 'latest' } })).toHaveLength(1)
  })
})
