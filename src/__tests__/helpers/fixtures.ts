import type { Payload } from 'payload'
import type { AgencyRole } from '@/access/roles'
import type { Agency } from '@/payload-types'

type ID = Agency['id']
import { richTextFromParagraphs } from '@/lib/richtext'

export const PASSWORD = 'Test-password-2026'
const SYSTEM = { overrideAccess: true, context: { skipRevalidate: true } } as const

export interface Fixtures {
  agencyA: ID
  agencyB: ID
  users: Record<'admin' | 'editorA' | 'publisherA' | 'translatorA' | 'editorB' | 'publisherB', { id: ID; email: string }>
  news: Record<'draftA' | 'publishedA' | 'draftB' | 'publishedB', ID>
}

/** Two agencies, a user per role, and a draft and a published news item in each agency. */
export async function createFixtures(payload: Payload): Promise<Fixtures> {
  const agency = (slug: string, name: string) =>
    payload.create({ collection: 'agencies', data: { slug, name, kind: 'department' }, locale: 'vi', ...SYSTEM }).then((d) => d.id)
  const agencyA = await agency('so-a', 'Sở A')
  const agencyB = await agency('so-b', 'Sở B')

  const user = async (email: string, memberships: [ID, AgencyRole[]][], isAdmin = false) => {
    const doc = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: email, isAdmin, agencies: memberships.map(([a, roles]) => ({ agency: a, roles })) },
      ...SYSTEM,
    })
    return { id: doc.id, email }
  }
  const users = {
    admin: await user('admin@test.vn', [], true),
    editorA: await user('editor.a@test.vn', [[agencyA, ['editor']]]),
    publisherA: await user('publisher.a@test.vn', [[agencyA, ['publisher']]]),
    translatorA: await user('translator.a@test.vn', [[agencyA, ['translator']]]),
    editorB: await user('editor.b@test.vn', [[agencyB, ['editor']]]),
    publisherB: await user('publisher.b@test.vn', [[agencyB, ['publisher']]]),
  }

  const news = async (slug: string, agencyId: ID, status: 'draft' | 'published') =>
    payload
      .create({
        collection: 'news',
        data: { slug, title: `Tin ${slug}`, body: richTextFromParagraphs(['Nội dung']), agency: agencyId, _status: status },
        locale: 'vi',
        draft: status === 'draft',
        ...SYSTEM,
      })
      .then((d) => d.id)
  return {
    agencyA,
    agencyB,
    users,
    news: {
      draftA: await news('nhap-a', agencyA, 'draft'),
      publishedA: await news('da-dang-a', agencyA, 'published'),
      draftB: await news('nhap-b', agencyB, 'draft'),
      publishedB: await news('da-dang-b', agencyB, 'published'),
    },
  }
}
