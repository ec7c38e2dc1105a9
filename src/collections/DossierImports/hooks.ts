import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'
import { hasAgencyRole, AUTHORING_ROLES, staffId } from '@/access/roles'
import { importErrorMessage } from '@/collections/BudgetDisclosures/messages'
import { readDossierRows } from '@/domain/services'
import { expireTags } from '@/hooks/revalidate'
import { agencyResolver } from '@/lib/dossiers/agencies'
import { applyDossierRows, type DossierReport } from '@/lib/dossiers/apply'
import { dossierTags } from '@/lib/dossiers/tags'
import { readGrid } from '@/lib/dossiers/grid'
import { rowErrorMessage } from '@/lib/dossiers/messages'

/** Stored problems: the first 500 refused rows (the counts say how many in all). */
const MAX_PROBLEMS = 500

export function reportFields(report: DossierReport, language: string | undefined) {
  return {
    created: report.created,
    updated: report.updated,
    unchanged: report.unchanged,
    refused: report.refused,
    problems: report.errors.slice(0, MAX_PROBLEMS).map((e) => ({ row: e.row, field: e.field, message: rowErrorMessage(e, language) })),
  }
}

/**
 * An uploaded file: read it, check every row, write the good ones as the system for the agencies
 * in which the uploader is an editor or publisher, and keep the report (never the file).
 * Entries written by the push API come prepared (`context.dossierPush`).
 */
export const importDossierFile: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.context?.dossierPush) return data
  const language = req.i18n?.language
  const file = req.file
  if (!file) throw new APIError(language === 'en' ? 'Choose a CSV or XLSX file to upload.' : 'Hãy chọn tệp CSV hoặc XLSX để tải lên.', 400, undefined, true)
  const read = await readGrid(file.data)
  if (!read.ok) throw new APIError(importErrorMessage(read.error, language), read.error.code === 'too-large' ? 413 : 400, { code: read.error.code }, true)
  const agencyIdOf = await agencyResolver(req.payload)
  const { rows, errors } = readDossierRows(read.grid, (ref) => agencyIdOf(ref) !== null)
  const report = await applyDossierRows(req.payload, rows, {
    agencyIdOf,
    mayWrite: (agency) => hasAgencyRole(req.user, agency, AUTHORING_ROLES),
    source: 'upload',
  })
  report.refused += new Set(errors.map((e) => e.row)).size
  report.errors = [...errors, ...report.errors].sort((a, b) => a.row - b.row)
  await expireTags(dossierTags())
  const firstAgency = rows.map((r) => agencyIdOf(r.agency)).find((id) => id !== null && hasAgencyRole(req.user, id, AUTHORING_ROLES)) ?? null
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ')
  return {
    ...data,
    title: `${file.name || (read.xlsx ? 'xlsx' : 'csv')} — ${when}`,
    source: 'upload',
    user: staffId(req.user),
    agency: firstAgency,
    ...reportFields(report, language),
  }
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

/** The bytes decide the type (a ZIP is XLSX, anything else is read as CSV), never the browser's claim. */
export const typeFromBytes: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || !req.file) return args
  const xlsx = isZip(req.file.data)
  req.file.mimetype = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv'
  return args
}
