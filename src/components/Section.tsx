import type React from 'react'

/** A page section labelled by its own heading (`aria-labelledby` → the h2's id). */
export function Section({ id, title, className, children }: { id: string; title: React.ReactNode; className?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
