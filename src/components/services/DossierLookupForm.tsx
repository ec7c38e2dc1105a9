'use client'
import { useActionState, useEffect, useRef } from 'react'
import { EMPTY_LOOKUP, LOOKUP_HONEYPOT, type LookupFormState } from '@/lib/dossiers/state'
import type { Locale } from '@/routes/locales'
import { DossierStatusView, type DossierStatusTexts } from './DossierStatusView'
import type { RatingInviteTexts } from './RatingInvite'

export interface LookupTexts {
  code: string
  codeHint: string
  factor: string
  factorHint: string
  honeypot: string
  submit: string
  errorsHeading: string
  noMatch: string
  status: Omit<DossierStatusTexts, 'procedureHref' | 'rating'> & { rating: RatingInviteTexts }
  /** Public path of a procedure by slug (`/vi/dich-vu-cong/{slug}`), with `{slug}` to fill. */
  procedurePath: string
  /** Rating page for a dossier code, with `{code}` to fill; null while ratings do not exist. */
  ratingPath: string | null
}

type Action = (state: LookupFormState, form: FormData) => Promise<LookupFormState>

/**
 * The dossier look-up. Without JavaScript a plain POST: the server re-renders this form with what
 * was typed and either the problems, the one "no match" answer, or the dossier; with JavaScript
 * the same action runs in place. Browser validation is off: the server's messages are the ones.
 */
export function DossierLookupForm({ action, texts, locale, permalink }: { action: Action; texts: LookupTexts; locale: Locale; permalink: string }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_LOOKUP, permalink)
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.errors.length || state.noMatch) summary.current?.focus()
  }, [state])
  const errorFor = (field: 'code' | 'factor') => state.errors.find((e) => e.field === field)
  const field = (name: 'code' | 'factor', label: string, hint: string, extra: Record<string, string | number>) => {
    const error = errorFor(name)
    const id = `lookup-${name}`
    return (
      <div className="form-field" key={`${name}-${state.values[name]}`}>
        <label htmlFor={id}>{label}</label>
        <p className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        {error && (
          <p className="form-field__error" id={`${id}-error`}>
            {error.message}
          </p>
        )}
        <input id={id} name={name} type="text" defaultValue={state.values[name]} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} aria-required {...extra} />
      </div>
    )
  }
  const dossier = state.dossier
  return (
    <>
      {state.errors.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} id="lookup-errors">
          <h2>{texts.errorsHeading}</h2>
          <ul>
            {state.errors.map((e, i) => (
              <li key={i}>{e.field ? <a href={`#lookup-${e.field}`}>{e.message}</a> : e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {state.noMatch && (
        <div className="no-match" role="status" tabIndex={-1} ref={summary} id="lookup-no-match">
          <p>{texts.noMatch}</p>
        </div>
      )}
      <form action={formAction} noValidate className="lookup-form">
        {field('code', texts.code, texts.codeHint, { autoComplete: 'off', maxLength: 40, spellCheck: 'false' })}
        {field('factor', texts.factor, texts.factorHint, { autoComplete: 'off', inputMode: 'numeric', maxLength: 4, pattern: '[0-9]*' })}
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="lookup-hp">{texts.honeypot}</label>
          <input id="lookup-hp" name={LOOKUP_HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {texts.submit}
        </button>
      </form>
      {dossier && (
        <DossierStatusView
          dossier={dossier}
          locale={locale}
          texts={{
            ...texts.status,
            procedureHref: dossier.procedure?.slug ? texts.procedurePath.replace('{slug}', encodeURIComponent(dossier.procedure.slug)) : null,
            rating: { ...texts.status.rating, href: texts.ratingPath ? texts.ratingPath.replace('{code}', encodeURIComponent(dossier.code)) : null },
          }}
        />
      )}
    </>
  )
}
