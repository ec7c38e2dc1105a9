'use client'
import './ratings.css'
import { useActionState } from 'react'
import { EMPTY_RATING, type RatingFormState } from '@/lib/ratings/state'

export interface RatingTexts {
  question: string
  yes: string
  no: string
  reasonLabel: string
  reasonNone: string
  reasons: { value: string; label: string }[]
  remarkLabel: string
  remarkHint: string
  more: string
  thanks: string
  honeypot: string
}

type Action = (state: RatingFormState, form: FormData) => Promise<RatingFormState>

/**
 * "Was this information useful?" — two submit buttons (yes / no) and, folded, an optional reason
 * and remark. A plain POST without JavaScript; the page comes back with thanks or the reason.
 */
export function RatingForm({ action, texts, permalink }: { action: Action; texts: RatingTexts; permalink: string }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_RATING, permalink)
  const error = state.errors[0]?.message
  if (state.done)
    return (
      <section className="rating" aria-label={texts.question} id="rating">
        <p role="status">{texts.thanks}</p>
      </section>
    )
  return (
    <section className="rating" aria-labelledby="rating-question" id="rating">
      <form action={formAction} noValidate>
        <p id="rating-question" className="rating__question">
          {texts.question}
        </p>
        {error && (
          <p className="form-field__error" role="alert">
            {error}
          </p>
        )}
        <details className="rating__more" open={Boolean(error)}>
          <summary>{texts.more}</summary>
          <div className="form-field">
            <label htmlFor="rating-reason">{texts.reasonLabel}</label>
            <select id="rating-reason" name="reason" defaultValue={state.values.reason}>
              <option value="">{texts.reasonNone}</option>
              {texts.reasons.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="rating-remark">{texts.remarkLabel}</label>
            <p className="form-field__hint" id="rating-remark-hint">
              {texts.remarkHint}
            </p>
            <textarea id="rating-remark" name="remark" rows={3} maxLength={500} defaultValue={state.values.remark} aria-describedby="rating-remark-hint" />
          </div>
        </details>
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="rating-hp">{texts.honeypot}</label>
          <input id="rating-hp" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className="rating__buttons" role="group" aria-labelledby="rating-question">
          <button type="submit" name="useful" value="yes" className="button" disabled={pending}>
            {texts.yes}
          </button>
          <button type="submit" name="useful" value="no" className="button button--secondary" disabled={pending}>
            {texts.no}
          </button>
        </div>
      </form>
    </section>
  )
}
