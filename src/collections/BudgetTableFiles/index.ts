import path from 'node:path'
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, EDITING_ROLES, inAgencies, isAdmin, PUBLISHING_ROLES } from '@/access/roles'
import { importErrorMessage } from '@/collections/BudgetDisclosures/messages'
import { isBudgetImportError, MAX_BYTES } from '@/domain/budget'
import { importBudgetTable } from '@/lib/budget/xlsx'
import { localizeUploadErrors } from '@/hooks/uploadGuard'
import { storedFileName } from '@/lib/uploads/filename'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

/**
 * Reads the uploaded CSV/XLSX before anything is stored. A file that is not a usable table is
 * refused with a message naming the problem in the editor's language (not a spreadsheet, wrong
 * encoding, too large, too many rows, a formula or merged header cells, with the cell); nothing
 * is written, so the table already attached to a disclosure stays as it was.
 */
const parseTableUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  try {
    const table = await importBudgetTable(file.data)
    req.context = { ...req.context, budgetTable: table }
  } catch (e) {
    if (!isBudgetImportError(e)) throw e
    const language = req.i18n?.language ?? 'vi'
    throw new APIError(importErrorMessage(e, language), e.code === 'too-large' ? 413 : 400, { code: e.code, ref: e.details.ref ?? null }, true)
  }
  // The bytes decide the type and the stored name's extension, never the name the browser sent.
  const xlsx = isZip(file.data)
  file.mimetype = xlsx ? XLSX_MIME : 'text/csv'
  file.name = storedFileName(file.name, xlsx ? 'xlsx' : 'csv')
  return args
}

/** The parsed table comes only from the uploaded bytes; a `table` sent in the body is ignored. */
const storeParsedTable: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const table = req.context?.budgetTable
  return { ...data, table: req.file && table ? table : ((originalDoc as { table?: unknown } | undefined)?.table ?? null) }
}

/**
 * Source spreadsheets of budget disclosure tables (CSV or XLSX). Uploading one parses it; the
 * disclosure that points at it takes its rows and columns. Visible to the owning agency only —
 * the public gets the table itself as HTML, CSV and JSON.
 */
export const BudgetTableFiles: CollectionConfig = {
  slug: 'budget-table-files',
  labels: { singular: { vi: 'Bảng số liệu (tệp nguồn)', en: 'Budget table file' }, plural: { vi: 'Bảng số liệu (tệp nguồn)', en: 'Budget table files' } },
  admin: {
    group: { vi: 'Tệp', en: 'Files' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'updatedAt'],
    description: {
      vi: 'CSV (UTF-8) hoặc XLSX, một bảng trên trang tính đầu tiên; không công thức, không gộp ô ở tiêu đề.',
      en: 'CSV (UTF-8) or XLSX, one table on the first sheet; no formulas, no merged header cells.',
    },
  },
  custom: { agencyScoped: true },
  access: {
    read: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user)),
    create: ({ req: { user } }) => isAdmin(user) || agencyIdsWithRole(user, AUTHORING_ROLES).length > 0,
    update: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, EDITING_ROLES)),
    delete: ({ req: { user } }) => isAdmin(user) || inAgencies('agency', agencyIdsWithRole(user, PUBLISHING_ROLES)),
  },
  hooks: { beforeOperation: [parseTableUpload], beforeChange: [storeParsedTable], afterError: [localizeUploadErrors(MAX_BYTES)] },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR ?? 'media', 'budget-tables'),
    mimeTypes: ['text/csv', XLSX_MIME],
    filesRequiredOnCreate: true,
  },
  fields: [
    {
      name: 'table',
      type: 'json',
      label: { vi: 'Bảng đã đọc', en: 'Parsed table' },
      admin: { readOnly: true },
    },
  ],
}
