import type React from 'react'

/** Horizontal scroll container for a wide table: a labelled, keyboard-focusable region (WCAG 2.1.1). */
export function TableWrap({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="tx-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
