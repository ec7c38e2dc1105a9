'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { DELIVERY_FORMS, REQUEST_MAX, REQUESTER_KINDS, type RequestField } from '@/domain/informationRequests'
import { EMPTY_REQUEST_STATE, type RequestFormState } from '@/lib/informationRequests/state'

export interface RequestFormTexts {
  intro: string
  required: string
  optional: string
  honeypot: string
  submit: string
  errorsHeading: string
  requesterLegend: string
  requestLegend: string
  deliveryLegend: string
  consentLegend: string
  labels: Record<RequestField, string>
  hints: Partial<Record<RequestField, string>>
  kinds: Record<(typeof REQUESTER_KINDS)[number], string>
  deliveries: Record<(typeof DELIVERY_FORMS)[number], string>
  consent: string
}

type Action = (state: RequestFormState, form: FormData) => Promise<RequestFormState>
type TextField = Exclude<RequestField, 'requesterKind' | 'delivery' | 'ownRights'>

const REQUESTER: { name: TextField; required: boolean; autoComplete: string; type?: 'email' | 'tel' }[] = [
  { name: 'name', required: true, autoComplete: 'name' },
  { name: 'organisation', required: false, autoComplete: 'organization' },
  { name: 'residence', required: true, autoComplete: 'street-address' },
  { name: 'identityNumber', required: true, autoComplete: 'off' },
  { name: 'email', required: false, autoComplete: 'email', type: 'email' },
  { name: 'phone', required: false, autoComplete: 'tel', type: 'tel' },
]

/**
 * The information request form (Law 104/2016/QH13 art. 24; Decree 13/2018 forms 01a/01b).
 * Progressive enhancement: without JavaScript it posts to the permalink (the route handler answers
 * 422/429/503 with this form re-rendered, every typed value kept, or 303 to the confirmation);
 * with JavaScript the same server action runs without a page load. Browser validation is off: the
 * server's localized messages are the only ones.
 */
export function RequestForm({ action, texts, permalink }: { action: Action; texts: RequestFormTexts; permalink: string }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_REQUEST_STATE, permalink)
  const v = state.values
  const errorFor = (field: RequestField) => state.errors.find((e) => e.field === field)
  const id = (field: RequestField) => `ir-${field}`
  const described = (field: RequestField) => [errorFor(field) ? `${id(field)}-error` : null, texts.hints[field] ? `${id(field)}-hint` : null].filter(Boolean).join(' ') || undefined
  const messages = (field: RequestField) => (
    <>
      {texts.hints[field] && (
        <p className="form-field__hint" id={`${id(field)}-hint`}>
          {texts.hints[field]}
        </p>
      )}
      {errorFor(field) && (
        <p className="form-field__error" id={`${id(field)}-error`}>
          {errorFor(field)!.message}
        </p>
      )}
    </>
  )
  const label = (field: RequestField, required: boolean) => (
    <>
      {texts.labels[field]}
      <span className="form-field__hint"> ({required ? texts.required : texts.optional})</span>
    </>
  )
  const text = (field: TextField, required: boolean, opts: { autoComplete?: string; type?: string; multiline?: boolean } = {}) => {
    const common = {
      id: id(field),
      name: field,
      defaultValue: v[field],
      autoComplete: opts.autoComplete ?? 'off',
      maxLength: REQUEST_MAX[field],
      'aria-required': required || undefined,
      'aria-invalid': errorFor(field) ? true : undefined,
      'aria-describedby': described(field),
    }
    return (
      <div className="form-field" key={`${field}-${v[field]}`}>
        <label htmlFor={id(field)}>{label(field, required)}</label>
        {messages(field)}
        {opts.multiline ? <textarea {...common} rows={5} /> : <input {...common} type={opts.type ?? 'text'} />}
      </div>
    )
  }
  const radios = <K extends string>(field: 'requesterKind' | 'delivery', options: readonly K[], words: Record<K, string>, legend: string) => (
    <fieldset className="form-field" aria-describedby={described(field)} key={`${field}-${v[field]}`}>
      <legend id={id(field)} tabIndex={-1}>
        {legend} <span className="form-field__hint">({texts.required})</span>
      </legend>
      {messages(field)}
      {options.map((o) => (
        <div key={o}>
          <input type="radio" id={`${id(field)}-${o}`} name={field} value={o} defaultChecked={v[field] === o} />{' '}
          <label htmlFor={`${id(field)}-${o}`}>{words[o]}</label>
        </div>
      ))}
    </fieldset>
  )
  return (
    <>
      <p>{texts.intro}</p>
      <ErrorSummary errors={state.errors} heading={texts.errorsHeading} id="ir-errors" hrefFor={(field) => `#${id(field as RequestField)}`} />
      <form action={formAction} noValidate className="request-form">
        <fieldset>
          <legend>{texts.requesterLegend}</legend>
          {radios('requesterKind', REQUESTER_KINDS, texts.kinds, texts.labels.requesterKind)}
          {REQUESTER.map((f) => text(f.name, f.required, f))}
        </fieldset>
        <fieldset>
          <legend>{texts.requestLegend}</legend>
          {text('information', true, { multiline: true })}
          {text('documentName', false)}
          {text('purpose', true, { multiline: true })}
        </fieldset>
        <fieldset>
          <legend>{texts.deliveryLegend}</legend>
          {radios('delivery', DELIVERY_FORMS, texts.deliveries, texts.labels.delivery)}
          {text('postalAddress', false, { autoComplete: 'street-address' })}
        </fieldset>
        <fieldset className="form-field" key={`ownRights-${v.ownRights}`}>
          <legend>{texts.consentLegend}</legend>
          {messages('ownRights')}
          <input type="checkbox" id={id('ownRights')} name="ownRights" value="yes" defaultChecked={v.ownRights} aria-invalid={errorFor('ownRights') ? true : undefined} aria-describedby={described('ownRights')} />{' '}
          <label htmlFor={id('ownRights')}>{texts.labels.ownRights}</label>
        </fieldset>
        <p>{texts.consent}</p>
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="ir-hp">{texts.honeypot}</label>
          <input id="ir-hp" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {texts.submit}
        </button>
      </form>
    </>
  )
}
