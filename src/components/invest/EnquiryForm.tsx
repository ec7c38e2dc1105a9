'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import type { EnquiryField } from '@/domain/invest/enquiry'
import { ENQUIRY_MAX, HONEYPOT_FIELD } from '@/domain/invest/enquiry'
import { EMPTY_ENQUIRY, type EnquiryFormState } from '@/lib/enquiry/state'

export interface EnquiryTexts {
  heading: string
  intro: string
  required: string
  honeypot: string
  submit: string
  errorsHeading: string
  labels: Record<EnquiryField, string>
}

type Action = (state: EnquiryFormState, form: FormData) => Promise<EnquiryFormState>

const FIELDS: { name: EnquiryField; type: 'text' | 'email' | 'textarea'; required: boolean; autoComplete: string }[] = [
  { name: 'name', type: 'text', required: true, autoComplete: 'name' },
  { name: 'company', type: 'text', required: false, autoComplete: 'organization' },
  { name: 'country', type: 'text', required: false, autoComplete: 'country-name' },
  { name: 'email', type: 'email', required: true, autoComplete: 'email' },
  { name: 'message', type: 'textarea', required: true, autoComplete: 'off' },
]

/**
 * The enquiry form. Progressive enhancement: without JavaScript it is a normal POST and the
 * server answers with this form re-rendered (errors and the entered values) or a redirect to the
 * confirmation; with JavaScript the same action runs without a full page load.
 * Browser validation is off (`noValidate`): the server's localized messages are the only ones.
 */
export function EnquiryForm({ action, texts, permalink }: { action: Action; texts: EnquiryTexts; permalink: string }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_ENQUIRY, permalink)
  const errorFor = (field: EnquiryField) => state.errors.find((e) => e.field === field)
  return (
    <section aria-labelledby="enquiry-heading" className="enquiry">
      <h2 id="enquiry-heading">{texts.heading}</h2>
      <p>{texts.intro}</p>
      <ErrorSummary errors={state.errors} heading={texts.errorsHeading} level={3} id="enquiry-errors" hrefFor={(field) => `#enquiry-${field}`} />
      <form action={formAction} noValidate>
        {FIELDS.map((f) => {
          const error = errorFor(f.name)
          const id = `enquiry-${f.name}`
          const common = {
            id,
            name: f.name,
            defaultValue: state.values[f.name],
            autoComplete: f.autoComplete,
            maxLength: ENQUIRY_MAX[f.name],
            'aria-required': f.required || undefined,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${id}-error` : undefined,
          }
          return (
            <div className="form-field" key={`${f.name}-${state.values[f.name]}`}>
              <label htmlFor={id}>
                {texts.labels[f.name]}
                {f.required && <span className="form-field__hint"> ({texts.required})</span>}
              </label>
              {error && (
                <p className="form-field__error" id={`${id}-error`}>
                  {error.message}
                </p>
              )}
              {f.type === 'textarea' ? <textarea {...common} rows={6} /> : <input {...common} type={f.type} />}
            </div>
          )
        })}
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="enquiry-hp">{texts.honeypot}</label>
          <input id="enquiry-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {texts.submit}
        </button>
      </form>
    </section>
  )
}
