import type React from 'react'

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen, so the
 * page itself never is (WCAG 1.4.10). It is a named region the keyboard can reach (tabIndex 0),
 * so it can be scrolled without a mouse (WCAG 2.1.1). Name it differently from the section around
 * it (e.g. t('a11y.tableRegion', { name })) so no two landmarks share a name.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
