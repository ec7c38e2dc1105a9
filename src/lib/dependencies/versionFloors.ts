/**
 * Version floors for the packages that carry the security boundary (scripts/version-floors.json):
 * every copy of such a package that package-lock.json resolves must be at or above its floor.
 * Pure: the caller reads the files; `npm test` runs it through scripts/check-dependencies.ts.
 */
export interface Advisory {
  id: string
  cve?: string
  fixed: string
  summary: string
}

export interface FloorRow {
  /** A package name, or a scope wildcard such as `@payloadcms/*`. */
  package: string
  floor: string
  advisories: Advisory[]
}

export interface FloorTable {
  floors: FloorRow[]
}

/** The `packages` map of an npm v2/v3 lock file: install path → { version }. */
export type LockPackages = Record<string, { version?: string; link?: boolean } | undefined>

export interface FloorViolation {
  package: string
  path: string
  version: string
  floor: string
  advisories: string[]
}

interface Parsed {
  parts: [number, number, number]
  pre: string | null
}

function parse(version: string): Parsed | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version.trim())
  if (!m) return null
  return { parts: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ?? null }
}

/** Semantic-version order: negative when a < b. A pre-release sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const pa = parse(a)
  const pb = parse(b)
  if (!pa || !pb) throw new RangeError(`not a version: ${pa ? b : a}`)
  for (let i = 0; i < 3; i++) {
    const d = pa.parts[i]! - pb.parts[i]!
    if (d !== 0) return d
  }
  if (pa.pre === pb.pre) return 0
  if (pa.pre === null) return 1
  if (pb.pre === null) return -1
  return pa.pre < pb.pre ? -1 : 1
}

function nameFromPath(path: string): string | null {
  const i = path.lastIndexOf('node_modules/')
  return i === -1 ? null : path.slice(i + 'node_modules/'.length)
}

function matches(row: FloorRow, name: string): boolean {
  return row.package.endsWith('/*') ? name.startsWith(row.package.slice(0, -1)) : row.package === name
}

/** Every resolved copy below the floor of a row that names it (a version that cannot be read counts as below). */
export function checkFloors(table: FloorTable, lock: LockPackages): FloorViolation[] {
  const violations: FloorViolation[] = []
  for (const [path, entry] of Object.entries(lock)) {
    const name = nameFromPath(path)
    if (!name || !entry || entry.link) continue
    for (const row of table.floors) {
      if (!matches(row, name)) continue
      const version = entry.version ?? ''
      let below: boolean
      try {
        below = compareVersions(version, row.floor) < 0
      } catch {
        below = true
      }
      if (below) violations.push({ package: name, path, version: version || '(unknown)', floor: row.floor, advisories: row.advisories.map((a) => a.id) })
    }
  }
  return violations
}

/** Rows whose floor is below one of their own advisories' fixed versions (a mistake in the table). */
export function inconsistentRows(table: FloorTable): string[] {
  return table.floors.filter((row) => !row.advisories.length || row.advisories.some((a) => a.fixed.split('.')[0] === row.floor.split('.')[0] && compareVersions(row.floor, a.fixed) < 0)).map((row) => row.package)
}

/** Packages a row names that the lock file does not contain at all (a typo would silently check nothing). */
export function unmatchedRows(table: FloorTable, lock: LockPackages): string[] {
  const names = Object.keys(lock).map(nameFromPath).filter((n): n is string => Boolean(n))
  return table.floors.filter((row) => !names.some((n) => matches(row, n))).map((row) => row.package)
}
