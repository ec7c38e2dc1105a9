import { draftMode, headers } from 'next/headers'
import type { Where } from 'payload'
import { agencyIdsWithRole, isAdmin } from '@/access/roles'
import { payloadClient } from '@/lib/payload'
import type { User } from '@/payload-types'

/** A signed-in member of staff previewing drafts: reads run as them, limited to their agencies. */
export interface PreviewSession {
  user: User
  /** Limits a draft read to the documents of the user's agencies (null: admins, every agency). */
  scope: Where | null
}

/**
 * The preview session of this request, or null. Only when Next.js draft mode is on (set by
 * `GET /api/preview` for staff) AND the request carries the login of a member of an agency (or an
 * admin): anyone else — a visitor holding a copied draft-mode cookie included — reads the
 * published page. Draft-mode responses are rendered per request and never stored in Next's
 * caches (unstable_cache is bypassed in draft mode), so a draft never reaches the public.
 */
export async function previewSession(): Promise<PreviewSession | null> {
  const draft = await draftMode()
  if (!draft.isEnabled) return null
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || (user as { collection?: string }).collection !== 'users') return null
  if (isAdmin(user)) return { user: user as User, scope: null }
  const agencies = agencyIdsWithRole(user)
  if (!agencies.length) return null
  return { user: user as User, scope: { agency: { in: agencies } } }
}

/** Local API options of a draft read for `session` (the user's own access rules apply). */
export function draftReadOptions(session: PreviewSession) {
  return { draft: true, overrideAccess: false, user: session.user } as const
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * The part of a detail read's `where` that picks which documents it may show: published ones for
 * everybody, or — in a preview session — the user's own agencies' documents at their latest draft.
 */
export function visibleTo(session?: PreviewSession | null): Where[] {
  if (!session) return [PUBLISHED]
  return session.scope ? [session.scope] : []
}
