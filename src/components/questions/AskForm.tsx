'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { ASK_MAX, HONEYPOT_FIELD, type AskField } from '@/domain/questions'
import { EMPTY_ASK_STATE, type AskFormState } from '@/lib/questions/state'

export interface AskTexts {
  intro: string
  required: string
  honeypot: string
  submit: string
  errorsHeading: string
  similarHeading: string
  similarButton: string
  similarNone: string
  similarHint: string
  agencyAny: string
  fieldChoose: string
  labels: Record<AskField, string>
  hints: Partial<Record<AskField, string>>
  askerKinds: { value: string; label: string }[]
}

type Action = (state: AskFormState, form: FormData) => Promise<AskFormState>
type Option = { value: string; label: string }

/**
 * The ask form. Without JavaScript it is a normal multipart POST: the server answers with the form
 * re-rendered (errors, every typed value, or the similar answered questions) or a redirect to the
 * confirmation. Browser validation is off (`noValidate`): the server's localized messages decide.
 */
export function AskForm({ action, texts, permalink, fields, agencies }: { action: Action; texts: AskTexts; permalink: string; fields: Option[]; agencies: Option[] }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_ASK_STATE, permalink)
  const v = state.values
  const errorFor = (field: AskField) => state.errors.find((e) => e.field === field)
  const key = JSON.stringify(v)

  const described = (name: AskField) => {
    const ids = [texts.hints[name] ? `ask-${name}-hint` : null, errorFor(name) ? `ask-${name}-error` : null].filter(Boolean)
    return ids.length ? ids.join(' ') : undefined
  }
  const head = (name: AskField, required: boolean) => (
    <>
      <label htmlFor={`ask-${name}`}>
        {texts.labels[name]}
        {required && <span className="form-field__hint"> ({texts.required})</span>}
      </label>
      {texts.hints[name] && (
        <p className="form-field__hint" id={`ask-${name}-hint`}>
          {texts.hints[name]}
        </p>
      )}
      {errorFor(name) && (
        <p className="form-field__error" id={`ask-${name}-error`}>
          {errorFor(name)!.message}
        </p>
      )}
    </>
  )
  const aria = (name: AskField, required = false) => ({
    id: `ask-${name}`,
    name,
    'aria-required': required || undefined,
    'aria-invalid': errorFor(name) ? true : undefined,
    'aria-describedby': described(name),
  })
  const text = (name: Exclude<AskField, 'askerKind' | 'field' | 'agency' | 'consent' | 'attachments'>, required: boolean, type = 'text', autoComplete = 'off') => (
    <div className="form-field">
      {head(name, required)}
      <input {...aria(name, required)} type={type} defaultValue={v[name]} maxLength={ASK_MAX[name]} autoComplete={autoComplete} />
    </div>
  )

  return (
    <section className="enquiry">
      <p>{texts.intro}</p>
      <ErrorSummary errors={state.errors} heading={texts.errorsHeading} id="ask-errors" hrefFor={(field) => `#ask-${field}`} />
      <form action={formAction} noValidate encType="multipart/form-data" key={key}>
        <fieldset className="form-field" aria-describedby={errorFor('askerKind') ? 'ask-askerKind-error' : undefined}>
          <legend id="ask-askerKind">
            {texts.labels.askerKind} <span className="form-field__hint">({texts.required})</span>
          </legend>
          {errorFor('askerKind') && (
            <p className="form-field__error" id="ask-askerKind-error">
              {errorFor('askerKind')!.message}
            </p>
          )}
          {texts.askerKinds.map((k) => (
            <label key={k.value} className="form-choice">
              <input type="radio" name="askerKind" value={k.value} defaultChecked={v.askerKind === k.value} /> {k.label}
            </label>
          ))}
        </fieldset>
        {text('name', true, 'text', 'name')}
        {text('organisation', false, 'text', 'organization')}
        {text('registrationNumber', false)}
        {text('email', false, 'email', 'email')}
        {text('phone', false, 'tel', 'tel')}
        <div className="form-field">
          {head('field', true)}
          <select {...aria('field', true)} defaultValue={v.field}>
            <option value="">{texts.fieldChoose}</option>
            {fields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          {head('agency', false)}
          <select {...aria('agency')} defaultValue={v.agency}>
            <option value="">{texts.agencyAny}</option>
            {agencies.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        {text('title', true)}
        <div className="form-field">
          <p className="form-field__hint">{texts.similarHint}</p>
          <button type="submit" name="step" value="similar" className="button button--secondary" disabled={pending}>
            {texts.similarButton}
          </button>
        </div>
        {state.similar && (
          <section aria-labelledby="ask-similar" className="ask-similar" role="status">
            <h2 id="ask-similar">{texts.similarHeading}</h2>
            {state.similar.length ? (
              <ul>
                {state.similar.map((s) => (
                  <li key={s.url}>
                    <a href={s.url}>{s.title}</a>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{texts.similarNone}</p>
            )}
          </section>
        )}
        <div className="form-field">
          {head('question', true)}
          <textarea {...aria('question', true)} rows={8} defaultValue={v.question} maxLength={ASK_MAX.question} />
        </div>
        <div className="form-field">
          {head('attachments', false)}
          <input {...aria('attachments')} type="file" multiple accept=".pdf,.docx,.xlsx,.odt,.ods,application/pdf" />
        </div>
        <div className="form-field">
          <label className="form-choice">
            <input type="checkbox" id="ask-consent" name="consent" value="yes" defaultChecked={v.consent} /> {texts.labels.consent}
          </label>
        </div>
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="ask-hp">{texts.honeypot}</label>
          <input id="ask-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {texts.submit}
        </button>
      </form>
    </section>
  )
}
