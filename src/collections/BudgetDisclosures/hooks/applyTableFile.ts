import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '@/access/roles'

/**
 * When the editor picks (or replaces) the source spreadsheet, the disclosure takes the table
 * parsed from it. The file was parsed and checked on upload, so a bad file never gets here and
 * the table already saved is kept.
 *
 * The admin's grid shows a picked file's table at once and lets the editor correct it before the
 * next autosave: a save that brings a table other than the stored one alongside the new file
 * already holds the file's table (with the editor's corrections), and keeps it — replacing it
 * here would silently undo those corrections. A save with the file alone (REST, or a form that
 * could not read the file) takes the file's table.
 */
export const applyTableFile: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const next = idOf(data?.tableFile)
  const previous = idOf((originalDoc as { tableFile?: never } | undefined)?.tableFile)
  if (next === null || String(next) === String(previous)) return data
  const stored = (originalDoc as { table?: unknown } | undefined)?.table ?? null
  if (data?.table !== undefined && data.table !== null && JSON.stringify(data.table) !== JSON.stringify(stored)) return data
  // A missing or unreadable file is left to the relation check (one 400 for both, src/plugins/relationGuard.ts).
  const file = (await req.payload.findByID({ collection: 'budget-table-files', id: next, req, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })) as { table?: unknown } | null
  if (file?.table) return { ...data, table: file.table }
  return data
}
