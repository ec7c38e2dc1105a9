import { bootPayload, type TestPayload } from './payload'
import { createFixtures, PASSWORD, type Fixtures } from './fixtures'
import { restClient } from './rest'

export interface SignedIn {
  t: TestPayload
  f: Fixtures
  api: ReturnType<typeof restClient>
  /** A REST token per fixture role (`tokens.editorA`, …). */
  tokens: Record<keyof Fixtures['users'], string>
}

/** A throw-away Payload with the two-agency fixtures, every role signed in through REST. */
export async function bootSignedIn(name: string): Promise<SignedIn> {
  const t = await bootPayload(name)
  const f = await createFixtures(t.payload)
  const api = restClient(t.config)
  const tokens = {} as SignedIn['tokens']
  for (const [role, u] of Object.entries(f.users) as [keyof Fixtures['users'], { email: string }][]) tokens[role] = await api.login(u.email, PASSWORD)
  return { t, f, api, tokens }
}
