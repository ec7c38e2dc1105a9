import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The layer rules in eslint.config.mjs (eslint-plugin-boundaries, run by `npm run lint`) fail on
 * a deliberate violation: each case writes a throw-away file into a layer, lints it with the
 * project's own config and expects the boundaries error (and none for the allowed import).
 */
const ROOT = process.cwd()
const made: string[] = []
const eslint = new ESLint({ cwd: ROOT })

async function lintIn(layer: string, source: string, name = 'probe.ts') {
  const dir = mkdtempSync(path.join(ROOT, 'src', layer, '__boundaries-'))
  made.push(dir)
  const file = path.join(dir, name)
  writeFileSync(file, source)
  const [result] = await eslint.lintFiles([file])
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message)
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

describe('layer boundaries (eslint-plugin-boundaries)', { timeout: 60_000 }, () => {
  it.each([
    ['domain', "import { tags } from '@/lib/cacheTags'\nexport const x = tags.sitemap\n", /domain\/ is pure/],
    ['domain', "import type { Config } from '@/payload-types'\nexport type X = Config\n", /domain\/ is pure/],
    ['domain', "import type { Payload } from 'payload'\nexport type X = Payload\n", /no Payload, Next or React/],
    ['lib', "import { collections } from '@/collections'\nexport const x = collections\n", /move what they need down/],
    ['routes', "import { listNews } from '@/data/news'\nexport const x = listNews\n", /move what they need down/],
    ['access', "import { SiteHeader } from '@/components/SiteHeader'\nexport const x = SiteHeader\n", /move what they need down/],
  ])('%s: a forbidden import is an error', async (layer, source, message) => {
    const errors = await lintIn(layer, source)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join('\n')).toMatch(message)
  })

  it('a test under domain/ may not import the seed', async () => {
    const errors = await lintIn('domain', "import { seed } from '@/seed'\nexport const x = seed\n", 'probe.test.ts')
    expect(errors.join('\n')).toMatch(/never src\/seed|domain\/ is pure/)
  })

  it('allowed directions pass: domain inside itself, lib → routes, data → lib', async () => {
    expect(await lintIn('domain', "import { addDays } from '@/domain/calendar'\nexport const x = addDays\n")).toEqual([])
    expect(await lintIn('lib', "import { LOCALES } from '@/routes/locales'\nexport const x = LOCALES\n")).toEqual([])
    expect(await lintIn('data', "import { tags } from '@/lib/cacheTags'\nexport const x = tags\n")).toEqual([])
  })
})
