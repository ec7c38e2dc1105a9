import { MAX_BYTES, parseCsv } from '@/domain/budget'
import { parseXlsx } from '@/lib/budget/xlsx'
import { isBudgetImportError, type BudgetImportError } from '@/domain/budget'
import type { Cell } from '@/domain/services'

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

export type GridResult = { ok: true; grid: Cell[][]; xlsx: boolean } | { ok: false; error: Pick<BudgetImportError, 'code' | 'details'> }

/**
 * Reads an uploaded CSV or XLSX into rows of cells with the budget import's readers (type from
 * the bytes: a ZIP is XLSX, anything else must be UTF-8 CSV; size limit and zip-bomb guards are
 * theirs). Awaited, so the XLSX reader may become asynchronous without changing this.
 */
export async function readGrid(bytes: Uint8Array): Promise<GridResult> {
  if (bytes.byteLength === 0) return { ok: false, error: { code: 'empty', details: {} } }
  if (bytes.byteLength > MAX_BYTES) return { ok: false, error: { code: 'too-large', details: { limit: MAX_BYTES } } }
  try {
    const xlsx = isZip(bytes)
    const grid = xlsx ? await parseXlsx(bytes) : await parseCsv(bytes)
    return { ok: true, xlsx, grid: grid.map((row) => [...row]) }
  } catch (error) {
    if (isBudgetImportError(error)) return { ok: false, error }
    throw error
  }
}
