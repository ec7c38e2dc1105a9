import { draftMode } from 'next/headers'
import type { Endpoint, PayloadRequest } from 'payload'
import { hasAgencyRole, isAdmin, AGENCY_ROLES } from '@/access/roles'
import { getT } from '@/i18n'
import { sectionPath } from '@/routes/paths'
import { isPreviewCollection, PREVIEW_SECTIONS } from './targets'

type Outcome = { redirect: string } | { status: 400 | 401 | 403 | 404; message: string }

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Who may preview what: a signed-in member of the document's own agency (any role) or an admin;
 * the document read with their own access (drafts included) and sent to its public path in the
 * asked locale. Everything else is refused with the reason in the editor's language.
 */
export async function resolvePreview(req: PayloadRequest, query: URLSearchParams): Promise<Outcome> {
  const lang = req.i18n?.language === 'en' ? 'en' : 'vi'
  const t = getT(lang)
  const collection = query.get('collection') ?? ''
  const id = query.get('id') ?? ''
  const locale = query.get('locale') === 'en' ? 'en' : 'vi'
  if (!isPreviewCollection(collection) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return { status: 400, message: t('adminUi.previewBadRequest') }
  if (!req.user) return { status: 401, message: t('adminUi.previewSignIn') }
  const doc = (await req.payload.findByID({ collection, id, locale, draft: true, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true, fallbackLocale: false })) as {
    agency?: number | string | { id: number | string } | null
    slug?: string | null
  } | null
  if (!doc) return { status: 404, message: t('adminUi.previewNotFound') }
  if (!isAdmin(req.user) && !hasAgencyRole(req.user, doc.agency ?? null, AGENCY_ROLES)) return { status: 403, message: t('adminUi.previewOtherAgency') }
  if (!doc.slug) return { status: 404, message: t('adminUi.previewNoSlug') }
  return { redirect: sectionPath(locale, PREVIEW_SECTIONS[collection], doc.slug) }
}

function page(status: number, message: string, lang: string): Response {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(message)}</title></head><body style="font-family:system-ui,sans-serif;padding:1.5rem"><p role="alert">${escapeHtml(message)}</p></body></html>`
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } })
}

const queryOf = (req: PayloadRequest) => new URL(req.url ?? '/', 'http://portal.invalid').searchParams

/**
 * `GET /api/preview?collection=news&id=12&locale=vi` — the frame of the admin's live preview.
 * For staff of the document's agency: turns on Next.js draft mode in this browser (pages then
 * render per request, from the latest draft, for signed-in staff only: src/lib/preview/session.ts)
 * and redirects to the public page. `GET /api/preview/exit?path=/vi/…` turns it off again.
 */
export const previewEndpoints: Endpoint[] = [
  {
    path: '/preview',
    method: 'get',
    handler: async (req) => {
      const lang = req.i18n?.language === 'en' ? 'en' : 'vi'
      const outcome = await resolvePreview(req, queryOf(req))
      if ('status' in outcome) return page(outcome.status, outcome.message, lang)
      ;(await draftMode()).enable()
      return new Response(null, { status: 307, headers: { Location: outcome.redirect, 'Cache-Control': 'private, no-store' } })
    },
  },
  {
    path: '/preview/exit',
    method: 'get',
    handler: async (req) => {
      ;(await draftMode()).disable()
      const path = queryOf(req).get('path') ?? ''
      // Only a path of this portal (never another host): '/x', not '//host' or '/\host'.
      const location = /^\/(?![/\\])[^\s]*$/.test(path) ? path : '/'
      return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'private, no-store' } })
    },
  },
]
