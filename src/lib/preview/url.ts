import type { LivePreviewConfig, PayloadRequest } from 'payload'
import { isAllowedOrigin } from '@/domain/hosts'
import { hostAllowList } from '@/lib/adminHosts'
import type { PreviewCollection } from './targets'

/**
 * The origin the admin was opened on, when it is one of the portal's hosts (PUBLIC_URL, ADMIN_URL,
 * agency domains, loopback in development): the preview frame is loaded from the same origin, so
 * it carries the editor's session and loads nothing from elsewhere. The scheme is the front proxy's
 * `X-Forwarded-Proto` when `TRUST_PROXY` is set, else http for loopback hosts and PUBLIC_URL's
 * scheme for the others.
 */
export async function requestOrigin(req: Pick<PayloadRequest, 'headers' | 'payload'>): Promise<string | null> {
  const host = req.headers.get('host')
  if (!host || !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i.test(host)) return null
  const forwarded = process.env.TRUST_PROXY ? req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() : undefined
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i.test(host)
  const publicScheme = process.env.PUBLIC_URL?.startsWith('https:') ? 'https' : 'http'
  const scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : loopback ? 'http' : publicScheme
  const origin = `${scheme}://${host.toLowerCase()}`
  return isAllowedOrigin(origin, await hostAllowList(req.payload)) ? origin : null
}

/**
 * Payload's live preview for a collection: the admin's "Xem trước" tab frames
 * `/api/preview?collection=…&id=…&locale=…` on the admin's own origin, which checks that the
 * editor belongs to the document's agency, turns on Next.js draft mode for that browser and
 * redirects to the public page, rendered from the latest draft (src/lib/preview/session.ts).
 * Every autosave refreshes the frame (LivePreviewRefresh).
 */
export function livePreview(collection: PreviewCollection): LivePreviewConfig {
  return {
    url: async ({ data, locale, req }) => {
      const id = (data as { id?: number | string } | undefined)?.id
      const origin = await requestOrigin(req)
      if (id === undefined || id === null || !origin) return ''
      const query = new URLSearchParams({ collection, id: String(id), locale: locale?.code === 'en' ? 'en' : 'vi' })
      return `${origin}/api/preview?${query}`
    },
  }
}
