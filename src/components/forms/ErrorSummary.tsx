'use client'
import { useEffect, useRef } from 'react'

export interface SummaryError {
  field?: string | null
  message: string
}

/**
 * The list of what to correct at the top of a public form (GOV.UK-style error summary): focused
 * when a submission comes back with errors, each error linking to its field where it has one.
 * Rendered on the server too, so a no-JavaScript visitor reads the same list.
 */
export function ErrorSummary({ errors, heading, level = 2, id, hrefFor }: { errors: readonly SummaryError[]; heading: string; level?: 2 | 3 | 4; id?: string; hrefFor: (field: string) => string | null }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors.length) ref.current?.focus()
  }, [errors])
  if (!errors.length) return null
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4'
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} id={id}>
      <Heading>{heading}</Heading>
      <ul>
        {errors.map((e, i) => {
          const href = e.field ? hrefFor(e.field) : null
          return <li key={i}>{href ? <a href={href}>{e.message}</a> : e.message}</li>
        })}
      </ul>
    </div>
  )
}
