import type { Endpoint } from 'payload'
import { isAdmin } from '@/access/roles'
import { recomputeTransparency } from './compute'

const MESSAGES = {
  vi: { auth: 'Chỉ quản trị viên được tính lại điểm minh bạch.', busy: 'Đang tính lại, vui lòng chờ.', failed: 'Không tính lại được điểm minh bạch.' },
  en: { auth: 'Only administrators may recompute transparency scores.', busy: 'A recomputation is already running; please wait.', failed: 'Transparency scores could not be recomputed.' },
}

let running = false

/**
 * `POST /api/transparency/recompute` — admins recompute every snapshot now (the daily job does the
 * same). One run at a time per server process; a second request while one runs gets 409.
 */
export const recomputeEndpoint: Endpoint = {
  path: '/transparency/recompute',
  method: 'post',
  handler: async (req) => {
    const m = MESSAGES[req.i18n?.language === 'en' || req.locale === 'en' ? 'en' : 'vi']
    if (!req.user) return Response.json({ errors: [{ message: m.auth }] }, { status: 401 })
    if (!isAdmin(req.user)) return Response.json({ errors: [{ message: m.auth }] }, { status: 403 })
    if (running) return Response.json({ errors: [{ message: m.busy }] }, { status: 409 })
    running = true
    try {
      const result = await recomputeTransparency(req.payload, { req })
      return Response.json(result)
    } catch (err) {
      req.payload.logger.error({ err, msg: 'transparency recompute failed' })
      return Response.json({ errors: [{ message: m.failed }] }, { status: 500 })
    } finally {
      running = false
    }
  },
}
