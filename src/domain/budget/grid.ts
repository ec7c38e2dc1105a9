import type { Grid, GridCell } from './types'

export function cellText(c: GridCell): string {
  if (c == null) return ''
  return typeof c === 'number' ? String(c) : c.replace(/\s+/g, ' ').trim()
}

export function isBlank(c: GridCell): boolean {
  return cellText(c) === ''
}

export function nonBlankCount(row: readonly GridCell[] | undefined): number {
  return row ? row.filter((c) => !isBlank(c)).length : 0
}

/**
 * Index of the first header row: the first row with at least two non-empty cells.
 * Rows above it (title, "Đơn vị tính: …") are preamble. -1 when there is none.
 */
export function findHeaderRow(grid: Grid): number {
  return grid.findIndex((r) => nonBlankCount(r) >= 2)
}
