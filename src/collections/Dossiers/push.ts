import type { Endpoint, PayloadRequest } from 'payload'
import { readDossier, type DossierRow, type RowError } from '@/domain/services'
import { expireTags } from '@/hooks/revalidate'
import { agencyResolver } from '@/lib/dossiers/agencies'
import { applyDossierRows } from '@/lib/dossiers/apply'
import { hashToken } from '@/lib/dossiers/secrets'
import { dossierTags } from '@/lib/dossiers/tags'
import { reportFields } from '../DossierImports/hooks'

/** At most this many dossiers per push (a day's dossiers of a large agency fit several times). */
export const MAX_PUSH = 2000

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const message = (req: PayloadRequest, vi: string, en: string) => (req.i18n?.language === 'en' ? en : vi)

/**
 * `POST /api/dossiers/push` — the one-stop system of an agency sends dossiers as JSON:
 * `{ "dossiers": [{ "code", "procedureCode", "receivedAt", "dueAt", "resultAt", "status",
 * "statusAt", "handlingUnit", "phone" }] }` with `Authorization: Bearer <token>`.
 * The token (hashed, revocable, one per agency) decides the agency: a dossier of another agency
 * is refused by row. Idempotent by dossier code: the same push twice changes nothing. Every push
 * is recorded in `dossier-imports` (token, counts, refused rows).
 */
export const pushDossiersEndpoint: Endpoint = {
  path: '/push',
  method: 'post',
  handler: async (req) => {
    const header = req.headers.get('authorization') ?? ''
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1]
    const unauthorized = () => json(401, { errors: [{ message: message(req, 'Thiếu mã truy cập hoặc mã không còn hiệu lực.', 'Missing, unknown or revoked token.') }] })
    if (!token) return unauthorized()
    const found = await req.payload.find({
      collection: 'dossier-tokens',
      where: { and: [{ tokenHash: { equals: hashToken(token) } }, { revoked: { not_equals: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const record = found.docs[0]
    if (!record) return unauthorized()
    const tokenAgency = typeof record.agency === 'object' ? record.agency.id : record.agency

    let body: unknown
    try {
      body = req.json ? await req.json() : null
    } catch {
      body = null
    }
    const list = body && typeof body === 'object' && Array.isArray((body as { dossiers?: unknown }).dossiers) ? ((body as { dossiers: unknown[] }).dossiers) : null
    if (!list) return json(400, { errors: [{ message: message(req, 'Nội dung cần có dạng {"dossiers": [...]}.', 'The body must be {"dossiers": [...]}.') }] })
    if (list.length > MAX_PUSH) return json(413, { errors: [{ message: message(req, `Tối đa ${MAX_PUSH} hồ sơ mỗi lần gửi.`, `At most ${MAX_PUSH} dossiers per push.`) }] })

    const agencyIdOf = await agencyResolver(req.payload)
    const rows: (DossierRow & { row: number })[] = []
    const errors: RowError[] = []
    const seen = new Set<string>()
    list.forEach((item, i) => {
      const row = i + 1
      const o = item && typeof item === 'object' ? (item as Record<string, unknown>) : {}
      // The agency is the token's unless the row names one (which must then be the token's).
      const get = (field: string) => {
        const v = field === 'agency' ? (o.agency ?? String(tokenAgency)) : o[field]
        return typeof v === 'string' || typeof v === 'number' ? v : null
      }
      const result = readDossier(get, row, (ref) => agencyIdOf(ref) !== null)
      if ('errors' in result) errors.push(...result.errors)
      else if (seen.has(result.code)) errors.push({ row, field: 'code', code: 'duplicate', value: result.code })
      else {
        seen.add(result.code)
        rows.push({ row, ...result })
      }
    })
    const report = await applyDossierRows(req.payload, rows, { agencyIdOf, mayWrite: (agency) => agency === tokenAgency, source: 'api' })
    report.refused += new Set(errors.map((e) => e.row)).size
    report.errors = [...errors, ...report.errors].sort((a, b) => a.row - b.row)

    const fields = reportFields(report, req.i18n?.language)
    await req.payload.create({
      collection: 'dossier-imports',
      data: { title: `API ${record.label} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`, source: 'api', agency: tokenAgency, token: record.id, ...fields },
      overrideAccess: true,
      context: { dossierPush: true },
    })
    await req.payload.update({ collection: 'dossier-tokens', id: record.id, data: { lastUsedAt: new Date().toISOString() }, overrideAccess: true })
    if (report.created || report.updated) await expireTags(dossierTags())
    return json(200, { created: report.created, updated: report.updated, unchanged: report.unchanged, refused: report.refused, errors: fields.problems })
  },
}
