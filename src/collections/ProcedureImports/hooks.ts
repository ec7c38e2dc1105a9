import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'
import { AUTHORING_ROLES, hasAgencyRole, staffId } from '@/access/roles'
import { importErrorMessage } from '@/collections/BudgetDisclosures/messages'
import { readProcedureRows, type ProcedureRow, type RowError } from '@/domain/services'
import { agencyResolver } from '@/lib/dossiers/agencies'
import { readGrid } from '@/lib/dossiers/grid'
import { rowErrorMessage } from '@/lib/dossiers/messages'
import { slugify } from '@/lib/slugify'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

/** The bytes decide the type (a ZIP is XLSX, anything else is read as CSV). */
export const typeFromBytes: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || !req.file) return args
  req.file.mimetype = isZip(req.file.data) ? XLSX : 'text/csv'
  return args
}

type Planned = { row: number; code: string; action: 'create' | 'update' | 'refuse'; message: string }

/**
 * A procedure file from the national database: every row is checked and planned (create, update,
 * refuse). "Chạy thử" (dry run) only reports. "Nhập" writes only when no row is refused, all rows
 * in the save's own transaction — a failure rolls every row back: nothing is half-imported.
 * Procedures are written as drafts for the agency's publishers to publish (the review workflow).
 */
export const importProcedureFile: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const language = req.i18n?.language
  const en = language === 'en'
  const file = req.file
  if (!file) throw new APIError(en ? 'Choose a CSV or XLSX file to upload.' : 'Hãy chọn tệp CSV hoặc XLSX để tải lên.', 400, undefined, true)
  const read = await readGrid(file.data)
  if (!read.ok) throw new APIError(importErrorMessage(read.error, language), read.error.code === 'too-large' ? 413 : 400, { code: read.error.code }, true)
  const agencyIdOf = await agencyResolver(req.payload)
  const { rows, errors } = readProcedureRows(read.grid, (ref) => agencyIdOf(ref) !== null)
  const refused: RowError[] = [...errors]
  const existing = new Map<string, { id: number; agency: number }>()
  const codes = rows.map((r) => r.code)
  if (codes.length) {
    const found = await req.payload.find({ collection: 'procedures', where: { code: { in: codes } }, limit: 0, pagination: false, depth: 0, overrideAccess: true, draft: true, trash: true, select: { code: true, agency: true }, req })
    for (const p of found.docs) existing.set(p.code, { id: p.id, agency: typeof p.agency === 'object' && p.agency ? p.agency.id : (p.agency as number) })
  }
  const plan: (Planned & { values?: ProcedureRow; id?: number; agency?: number })[] = []
  for (const r of rows) {
    const agency = agencyIdOf(r.agency)!
    const before = existing.get(r.code)
    if (!hasAgencyRole(req.user, agency, AUTHORING_ROLES) || (before && !hasAgencyRole(req.user, before.agency, AUTHORING_ROLES))) {
      refused.push({ row: r.row, field: before && before.agency !== agency ? 'code' : 'agency', code: 'otherAgency', value: before && before.agency !== agency ? r.code : r.agency })
      continue
    }
    plan.push({ row: r.row, code: r.code, action: before ? 'update' : 'create', message: r.name, values: r, id: before?.id, agency })
  }
  for (const e of refused) plan.push({ row: e.row, code: '', action: 'refuse', message: rowErrorMessage(e, language) })
  plan.sort((a, b) => a.row - b.row || (a.action === 'refuse' ? 1 : -1))

  const wantsApply = data.mode === 'apply'
  const apply = wantsApply && refused.length === 0 && plan.length > 0
  if (apply) {
    for (const p of plan) {
      const v = p.values!
      const fields = {
        code: v.code,
        name: v.name,
        field: v.field,
        level: v.level,
        legacyLevel: v.legacyLevel ?? null,
        partialReason: v.partialReason ?? null,
        processingDays: v.processingDays ?? null,
        fees: v.fees ?? null,
        applicants: v.applicants ?? null,
        submission: v.submission ?? null,
        nationalUrl: v.nationalUrl ?? null,
        agency: p.agency!,
        ...(v.documents ? { documents: v.documents.map((name) => ({ name, copies: 1, form: 'original' as const })) } : {}),
      }
      // Same transaction as this save (req): one failure and no row is kept.
      if (p.id) await req.payload.update({ collection: 'procedures', id: p.id, data: fields, draft: true, locale: 'vi', overrideAccess: true, req })
      else await req.payload.create({ collection: 'procedures', data: { ...fields, slug: slugify(v.name) }, draft: true, locale: 'vi', overrideAccess: true, req })
      if (v.nameEn) {
        const id = p.id ?? (await req.payload.find({ collection: 'procedures', where: { code: { equals: v.code } }, limit: 1, depth: 0, draft: true, overrideAccess: true, req })).docs[0]?.id
        if (id) await req.payload.update({ collection: 'procedures', id, data: { name: v.nameEn }, draft: true, locale: 'en', overrideAccess: true, req })
      }
    }
  }
  const count = (a: Planned['action']) => plan.filter((p) => p.action === a).length
  const rowsRefused = new Set(plan.filter((p) => p.action === 'refuse').map((p) => p.row)).size
  const outcome = apply
    ? en
      ? 'Imported: the procedures are drafts for the agency publishers to publish.'
      : 'Đã nhập: các thủ tục ở trạng thái nháp, chờ người duyệt của cơ quan xuất bản.'
    : wantsApply
      ? en
        ? 'Nothing was imported: fix the refused rows and upload the file again.'
        : 'Chưa nhập gì: hãy sửa các dòng bị từ chối rồi tải lại tệp.'
      : en
        ? 'Dry run: nothing was written. Choose "Import" and upload again to write.'
        : 'Chạy thử: chưa ghi gì. Chọn "Nhập" và tải lại tệp để nhập.'
  return {
    ...data,
    title: `${file.name} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
    user: staffId(req.user),
    applied: apply,
    outcome,
    toCreate: count('create'),
    toUpdate: count('update'),
    refused: rowsRefused,
    plan: plan.slice(0, 1000).map((p) => ({ row: p.row, code: p.code, action: p.action, message: p.message.slice(0, 300) })),
  }
}
